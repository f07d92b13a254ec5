import BriefAnalysis

/// The language server's state and its dispatch: bytes of one message in, answers out
/// through a ``MessageSink``.
///
/// Everything here runs on the message loop; only analyses and queries go to the
/// ``AnalysisWorker``. The server never touches stdin, stdout or the process, so tests and
/// fuzzers drive it with ``receive(frame:)`` and ``flush()`` alone.
final class Server {
    enum Phase: Equatable {
        case uninitialized, running, shutDown
    }

    /// What a request handler answers: a result now, or a query to run on the analysis
    /// of a document snapshot on the worker.
    enum Reply {
        case result(JSONValue)
        case query(DocumentSnapshot, @Sendable (AnalyzedBrief) -> JSONValue)
    }

    private(set) var phase = Phase.uninitialized
    private(set) var encoding = PositionEncoding.utf16
    private(set) var pullDiagnostics = false
    /// Whether hovers go out as Markdown (else as plain text).
    var markdownHover = true
    /// Whether outlines go out as a `DocumentSymbol` tree (else as flat `SymbolInformation`).
    var hierarchicalSymbols = true
    /// Set by the `exit` notification: 0 after `shutdown`, 1 without.
    private(set) var exitCode: Int32?

    let sink: any MessageSink
    let worker: AnalysisWorker
    let documents = DocumentStore()
    let tracker = RequestTracker()
    private(set) var diagnostics: DiagnosticsScheduler
    /// Called with the editor's `processId` from `initialize`; the stdio loop watches it and
    /// returns the watcher, which the server keeps alive.
    var onParentProcess: ((Int) -> AnyObject?)?
    var parentWatch: AnyObject?
    /// Worker jobs for requests, submitted by ``flush()`` once the messages read together have
    /// been dispatched, so a `$/cancelRequest` read in the same chunk always takes effect.
    private var deferred: [@Sendable () -> Void] = []

    init(sink: any MessageSink, executor: AnalysisWorker.Executor) {
        self.sink = sink
        self.worker = AnalysisWorker(executor: executor)
        self.diagnostics = DiagnosticsScheduler(worker: worker, sink: sink, encoding: .utf16, push: true)
    }

    /// Handles the body of one frame.
    func receive(frame: [UInt8]) {
        let json: JSONValue
        do {
            json = try JSONParser.parse(frame)
        } catch {
            Log.shared.warn("parse error: \(error)")
            sink.send(Outgoing.response(id: nil, error: RPCError(.parseError, "Parse error: \(error)")))
            return
        }
        switch Message.decode(json) {
        case .failure(let invalid):
            Log.shared.warn("invalid request: \(invalid.error.message)")
            sink.send(Outgoing.response(id: invalid.id, error: invalid.error))
        case .success(.request(let id, let method, let params)):
            handleRequest(id: id, method: method, params: params)
        case .success(.notification(let method, let params)):
            handleNotification(method: method, params: params)
        case .success(.response(let id)):
            Log.shared.debug("ignoring a response from the client (id \(id.map(String.init(describing:)) ?? "null"))")
        }
    }

    /// Reports a framing error to the client; the reader has already resynchronised.
    func receive(frameError: FrameError) {
        Log.shared.warn("framing error: \(frameError)")
        let code: RPCError.Code
        switch frameError {
        case .tooLarge: code = .invalidRequest
        default: code = .parseError
        }
        sink.send(Outgoing.response(id: nil, error: RPCError(code, "Bad frame: \(frameError)")))
    }

    /// Hands the requests dispatched since the last flush to the worker.
    func flush() {
        let jobs = deferred
        deferred.removeAll()
        for job in jobs { worker.submit(job) }
    }

    // MARK: Dispatch

