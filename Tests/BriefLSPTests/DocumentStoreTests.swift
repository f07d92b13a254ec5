@testable import BriefAnalysis
@testable import BriefLSP
import Testing

/// Edits applied by the store, in-process, against a mirror kept by the test.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct DocumentStoreTests {
    private func open(_ store: DocumentStore, _ text: String) throws -> DocumentSnapshot {
        store.open(try DidOpenParams(json: ["textDocument": ["uri": "file:///m.txt", "languageId": "plaintext", "version": 1, "text": .string(text)]]))
    }

    private func change(_ store: DocumentStore, version: Int, _ changes: [JSONValue], encoding: PositionEncoding) throws -> DocumentSnapshot? {
        store.change(try DidChangeParams(json: [
            "textDocument": ["uri": "file:///m.txt", "version": .int(version)], "contentChanges": .array(changes),
        ]), encoding: encoding)
    }

    @Test(arguments: [PositionEncoding.utf16, .utf8, .utf32])
    func randomEditsKeepTheTextEqualToTheMirror(_ encoding: PositionEncoding) throws {
        let store = DocumentStore()
        let start = "Title 😀\r\nBody 中文.[1]\n\n[1] Note “one”.\rEnd"
        var mirror = EditMirror(start)
        var generator = SeededGenerator(seed: 0xB41E + UInt64(encoding.rawValue.utf8.count))
        _ = try open(store, start)
        for version in 2...600 {
            let changes = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                RandomEdits.edit(&mirror, encoding: encoding.rawValue, using: &generator)
            }
            let snapshot = try change(store, version: version, changes, encoding: encoding)
            #expect(snapshot?.text.string == mirror.text, "after version \(version)")
            #expect(snapshot?.text.lineStarts == SourceText(mirror.text).lineStarts, "line index after version \(version)")
            guard snapshot?.text.string == mirror.text else { return }
        }
    }

    @Test func fullTextChangesReplaceEverything() throws {
        let store = DocumentStore()
        _ = try open(store, "old text")
        let snapshot = try change(store, version: 2, [["text": "new\ntext"]], encoding: .utf16)
        #expect(snapshot?.text.string == "new\ntext")
        #expect(snapshot?.version == 2)
    }

    @Test func changesToUnopenedDocumentsAreIgnored() throws {
        let store = DocumentStore()
        #expect(try change(store, version: 2, [["text": "x"]], encoding: .utf16) == nil)
        #expect(store.count == 0)
    }

    @Test func olderVersionsAreStillAppliedInArrivalOrder() throws {
        let store = DocumentStore()
        let first = try open(store, "abc")
        let later = try change(store, version: 5, [["text": "five"]], encoding: .utf16)
        let older = try change(store, version: 3, [["text": "three"]], encoding: .utf16)
        #expect(older?.text.string == "three")
        #expect(older?.version == 3)
        #expect((later?.generation ?? 0) > first.generation)
        #expect((older?.generation ?? 0) > (later?.generation ?? 0))
    }

    @Test func rangesPastTheEndClamp() throws {
        let store = DocumentStore()
        _ = try open(store, "one\ntwo")
        let snapshot = try change(store, version: 2, [[
            "range": ["start": ["line": 1, "character": 99], "end": ["line": 50, "character": 0]], "text": "!",
        ]], encoding: .utf16)
        #expect(snapshot?.text.string == "one\ntwo!")
    }

    @Test func documentKindFollowsLanguageAndExtension() throws {
        let store = DocumentStore()
        let markdown = store.open(try DidOpenParams(json: ["textDocument": ["uri": "file:///a.txt", "languageId": "markdown", "version": 1, "text": ""]]))
        let byExtension = store.open(try DidOpenParams(json: ["textDocument": ["uri": "file:///b.md", "languageId": "unknown", "version": 1, "text": ""]]))
        let plain = store.open(try DidOpenParams(json: ["textDocument": ["uri": "file:///c.md", "languageId": "brief", "version": 1, "text": ""]]))
        #expect(markdown.kind == .markdown)
        #expect(byExtension.kind == .markdown)
        #expect(plain.kind == .plain)
    }
}
