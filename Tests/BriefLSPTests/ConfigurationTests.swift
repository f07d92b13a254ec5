@testable import BriefLSP
import Testing

/// Severity overrides from `initializationOptions` and `workspace/didChangeConfiguration`.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct ConfigurationTests {
    static let text = "Title\n\nA claim.[1] Another.[2]\n\n[1] A note.\n"

    @Test func initializationOptionsChangeSeverities() throws {
        let client = try LSPClient()
        _ = try client.result("initialize", ["capabilities": [:], "initializationOptions": ["severities": ["BRF001": "warning"]]])
        client.notify("initialized")
        client.open("file:///config.txt", text: ConfigurationTests.text)
        let diagnostics = try client.diagnostics("file:///config.txt", version: 1)
        #expect(diagnostics.filter { $0["code"] == "BRF001" }.map { $0["severity"] } == [2])
    }

    @Test func changedConfigurationRepublishesOpenDocuments() throws {
        let client = try LSPClient()
        try client.initialize()
        client.open("file:///config.txt", text: ConfigurationTests.text)
        #expect(try client.diagnostics("file:///config.txt", version: 1).map { $0["code"] } == ["BRF001"])
        client.notify("workspace/didChangeConfiguration", ["settings": ["brief": ["severities": ["BRF001": "off"]]]])
        #expect(try client.diagnostics("file:///config.txt", version: 1) == [])
    }

    @Test func unreadableSettingsAreReportedNotFatal() throws {
        let client = try LSPClient()
        try client.initialize()
        client.notify("workspace/didChangeConfiguration", ["settings": ["severities": ["BRF001": "loud", "BRF999": "off", "BRF002": 3]]])
        let messages = [
            try client.waitFor("a log message") { $0["method"] == "window/logMessage" },
            try client.waitFor("a log message") { $0["method"] == "window/logMessage" },
            try client.waitFor("a log message") { $0["method"] == "window/logMessage" },
        ].compactMap { $0["params"]?["message"]?.stringValue }
        #expect(messages.contains { $0.contains("BRF999") })
        #expect(messages.contains { $0.contains("loud") })
        #expect(messages.contains { $0.contains("BRF002") })
        let symbols = try client.result("textDocument/documentSymbol", ["textDocument": ["uri": "file:///none.txt"]])
        #expect(symbols == [])
    }
}
