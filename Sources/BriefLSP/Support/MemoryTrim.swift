/// Hands memory freed by an analysis back to the system.
///
/// An analysis runs on several threads, and glibc's allocator gives each thread an arena of
/// its own; what one arena frees the others cannot reuse, so without a trim a server that
/// re-analyses a long brief on every keystroke holds far more memory than one analysis needs.
enum MemoryTrim {
    /// Called when the worker has published a result and has nothing urgent to do.
    static func afterAnalysis() {
        #if os(Linux) && !canImport(Musl)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux) && !canImport(Musl)
// glibc's `int malloc_trim(size_t pad)`, which the Glibc module does not export.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