    private func handleRequest(id: RequestID, method: String, params: JSONValue) {
        Log.shared.debug("request \(method) (id \(id))")
        switch phase {
        case .uninitialized where method != "initialize":
            return sink.send(Outgoing.response(id: id, error: RPCError(.serverNotInitialized, "the server is not initialized yet")))
        case .shutDown:
            return sink.send(Outgoing.response(id: id, error: .invalidRequest("the server is shut down; only 'exit' is accepted")))
        default:
            break
        }
        guard let handler = requestHandler(method) else {
            return sink.send(Outgoing.response(id: id, error: RPCError(.methodNotFound, "unknown method '\(method)'")))
        }
        do {
            switch try handler(params) {
            case .result(let result):
                sink.send(Outgoing.response(id: id, result: result))
            case .query(let snapshot, let query):
                schedule(id: id, snapshot: snapshot, query: query)
            }
        } catch {
            Log.shared.info("\(method) (id \(id)): \(error.message)")
            sink.send(Outgoing.response(id: id, error: error))
        }
    }

    private func schedule(id: RequestID, snapshot: DocumentSnapshot, query: @escaping @Sendable (AnalyzedBrief) -> JSONValue) {
        tracker.begin(id)
        let worker = worker, sink = sink, tracker = tracker
        deferred.append {
            let cancelled = RPCError(.requestCancelled, "request \(id) was cancelled")
            guard !tracker.isCancelled(id) else {
                _ = tracker.end(id)
                return sink.send(Outgoing.response(id: id, error: cancelled))
            }
            do {
                let analysis = try worker.analysis(of: snapshot) { tracker.isCancelled(id) }
                let result = query(analysis)
                _ = tracker.end(id)
                sink.send(Outgoing.response(id: id, result: result))
            } catch {
                _ = tracker.end(id)
                sink.send(Outgoing.response(id: id, error: cancelled))
            }
        }
    }

    private func handleNotification(method: String, params: JSONValue) {
        Log.shared.debug("notification \(method)")
        if method == "exit" {
            exitCode = phase == .shutDown ? 0 : 1
            return
        }
        switch phase {
        case .uninitialized:
            return Log.shared.info("dropping '\(method)' received before initialize")
        case .shutDown:
            return Log.shared.info("dropping '\(method)' received after shutdown")
        case .running:
            break
        }
        guard let handler = notificationHandler(method) else {
            if !method.hasPrefix("$/") { Log.shared.info("ignoring unknown notification '\(method)'") }
            return
        }
        do {
            try handler(params)
        } catch {
            // A notification cannot be answered: tell the user through the client's log.
            Log.shared.error("\(method): \(error.message)")
            sink.send(Outgoing.notification(method: "window/logMessage", params: [
                "type": 1, "message": .string("brief-lsp: \(method): \(error.message)"),
            ]))
        }
    }

    // MARK: State changes used by the handlers

    func markInitialized(encoding: PositionEncoding, pullDiagnostics: Bool, relatedInformation: Bool = true) {
        phase = .running
        self.encoding = encoding
        self.pullDiagnostics = pullDiagnostics
        diagnostics = DiagnosticsScheduler(worker: worker, sink: sink, encoding: encoding, push: !pullDiagnostics)
        diagnostics.relatedInformation = relatedInformation
    }

    /// Counts policy changes, so pull-diagnostic result ids change with the policy.
    private(set) var policyRevision = 0

    /// Applies new severity overrides and re-publishes every open document with them.
    func apply(_ settings: (policy: FindingPolicy, problems: [String])) {
        for problem in settings.problems {
            Log.shared.warn("settings: \(problem)")
            sink.send(Outgoing.notification(method: "window/logMessage", params: [
                "type": 2, "message": .string("brief-lsp settings: \(problem)"),
            ]))
        }
        guard settings.policy != diagnostics.policy else { return }
        policyRevision += 1
        diagnostics.policy = settings.policy
        for snapshot in documents.all { diagnostics.documentChanged(snapshot) }
    }

    func markShutDown() {
        phase = .shutDown
    }
}
