@testable import BriefLSP
import Foundation
import Testing

// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct LifecycleTests {
    @Test func initializeReportsServerInfoAndUTF16ByDefault() throws {
        let client = try LSPClient()
        let result = try client.initialize()
        #expect(result["serverInfo"]?["name"] == "brief-lsp")
        #expect(result["serverInfo"]?["version"] == .string(ServerIdentity.version))
        let capabilities = result["capabilities"]
        #expect(capabilities?["positionEncoding"] == "utf-16")
        #expect(capabilities?["textDocumentSync"]?["change"] == 2)
        #expect(capabilities?["textDocumentSync"]?["openClose"] == true)
        #expect(capabilities?["hoverProvider"] == true)
        #expect(capabilities?["definitionProvider"] == true)
        #expect(capabilities?["referencesProvider"] == true)
        #expect(capabilities?["documentHighlightProvider"] == true)
        #expect(capabilities?["documentSymbolProvider"] != nil)
        #expect(capabilities?["diagnosticProvider"] == nil)
        #expect(try client.shutdownAndExit() == 0)
    }

    @Test func negotiatesUTF8WhenTheClientOffersIt() throws {
        let client = try LSPClient()
        let result = try client.initialize(capabilities: ["general": ["positionEncodings": ["utf-16", "utf-8"]]])
        #expect(result["capabilities"]?["positionEncoding"] == "utf-8")
        #expect(try client.shutdownAndExit() == 0)
    }

    @Test func staysWithUTF16WhenUTF8IsNotOffered() throws {
        let client = try LSPClient()
        let result = try client.initialize(capabilities: ["general": ["positionEncodings": ["utf-32"]]])
        #expect(result["capabilities"]?["positionEncoding"] == "utf-16")
    }

    @Test func announcesPullDiagnosticsOnlyToClientsThatSupportThem() throws {
        let client = try LSPClient()
        let result = try client.initialize(capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]]])
        #expect(result["capabilities"]?["diagnosticProvider"]?["interFileDependencies"] == false)
    }

    @Test func exitWithoutShutdownExitsWithOne() throws {
        let client = try LSPClient()
        try client.initialize()
        client.notify("exit", nil)
        #expect(try client.waitForExit() == 1)
    }

    @Test func endOfInputExitsPromptly() throws {
        let client = try LSPClient()
        try client.initialize()
        client.closeInput()
        #expect(try client.waitForExit() == 1)
    }

    @Test func endOfInputAfterShutdownExitsWithZero() throws {
        let client = try LSPClient()
        try client.initialize()
        _ = try client.request("shutdown", nil)
        client.closeInput()
        #expect(try client.waitForExit() == 0)
    }

    @Test func requestsBeforeInitializeAreRefused() throws {
        let client = try LSPClient()
        let early = try client.request("textDocument/hover", [
            "textDocument": ["uri": "file:///a.txt"], "position": ["line": 0, "character": 0],
        ])
        #expect(early["error"]?["code"] == .int(RPCError.Code.serverNotInitialized.rawValue))
        #expect(try client.initialize()["serverInfo"]?["name"] == "brief-lsp")
    }

    @Test func requestsAfterShutdownAreInvalid() throws {
        let client = try LSPClient()
        try client.initialize()
        #expect(try client.request("shutdown", nil)["result"] == .null)
        let late = try client.request("textDocument/documentSymbol", ["textDocument": ["uri": "file:///a.txt"]])
        #expect(late["error"]?["code"] == -32600)
        client.notify("exit", nil)
        #expect(try client.waitForExit() == 0)
    }

    @Test func asecondInitializeIsInvalid() throws {
        let client = try LSPClient()
        try client.initialize()
        #expect(try client.request("initialize", ["capabilities": [:]])["error"]?["code"] == -32600)
    }

    @Test func helpAndVersionPrintAndExitZero() throws {
        for (argument, expected) in [("--version", "brief-lsp \(ServerIdentity.version)"), ("--help", "USAGE:")] {
            let process = Process()
            process.executableURL = BinaryLocator.briefLSP
            process.arguments = [argument]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(String(decoding: data, as: UTF8.self).contains(expected))
        }
    }

    @Test func writesItsLogToTheChosenFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("brief-lsp-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let client = try LSPClient(arguments: ["--stdio", "--log-file", path, "--log-level", "debug"])
        try client.initialize()
        #expect(try client.shutdownAndExit() == 0)
        let log = try String(contentsOfFile: path, encoding: .utf8)
        #expect(log.contains("initialized for an unnamed client: positions in utf-16"))
    }
}

// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct ParentProcessTests {
    @Test func exitsWhenTheEditorProcessDies() throws {
        let editor = Process()
        editor.executableURL = URL(fileURLWithPath: "/bin/sleep")
        editor.arguments = ["60"]
        try editor.run()
        let client = try LSPClient()
        _ = try client.result("initialize", ["processId": .int(Int(editor.processIdentifier)), "capabilities": [:]])
        #expect(client.process.isRunning)
        kill(editor.processIdentifier, SIGKILL)
        editor.waitUntilExit()
        #expect(try client.waitForExit() == 1)
    }
}
