import BriefAnalysis
@testable import BriefLSP
import Testing

/// The diagnostics of spec §4 on the example briefs, as the client receives them.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct SeedDiagnosticsTests {
    /// True when `range` lies inside the `occurrence`th `needle` on `line` (or covers it).
    private func range(_ range: JSONValue?, within needle: String, occurrence: Int = 0, of session: SeedSession) -> Bool {
        let expected = session.range(of: needle, occurrence: occurrence)
        guard let range, let line = range["start"]?["line"]?.intValue, let start = range["start"]?["character"]?.intValue,
              let endLine = range["end"]?["line"]?.intValue, let end = range["end"]?["character"]?.intValue,
              let expectedLine = expected["start"]?["line"]?.intValue,
              let low = expected["start"]?["character"]?.intValue, let high = expected["end"]?["character"]?.intValue
        else { return false }
        return line == expectedLine && endLine == expectedLine && start >= low && end <= high && start < end
    }

    @Test(arguments: SeedSession.Form.allCases)
    func everyDiagnosticNamesItsSourceAndCode(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        #expect(!session.diagnostics.isEmpty)
        for diagnostic in session.diagnostics {
            #expect(diagnostic["source"] == "brief")
            #expect(diagnostic["code"]?.stringValue?.hasPrefix("BRF") == true)
            #expect((1...4).contains(diagnostic["severity"]?.intValue ?? 0))
            #expect(diagnostic["message"]?.stringValue?.isEmpty == false)
            for related in diagnostic["relatedInformation"]?.arrayValue ?? [] {
                #expect(related["location"]?["uri"] == .string(session.uri))
            }
        }
    }

    @Test(arguments: SeedSession.Form.allCases)
    func misspeltIbidInNoteFourIsAWarning(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        let found = session.diagnostics("BRF011")
        #expect(found.count == 1)
        #expect(found.first?["severity"] == 2)
        #expect(found.first?["range"]?["start"] == session.positions.position(of: "Ibdi", encoding: session.encoding))
        #expect(range(found.first?["range"], within: "Ibdi.", of: session))
    }

    @Test(arguments: SeedSession.Form.allCases)
    func emptyElementInNoteFive(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        let found = session.diagnostics("BRF031")
        #expect(found.count == 1)
        #expect(range(found.first?["range"], within: "2015, .", of: session))
    }

    @Test(arguments: SeedSession.Form.allCases)
    func unmatchedParenthesisInNoteSix(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        let found = session.diagnostics("BRF030")
        #expect(found.count == 1)
        #expect(found.first?["range"] == session.range(of: ")", occurrence: parenthesisOccurrence(session)))
    }

    /// Which `)` of the text is note 6's unmatched one.
    private func parenthesisOccurrence(_ session: SeedSession) -> Int {
        let prefix = session.text.components(separatedBy: "World, 2015)").first ?? ""
        return prefix.filter { $0 == ")" }.count
    }

    @Test(arguments: SeedSession.Form.allCases)
    func ambiguousDatesInNoteSevenAndTheNissembaumEntry(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        let found = session.diagnostics("BRF033")
        #expect(found.count == 2)
        #expect(found.compactMap(\.startLine).sorted() == [session.line(of: "Nissembaum, Dion"), session.noteLine(7)])
        #expect(range(found.first { $0.startLine == session.noteLine(7) }?["range"], within: "01/10/2015", occurrence: 1, of: session))
        #expect(range(found.first { $0.startLine == session.line(of: "Nissembaum, Dion") }?["range"], within: "01/10/2015", of: session))
        #expect(found.allSatisfy { $0["severity"] == 3 })
    }

    @Test(arguments: SeedSession.Form.allCases)
    func givenNameFirstEntryForGordon(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        let found = session.diagnostics("BRF041")
        #expect(found.count == 1)
        #expect(found.first?.startLine == session.line(of: "MICHAEL R. GORDON. 2015."))
        #expect(found.first?["severity"] == 3)
    }

    @Test(arguments: SeedSession.Form.allCases)
    func noBrokenMarkersOrSources(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        for code in ["BRF001", "BRF002", "BRF020", "BRF021"] {
            #expect(session.diagnostics(code).isEmpty, "\(code): \(session.diagnostics(code))")
        }
    }

    @Test(arguments: SeedSession.Form.allCases)
    func utf8PositionsCountBytes(_ form: SeedSession.Form) throws {
        let utf16 = try SeedSession(form)
        let utf8 = try SeedSession(form, encoding: "utf-8")
        #expect(utf8.diagnostics.count == utf16.diagnostics.count)
        // The notes hold curly quotes before most findings, so the two encodings differ there.
        for (narrow, wide) in zip(utf8.diagnostics, utf16.diagnostics) {
            for end in ["start", "end"] {
                let expected = utf16.positions.convert(wide["range"]?[end] ?? nil, from: "utf-16", to: "utf-8")
                #expect(narrow["range"]?[end] == expected, "\(narrow)")
            }
        }
    }

    /// The server publishes exactly what the analysis finds, each byte range converted to
    /// the client's encoding (checked here with Swift's own string views).
    @Test(arguments: SeedSession.Form.allCases, ["utf-16", "utf-8"])
    func publishesExactlyTheAnalysisFindings(_ form: SeedSession.Form, _ encoding: String) throws {
        let session = try SeedSession(form, encoding: encoding)
        let analysis = Analyzer.analyze(session.text, kind: form == .plain ? .plain : .markdown)
        func position(_ offset: Int) -> JSONValue {
            let prefix = String(decoding: Array(session.text.utf8).prefix(offset), as: UTF8.self)
            let lastLine = prefix.components(separatedBy: "\n").last ?? ""
            let character = encoding == "utf-8" ? lastLine.utf8.count : lastLine.utf16.count
            return ["line": .int(prefix.filter { $0 == "\n" }.count), "character": .int(character)]
        }
        let expected: [JSONValue] = analysis.findings.map { finding in
            var members: [JSONMember] = [
                JSONMember("range", ["start": position(finding.range.lowerBound), "end": position(finding.range.upperBound)]),
                JSONMember("severity", .int(finding.severity.rawValue)),
                JSONMember("code", .string(finding.code.rawValue)),
                JSONMember("source", "brief"),
                JSONMember("message", .string(finding.message)),
            ]
            if !finding.related.isEmpty {
                members.append(JSONMember("relatedInformation", .array(finding.related.map { related in
                    ["location": ["uri": .string(session.uri), "range": ["start": position(related.range.lowerBound), "end": position(related.range.upperBound)]],
                     "message": .string(related.message)]
                })))
            }
            return .object(members)
        }
        #expect(session.diagnostics == expected)
    }

    @Test func closingClearsDiagnostics() throws {
        let session = try SeedSession(.plain)
        session.client.notify("textDocument/didClose", ["textDocument": ["uri": .string(session.uri)]])
        #expect(try session.client.diagnostics(session.uri, version: nil).isEmpty)
    }

    @Test(arguments: SeedSession.Form.allCases)
    func pulledDiagnosticsEqualPushedOnes(_ form: SeedSession.Form) throws {
        let pushed = try SeedSession(form)
        let client = try LSPClient()
        try client.initialize(capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]]])
        client.open(pushed.uri, text: pushed.text, languageID: form == .plain ? "plaintext" : "markdown")
        let report = try client.result("textDocument/diagnostic", ["textDocument": ["uri": .string(pushed.uri)]])
        #expect(report["items"]?.arrayValue == pushed.diagnostics)
    }

    @Test func savingChangesNothingAndIsNotAnswered() throws {
        let session = try SeedSession(.plain)
        session.client.notify("textDocument/didSave", ["textDocument": ["uri": .string(session.uri)]])
        let symbols = try session.client.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(session.uri)]])
        #expect(symbols.arrayValue?.isEmpty == false)
        #expect(session.client.pending().isEmpty)
    }

    @Test func pullDiagnosticsWhenTheClientAsksForThem() throws {
        let client = try LSPClient()
        try client.initialize(capabilities: ["textDocument": ["diagnostic": [:]]])
        let text = "Title\n\nBody text.[1] More.[2]\n\n[1] A note.\n"
        client.open("file:///pull.txt", text: text)
        let report = try client.result("textDocument/diagnostic", ["textDocument": ["uri": "file:///pull.txt"]])
        #expect(report["kind"] == "full")
        let items = report["items"]?.arrayValue ?? []
        #expect(items.map { $0["code"] } == ["BRF001"])
        #expect(items.first?["range"] == TextPositions(text: text).range(of: "[2]"))
        let again = try client.result("textDocument/diagnostic", ["textDocument": ["uri": "file:///pull.txt"], "previousResultId": report["resultId"] ?? nil])
        #expect(again["kind"] == "unchanged")
        // A client that pulls is not also pushed the same diagnostics.
        #expect(!client.pending().contains { $0["method"] == "textDocument/publishDiagnostics" })
    }
}
