@testable import BriefLSP
import Testing

/// Hovers follow the client's `hover.contentFormat`.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct HoverFormatTests {
    static let text = "Title\n\nA claim.[1]\n\nSmith, Jane. 2019. “Sanctions Reconsidered.” Policy Review, 3 May.\n\n[1] Jane Smith, “Sanctions Reconsidered,” Policy Review, 3 May 2019.\n"

    @Test func plainTextClientsGetHoversWithoutMarkup() throws {
        let client = try LSPClient()
        try client.initialize(capabilities: ["textDocument": ["hover": ["contentFormat": ["plaintext"]]]])
        client.open("file:///plain.txt", text: HoverFormatTests.text)
        let hover = try client.result("textDocument/hover", ["textDocument": ["uri": "file:///plain.txt"], "position": ["line": 2, "character": 9]])
        #expect(hover["contents"]?["kind"] == "plaintext")
        let value = hover["contents"]?["value"]?.stringValue ?? ""
        #expect(value.hasPrefix("Note [1]\n"), "\(value)")
        #expect(value.contains("Author: Smith, Jane"), "\(value)")
        #expect(!value.contains("*"))
    }

    @Test func markdownClientsGetMarkdown() throws {
        let client = try LSPClient()
        try client.initialize(capabilities: ["textDocument": ["hover": ["contentFormat": ["markdown", "plaintext"]]]])
        client.open("file:///md.txt", text: HoverFormatTests.text)
        let hover = try client.result("textDocument/hover", ["textDocument": ["uri": "file:///md.txt"], "position": ["line": 2, "character": 9]])
        #expect(hover["contents"]?["kind"] == "markdown")
        #expect(hover["contents"]?["value"]?.stringValue?.hasPrefix("**Note [1]**") == true)
    }

    @Test func plainTextKeepsEscapedCharacters() {
        #expect(NavigationEncoder.plainText(#"**Note \[1\]** with a \*star\* and *emphasis* \\ done\"#) == #"Note [1] with a *star* and emphasis \ done\"#)
    }
}
