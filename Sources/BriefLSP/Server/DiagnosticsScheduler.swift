import BriefAnalysis

/// Analyses every new text of a document on the worker and publishes its diagnostics.
///
/// There is no debounce: work is submitted at once, and a newer edit cancels the analysis of
/// an older text, so a burst of keystrokes is analysed once, for the newest text. A result is
/// published only while its text is still the newest (checked under the worker's lock), so
/// old diagnostics never overwrite newer ones.
struct DiagnosticsScheduler: Sendable {
    let worker: AnalysisWorker
    let sink: any MessageSink
    let encoding: PositionEncoding
    /// False when the client pulls diagnostics: the analysis still runs at once, to have the
    /// answer ready, but nothing is pushed.
    let push: Bool
    /// The client's severity overrides, applied to every published finding.
    var policy = FindingPolicy()
    /// False when the client does not accept `relatedInformation` in diagnostics.
    var relatedInformation = true

    func documentChanged(_ snapshot: DocumentSnapshot) {
        worker.markLatest(snapshot)
        let worker = worker, sink = sink, encoding = encoding, push = push, policy = policy, related = relatedInformation
        worker.submit {
            guard worker.isLatest(snapshot) else { return }
            let analysis: AnalyzedBrief
            let started = MonotonicClock.milliseconds()
            do {
                analysis = try worker.analysis(of: snapshot) { !worker.isLatest(snapshot) }
            } catch {
                Log.shared.debug("analysis of \(snapshot.uri) v\(snapshot.version) cancelled by a newer edit")
                return
            }
            Log.shared.debug("analysed \(snapshot.uri) v\(snapshot.version) (\(snapshot.text.count) bytes) in \(MonotonicClock.elapsed(since: started)): \(analysis.findings.count) findings")
            guard push else { return }
            let diagnostics = DiagnosticEncoder.diagnostics(policy.apply(analysis.findings), text: snapshot.text, uri: snapshot.uri, encoding: encoding, related: related)
            let message = Outgoing.notification(
                method: "textDocument/publishDiagnostics",
                params: DiagnosticEncoder.publishParams(uri: snapshot.uri, version: snapshot.version, diagnostics: diagnostics))
            worker.ifLatest(snapshot) { sink.send(message) }
            MemoryTrim.afterAnalysis()
        }
    }

    /// Forgets the document and, when pushing, clears its diagnostics in the client.
    func documentClosed(_ uri: String) {
        worker.forget(uri)
        guard push else { return }
        let sink = sink
        worker.submit {
            sink.send(Outgoing.notification(
                method: "textDocument/publishDiagnostics",
                params: DiagnosticEncoder.publishParams(uri: uri, version: nil, diagnostics: [])))
        }
    }
}
