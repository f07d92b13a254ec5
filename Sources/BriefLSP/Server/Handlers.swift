import BriefAnalysis

/// One handler per method. ``Server`` asks here by name; a name with no handler is
/// answered -32601 by the dispatcher, in one place.
extension Server {
    typealias RequestHandler = (JSONValue) throws(RPCError) -> Reply
    typealias NotificationHandler = (JSONValue) throws(RPCError) -> Void

    func requestHandler(_ method: String) -> RequestHandler? {
        switch method {
        case "initialize": return initialize
        case "shutdown": return shutdown
        case "textDocument/hover": return hover
        case "textDocument/definition": return definition
        case "textDocument/references": return references
        case "textDocument/documentHighlight": return documentHighlight
        case "textDocument/documentSymbol": return documentSymbol
        case "textDocument/diagnostic": return pullDiagnostic
        default: return nil
        }
    }

    func notificationHandler(_ method: String) -> NotificationHandler? {
        switch method {
        case "initialized": return { _ in }
        case "textDocument/didOpen": return didOpen
        case "textDocument/didChange": return didChange
        case "textDocument/didClose": return didClose
        case "textDocument/didSave": return { _ in }
        case "$/cancelRequest": return cancelRequest
        case "workspace/didChangeConfiguration": return didChangeConfiguration
        case "$/setTrace", "workspace/didChangeWatchedFiles": return { _ in }
        default: return nil
        }
    }

    // MARK: Lifecycle

    private func initialize(_ params: JSONValue) throws(RPCError) -> Reply {
        guard phase == .uninitialized else { throw .invalidRequest("initialize may be sent only once") }
        let request = try InitializeParams(json: params)
        let encoding = request.negotiatedEncoding
        markInitialized(encoding: encoding, pullDiagnostics: request.supportsPullDiagnostics,
                        relatedInformation: request.supportsRelatedInformation)
        markdownHover = request.supportsMarkdownHover
        hierarchicalSymbols = request.supportsHierarchicalSymbols
        if let settings = SeveritySettings.read(params["initializationOptions"]) { apply(settings) }
        if let pid = params["processId"]?.intValue { parentWatch = onParentProcess?(pid) }
        Log.shared.info("initialized for \(request.clientName ?? "an unnamed client"): positions in \(encoding.rawValue), diagnostics \(request.supportsPullDiagnostics ? "pulled" : "pushed")")
        return .result(InitializeResult.json(encoding: encoding, pullDiagnostics: request.supportsPullDiagnostics))
    }

    private func shutdown(_ params: JSONValue) throws(RPCError) -> Reply {
        markShutDown()
        return .result(.null)
    }

    // MARK: Documents

    private func didOpen(_ params: JSONValue) throws(RPCError) {
        let open = try DidOpenParams(json: params)
        let snapshot = documents.open(open)
        Log.shared.debug("opened \(open.uri) (\(snapshot.kind.rawValue), \(snapshot.text.count) bytes, version \(snapshot.version))")
        diagnostics.documentChanged(snapshot)
    }

    private func didChange(_ params: JSONValue) throws(RPCError) {
        let change = try DidChangeParams(json: params)
        worker.discardCache(change.uri)
        guard let snapshot = documents.change(change, encoding: encoding) else {
            Log.shared.warn("didChange for \(change.uri), which is not open: ignored")
            return
        }
        diagnostics.documentChanged(snapshot)
    }

    private func didClose(_ params: JSONValue) throws(RPCError) {
        let uri = try TextDocumentParams(json: params).uri
        guard documents.close(uri) else {
            Log.shared.warn("didClose for \(uri), which is not open: ignored")
            return
        }
        diagnostics.documentClosed(uri)
    }

    private func didChangeConfiguration(_ params: JSONValue) throws(RPCError) {
        guard let settings = SeveritySettings.read(params["settings"]) else { return }
        apply(settings)
    }

