import BriefAnalysis

/// One version of an open document, as the analysis thread receives it.
///
/// `generation` increases with every change to any document, so it identifies a text
/// exactly even when a client repeats or reorders version numbers.
struct DocumentSnapshot: Sendable {
    var uri: String
    var version: Int
    var generation: Int
    var kind: DocumentKind
    var text: SourceText
}

/// The open documents and their current text. Owned by the message loop: edits are applied
/// here in arrival order, as LSP requires, and each result is handed on as a snapshot.
final class DocumentStore {
    private var documents: [String: DocumentSnapshot] = [:]
    private var lastGeneration = 0

    var count: Int { documents.count }

    /// Every open document, in no particular order.
    var all: [DocumentSnapshot] { Array(documents.values) }

    func snapshot(_ uri: String) -> DocumentSnapshot? {
        documents[uri]
    }

    func open(_ params: DidOpenParams) -> DocumentSnapshot {
        if documents[params.uri] != nil { Log.shared.warn("didOpen for \(params.uri), which is already open: replacing its text") }
        let snapshot = DocumentSnapshot(
            uri: params.uri, version: params.version, generation: nextGeneration(),
            kind: DocumentKind.infer(languageID: params.languageID, path: params.uri),
            text: SourceText(params.text))
        documents[params.uri] = snapshot
        return snapshot
    }

    /// Applies the changes in order; nil when the document is not open.
    func change(_ params: DidChangeParams, encoding: PositionEncoding) -> DocumentSnapshot? {
        guard var document = documents[params.uri] else { return nil }
        // Drop the stored copy first so the text buffer is uniquely referenced and the
        // edits happen in place.
        documents[params.uri] = nil
        if let version = params.version {
            if version <= document.version {
                Log.shared.warn("didChange for \(params.uri) goes from version \(document.version) to \(version); applying it in arrival order")
            }
            document.version = version
        }
        for change in params.changes {
            if let range = change.range {
                document.text.replace(from: range.start.lineColumn, to: range.end.lineColumn, encoding: encoding, with: change.text)
            } else {
                document.text = SourceText(change.text)
            }
        }
        document.generation = nextGeneration()
        documents[params.uri] = document
        return document
    }

    /// Forgets a document; false when it was not open.
    func close(_ uri: String) -> Bool {
        documents.removeValue(forKey: uri) != nil
    }

    private func nextGeneration() -> Int {
        lastGeneration += 1
        return lastGeneration
    }
}
