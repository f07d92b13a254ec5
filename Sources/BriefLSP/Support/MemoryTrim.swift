import Dispatch
import Synchronization

/// Hands memory freed by an analysis back to the system.
///
/// An analysis runs on several threads, and glibc's allocator gives each thread an arena of
/// its own; what one arena frees the others cannot reuse, so without a trim a server that
/// re-analyses a long brief on every keystroke holds far more memory than one analysis needs.
/// The trim walks every free block (about a millisecond after a 1 MiB brief), so it runs on a
/// background thread, never ahead of the next analysis.
enum MemoryTrim {
    private static let pending = Atomic<Bool>(false)

    /// Called when the worker has published a result: one trim at a time, and none queued
    /// behind one not yet started.
    static func afterAnalysis() {
        #if os(Linux) && !canImport(Musl)
        guard !pending.exchange(true, ordering: .acquiringAndReleasing) else { return }
        DispatchQueue.global(qos: .utility).async {
            pending.store(false, ordering: .releasing)
            _ = glibcMallocTrim(0)
        }
        #endif
    }
}

#if os(Linux) && !canImport(Musl)
// glibc's `int malloc_trim(size_t pad)`, which the Glibc module does not export.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