    private func cancelRequest(_ params: JSONValue) throws(RPCError) {
        guard let id = RequestID(try params.member("id")) else { throw .invalidParams("'id' must be a number or a string") }
        tracker.cancel(id)
    }

    // MARK: Queries

    /// The snapshot and byte offset for a position request; nil when the document is not open.
    private func locate(_ request: TextDocumentPositionParams) -> (DocumentSnapshot, Int)? {
        guard let snapshot = documents.snapshot(request.uri) else {
            Log.shared.info("request for \(request.uri), which is not open")
            return nil
        }
        return (snapshot, snapshot.text.offset(of: request.position.lineColumn, encoding: encoding))
    }

    private func hover(_ params: JSONValue) throws(RPCError) -> Reply {
        guard let (snapshot, offset) = locate(try TextDocumentPositionParams(json: params)) else { return .result(.null) }
        let encoding = encoding, markdown = markdownHover
        return .query(snapshot) { analysis in
            NavigationEncoder.hover(analysis.hover(at: offset), text: analysis.text, encoding: encoding, markdown: markdown)
        }
    }

    private func definition(_ params: JSONValue) throws(RPCError) -> Reply {
        guard let (snapshot, offset) = locate(try TextDocumentPositionParams(json: params)) else { return .result([]) }
        let encoding = encoding
        return .query(snapshot) { analysis in
            NavigationEncoder.locations(analysis.definition(at: offset), uri: snapshot.uri, text: analysis.text, encoding: encoding)
        }
    }

    private func references(_ params: JSONValue) throws(RPCError) -> Reply {
        let request = try ReferenceParams(json: params)
        guard let (snapshot, offset) = locate(request.position) else { return .result([]) }
        let encoding = encoding, includeDeclaration = request.includeDeclaration
        return .query(snapshot) { analysis in
            NavigationEncoder.locations(analysis.references(at: offset, includeDeclaration: includeDeclaration),
                                        uri: snapshot.uri, text: analysis.text, encoding: encoding)
        }
    }

    private func documentHighlight(_ params: JSONValue) throws(RPCError) -> Reply {
        guard let (snapshot, offset) = locate(try TextDocumentPositionParams(json: params)) else { return .result([]) }
        let encoding = encoding
        return .query(snapshot) { analysis in
            NavigationEncoder.highlights(analysis.highlights(at: offset), text: analysis.text, encoding: encoding)
        }
    }

    private func documentSymbol(_ params: JSONValue) throws(RPCError) -> Reply {
        let uri = try TextDocumentParams(json: params).uri
        guard let snapshot = documents.snapshot(uri) else { return .result([]) }
        let encoding = encoding
        guard hierarchicalSymbols else {
            return .query(snapshot) { analysis in
                NavigationEncoder.symbolInformation(analysis.outline(), uri: uri, text: analysis.text, encoding: encoding)
            }
        }
        return .query(snapshot) { analysis in
            NavigationEncoder.symbols(analysis.outline(), text: analysis.text, encoding: encoding)
        }
    }

    /// `textDocument/diagnostic`: the result id is the text's generation, so a client asking
    /// again about the same text is told it is unchanged.
    private func pullDiagnostic(_ params: JSONValue) throws(RPCError) -> Reply {
        let uri = try TextDocumentParams(json: params).uri
        guard let snapshot = documents.snapshot(uri) else {
            return .result(DiagnosticEncoder.fullReport(resultID: "0", diagnostics: []))
        }
        let resultID = "\(snapshot.generation).\(policyRevision)"
        if params["previousResultId"]?.stringValue == resultID {
            return .result(DiagnosticEncoder.unchangedReport(resultID: resultID))
        }
        let encoding = encoding, policy = diagnostics.policy, related = diagnostics.relatedInformation
        return .query(snapshot) { analysis in
            DiagnosticEncoder.fullReport(
                resultID: resultID,
                diagnostics: DiagnosticEncoder.diagnostics(policy.apply(analysis.findings), text: analysis.text, uri: uri, encoding: encoding, related: related))
        }
    }
}
