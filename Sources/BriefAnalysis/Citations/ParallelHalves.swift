import Dispatch

/// Runs two halves of a long, independent piece of work at once (the machine this serves
/// has two cores or more). Both halves read only immutable input.
enum ParallelHalves {
    /// Below this many notes, one thread is faster than two.
    static let threshold = 1024

    static func run<Result>(_ work: (Int) -> Result) -> (Result, Result) {
        var results: [Result?] = [nil, nil]
        results.withUnsafeMutableBufferPointer { slots in
            // Each iteration writes its own slot only, and `work` reads immutable input: no
            // data is shared mutably, which the compiler cannot see through the pointers.
            nonisolated(unsafe) let base = slots.baseAddress
            nonisolated(unsafe) let work = work
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                base?[part] = work(part)
            }
        }
        guard let first = results[0] ?? nil, let second = results[1] ?? nil else {
            // concurrentPerform runs every iteration before returning; this is unreachable,
            // but computing in place keeps it safe without a trap.
            return (work(0), work(1))
        }
        return (first, second)
    }
}
