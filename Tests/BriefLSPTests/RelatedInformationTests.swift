@testable import BriefLSP
import Testing

/// `relatedInformation` goes only to clients that accept it
/// (`capabilities.textDocument.publishDiagnostics.relatedInformation`).
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct RelatedInformationTests {
    /// Note 1 is defined twice: BRF003 on the second definition, related to the first.
    static let text = "Title\n\nA claim.[1]\n\n[1] First note.\n\n[1] Second note.\n"

    static func duplicate(_ diagnostics: [JSONValue]) -> JSONValue? {
        diagnostics.first { $0["code"] == "BRF003" }
    }

    @Test func clientsThatAcceptItGetRelatedLocations() throws {
        let client = try LSPClient()
        try client.initialize(capabilities: ["textDocument": ["publishDiagnostics": ["relatedInformation": true]]])
        client.open("file:///dup.txt", text: RelatedInformationTests.text)
        let diagnostic = RelatedInformationTests.duplicate(try client.diagnostics("file:///dup.txt", version: 1))
        #expect(diagnostic?["relatedInformation"]?.arrayValue?.first?["location"]?["uri"] == "file:///dup.txt")
    }

    @Test func pushedDiagnosticsLeaveItOutWhenTheClientDeclinesIt() throws {
        let client = try LSPClient()
        try client.initialize(capabilities: ["textDocument": ["publishDiagnostics": ["relatedInformation": false]]])
        client.open("file:///dup.txt", text: RelatedInformationTests.text)
        let diagnostic = RelatedInformationTests.duplicate(try client.diagnostics("file:///dup.txt", version: 1))
        #expect(diagnostic != nil)
        #expect(diagnostic?["relatedInformation"] == nil)
    }

    @Test func pulledDiagnosticsLeaveItOutWhenTheClientDeclinesIt() throws {
        let client = try LSPClient()
        try client.initialize(capabilities: ["textDocument": [
            "diagnostic": [:], "publishDiagnostics": ["relatedInformation": false],
        ]])
        client.open("file:///dup.txt", text: RelatedInformationTests.text)
        let report = try client.result("textDocument/diagnostic", ["textDocument": ["uri": "file:///dup.txt"]])
        let diagnostic = RelatedInformationTests.duplicate(report["items"]?.arrayValue ?? [])
        #expect(diagnostic != nil)
        #expect(diagnostic?["relatedInformation"] == nil)
    }
}
