import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the independent pieces of one analysis on every core at once. A piece reads only
/// immutable input (the text's bytes, the parsed brief) and returns its own result, so the
/// pieces need no lock between them.
enum Parallel {
    /// Threads worth using: the online cores, at most 8 (an analysis has a few dozen pieces).
    static let width: Int = {
        let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return cores < 1 ? 1 : min(Int(cores), 8)
    }()

    /// `body(index)` for every index in `0..<count`, in index order. With more than one core
    /// and `inParallel`, the calls run at once, each free thread taking the next index not
    /// yet taken: put the longest pieces first.
    static func map<Result>(_ count: Int, inParallel: Bool = true, _ body: (Int) -> Result) -> [Result] {
        guard count > 1, width > 1, inParallel else { return (0..<count).map(body) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each index initialises only its own slot, and every slot is written before
            // concurrentPerform returns; the compiler cannot see through the pointer.
            nonisolated(unsafe) let slots = buffer.baseAddress
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (slots.map { $0 + index })?.initialize(to: body(index))
            }
            initialized = slots == nil ? 0 : count
        }
    }
}
