@testable import BriefLSP
import Foundation
import Testing

/// `didChange` with ranges, through the real binary.
@Suite struct IncrementalEditTests {
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

    @Test(arguments: ["utf-16", "utf-8"])
    func randomEditsLeaveTheServerWithTheMirrorsText(_ encoding: String) throws {
        let session = try SeedSession(.plain, encoding: encoding)
        var mirror = EditMirror(session.text)
        var generator = SeededGenerator(seed: encoding == "utf-8" ? 8 : 16)
        let finalVersion = 121
        for version in 2...finalVersion {
            let changes = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                RandomEdits.edit(&mirror, encoding: encoding, using: &generator)
            }
            change(session, version: version, changes)
        }
        let edited = try session.client.diagnostics(session.uri, version: finalVersion)

        // The same text opened fresh must give the same facts: diagnostics, symbols, hovers.
        let freshURI = "file:///fresh/seed-brief.txt"
        session.client.open(freshURI, text: mirror.text)
        let fresh = try session.client.diagnostics(freshURI, version: 1)
        #expect(rewritten(edited, from: session.uri, to: freshURI) == fresh)
        let editedSymbols = try session.client.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(session.uri)]])
        let freshSymbols = try session.client.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(freshURI)]])
        #expect(editedSymbols == freshSymbols)
        let lineCount = mirror.text.components(separatedBy: "\n").count
        for line in stride(from: 0, to: lineCount, by: 3) {
            let position: JSONValue = ["line": .int(line), "character": 2]
            let a = try session.client.result("textDocument/hover", ["textDocument": ["uri": .string(session.uri)], "position": position])
            let b = try session.client.result("textDocument/hover", ["textDocument": ["uri": .string(freshURI)], "position": position])
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
