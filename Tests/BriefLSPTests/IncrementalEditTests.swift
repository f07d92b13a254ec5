@testable import BriefLSP
import Foundation
import Testing

/// `didChange` with ranges, through the real binary.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct IncrementalEditTests {
    private func change(_ session: SeedSession, version: Int, _ changes: [JSONValue]) {
        session.client.notify("textDocument/didChange", [
            "textDocument": ["uri": .string(session.uri), "version": .int(version)], "contentChanges": .array(changes),
        ])
    }

    @Test(arguments: SeedSession.Form.allCases)
    func deletingANoteFlagsItsMarkerAndUndoRestoresTheDiagnostics(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        let line = session.noteLine(7)
        let lines = session.text.components(separatedBy: "\n")
        let removed = lines[line] + "\n"
        let deletion: JSONValue = ["range": ["start": ["line": .int(line), "character": 0], "end": ["line": .int(line + 1), "character": 0]], "text": ""]
        change(session, version: 2, [deletion])
        let afterDelete = try session.client.diagnostics(session.uri, version: 2)
        let undefined = afterDelete.filter { $0["code"] == "BRF001" }
        #expect(undefined.map { $0["range"] } == [session.range(of: session.marker(7))])
        #expect(undefined.first?["severity"] == 1)

        let undo: JSONValue = ["range": ["start": ["line": .int(line), "character": 0], "end": ["line": .int(line), "character": 0]], "text": .string(removed)]
        change(session, version: 3, [undo])
        let afterUndo = try session.client.diagnostics(session.uri, version: 3)
        #expect(afterUndo.filter { $0["code"] == "BRF001" }.isEmpty)
        #expect(afterUndo == session.diagnostics)
    }

    struct RandomCase: Sendable, CustomStringConvertible {
        var form: SeedSession.Form
        var encoding: String
        var lineBreak: String
        var seed: UInt64
        var description: String { "\(form) \(encoding) \(lineBreak == "\n" ? "LF" : "CRLF")" }
    }

    static let randomCases = [
        RandomCase(form: .plain, encoding: "utf-16", lineBreak: "\n", seed: 16),
        RandomCase(form: .plain, encoding: "utf-8", lineBreak: "\n", seed: 8),
        RandomCase(form: .markdown, encoding: "utf-16", lineBreak: "\r\n", seed: 1616),
        RandomCase(form: .plain, encoding: "utf-8", lineBreak: "\r\n", seed: 88),
    ]

    @Test(arguments: randomCases)
    func randomEditsLeaveTheServerWithTheMirrorsText(_ test: RandomCase) throws {
        let client = try LSPClient()
        let offered: JSONValue = test.encoding == "utf-8" ? ["utf-8"] : ["utf-16"]
        try client.initialize(capabilities: ["general": ["positionEncodings": offered]])
        let path = Briefs.packageRoot.appendingPathComponent(test.form == .plain ? "examples/seed-brief.txt" : "examples/seed-brief.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\n", with: test.lineBreak)
        let languageID = test.form == .plain ? "plaintext" : "markdown"
        let uri = "file:///edited/seed", freshURI = "file:///fresh/seed"
        client.open(uri, text: text, languageID: languageID)
        var mirror = EditMirror(text)
        var generator = SeededGenerator(seed: test.seed)
        let finalVersion = 121
        for version in 2...finalVersion {
            let changes = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                RandomEdits.edit(&mirror, encoding: test.encoding, using: &generator)
            }
            client.notify("textDocument/didChange", [
                "textDocument": ["uri": .string(uri), "version": .int(version)], "contentChanges": .array(changes),
            ])
        }
        let edited = try client.diagnostics(uri, version: finalVersion)

        // The same text opened fresh must give the same facts: diagnostics, symbols, hovers.
        client.open(freshURI, text: mirror.text, languageID: languageID)
        let fresh = try client.diagnostics(freshURI, version: 1)
        #expect(rewritten(edited, from: uri, to: freshURI) == fresh)
        let editedSymbols = try client.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])
        let freshSymbols = try client.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(freshURI)]])
        #expect(editedSymbols == freshSymbols)
        let lineCount = mirror.text.components(separatedBy: "\n").count
        for line in stride(from: 0, to: lineCount, by: 3) {
            let position: JSONValue = ["line": .int(line), "character": 2]
            let a = try client.result("textDocument/hover", ["textDocument": ["uri": .string(uri)], "position": position])
            let b = try client.result("textDocument/hover", ["textDocument": ["uri": .string(freshURI)], "position": position])
            #expect(a == b, "hover at line \(line)")
        }
    }

    @Test func aBurstOfChangesNeverPublishesOlderTextAfterNewer() throws {
        let session = try SeedSession(.plain)
        let count = 60
        for version in 2...(count + 1) {
            // Each change appends one character to the title line.
            let end = session.positions.position(of: "Iran\n", offset: 4)
            change(session, version: version, [["range": ["start": end, "end": end], "text": "!"]])
        }
        // The worker runs one job at a time, so once a request sent after the changes is
        // answered, every diagnostic the changes will ever produce has been published.
        _ = try session.client.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(session.uri)]])
        let published = session.client.pending()
            .filter { $0["method"] == "textDocument/publishDiagnostics" }
            .compactMap { $0["params"]?["version"]?.intValue }
        #expect(published.last == count + 1)
        #expect(published == published.sorted() && Set(published).count == published.count,
                "diagnostics were published out of order: \(published)")
    }

    @Test func changesToUnopenedDocumentsAndOldVersionsKeepTheServerServing() throws {
        let session = try SeedSession(.plain)
        session.client.notify("textDocument/didChange", [
            "textDocument": ["uri": "file:///never-opened.txt", "version": 4], "contentChanges": [["text": "x"]],
        ])
        change(session, version: 0, [["text": "Title\n\nBody.[1]\n"]])
        let diagnostics = try session.client.diagnostics(session.uri, version: 0)
        #expect(diagnostics.map { $0["code"] } == ["BRF001"])
    }

    private func rewritten(_ diagnostics: [JSONValue], from: String, to: String) -> [JSONValue] {
        let bytes = JSONWriter.serialize(.array(diagnostics))
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: from, with: to)
        return (try? JSONParser.parse(Array(text.utf8)))?.arrayValue ?? []
    }
}
