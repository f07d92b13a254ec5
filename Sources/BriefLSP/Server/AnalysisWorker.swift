import BriefAnalysis
import Dispatch
import Synchronization

/// Runs analyses and queries off the message loop, one at a time, and keeps the newest
/// analysis of each document.
///
/// The message loop records the newest generation of each document with ``markLatest(_:)``
/// before it submits work; work for an older generation sees that it is stale and stops
/// (the `isCancelled` poll of the analysis), which is how a burst of edits is coalesced.
final class AnalysisWorker: Sendable {
    /// How submitted work is run: a serial queue in the server, inline in tests and fuzzing.
    struct Executor: Sendable {
        let submit: @Sendable (@escaping @Sendable () -> Void) -> Void
        /// Waits until submitted work has finished, or at most `seconds`; returns false when
        /// the work did not finish in time.
        let drain: @Sendable (_ seconds: Double) -> Bool

        static func serialQueue() -> Executor {
            let queue = DispatchQueue(label: "brief-lsp.analysis", qos: .userInitiated)
            return Executor(submit: { queue.async(execute: $0) }, drain: { seconds in
                let done = DispatchSemaphore(value: 0)
                queue.async { done.signal() }
                return done.wait(timeout: .now() + seconds) == .success
            })
        }

        static let inline = Executor(submit: { $0() }, drain: { _ in true })
    }

    private struct Entry {
        var latest: Int
        var cached: (generation: Int, analysis: AnalyzedBrief)?
    }

    let executor: Executor
    private let entries = Mutex<[String: Entry]>([:])

    init(executor: Executor) {
        self.executor = executor
    }

    func submit(_ work: @escaping @Sendable () -> Void) {
        executor.submit(work)
    }

    /// Records that `snapshot` is the document's current text. The analysis of an older
    /// text is dropped: nothing will ask for it again, and keeping it while the new one is
    /// built would double the memory a large document needs.
    func markLatest(_ snapshot: DocumentSnapshot) {
        entries.withLock { entries in
            var entry = entries[snapshot.uri] ?? Entry(latest: snapshot.generation)
            entry.latest = snapshot.generation
            if let cached = entry.cached, cached.generation != snapshot.generation { entry.cached = nil }
            entries[snapshot.uri] = entry
        }
    }

    /// Drops the cached analysis of a document about to be edited, so the edit does not have
    /// to copy the text the analysis shares with the store.
    func discardCache(_ uri: String) {
        entries.withLock { entries in
            entries[uri]?.cached = nil
        }
    }

    /// Forgets a closed document and its cached analysis.
    func forget(_ uri: String) {
        _ = entries.withLock { $0.removeValue(forKey: uri) }
    }

    func isLatest(_ snapshot: DocumentSnapshot) -> Bool {
        entries.withLock { $0[snapshot.uri]?.latest == snapshot.generation }
    }

    /// Runs `body` only if `snapshot` is still the current text, holding the lock so that no
    /// newer text can be recorded meanwhile. Used to publish without racing a newer edit.
    func ifLatest(_ snapshot: DocumentSnapshot, _ body: () -> Void) {
        entries.withLock { entries in
            guard entries[snapshot.uri]?.latest == snapshot.generation else { return }
            body()
        }
    }

    /// The analysis of `snapshot`, from the cache when it is there.
    func analysis(of snapshot: DocumentSnapshot, isCancelled: () -> Bool) throws(AnalysisCancelled) -> AnalyzedBrief {
        let cached = entries.withLock { entries -> AnalyzedBrief? in
            guard let cached = entries[snapshot.uri]?.cached, cached.generation == snapshot.generation else { return nil }
            return cached.analysis
        }
        if let cached { return cached }
        let analysis = try Analyzer.analyze(snapshot.text, kind: snapshot.kind, isCancelled: isCancelled)
        entries.withLock { entries in
            guard var entry = entries[snapshot.uri], entry.latest == snapshot.generation else { return }
            entry.cached = (snapshot.generation, analysis)
            entries[snapshot.uri] = entry
        }
        return analysis
    }
}
