@testable import BriefLSP
import Testing

/// Hover, definition, references, highlights and symbols on the example briefs (spec §5),
/// through the real binary.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct SeedNavigationTests {
    /// The source each note of the seed cites: first author's surname and title.
    static let sources: [(surname: String, title: String)] = [
        ("Gordon", "Russia Surprises US with Accord with Battling ISIS"),
        ("Pugliese", "Iraqis Say they Need Intelligence Sharing with Iran, Russia and Syria to Defeat Islamic State"),
        ("Ryan", "Russian, Syrian Partnership Poses a New Challenge for U.S. in Iraq"),
        ("Ryan", "Russian, Syrian Partnership Poses a New Challenge for U.S. in Iraq"),
        ("Caryl", "Realists, Beware of Russians Making Deals"),
        ("Pugliese", "Iraqis Say they Need Intelligence Sharing with Iran, Russia and Syria to Defeat Islamic State"),
        ("Nissembaum", "Russian Airstrike in Syria Targeted CIA-Backed Rebels, U.S. Officials Say"),
    ]

    @Test(arguments: SeedSession.Form.allCases)
    func hoverOnEachMarkerNamesItsSource(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        for (index, source) in SeedNavigationTests.sources.enumerated() {
            let number = index + 1
            let hover = try session.client.result("textDocument/hover", session.at(session.marker(number)))
            #expect(hover["contents"]?["kind"] == "markdown", "marker \(number)")
            let markdown = hover["contents"]?["value"]?.stringValue ?? ""
            // The note's own text names the author too, so look for the source's card:
            // a line for the author and one for the title.
            let lines = markdown.components(separatedBy: "\n")
            #expect(lines.contains { $0.contains("Author") && $0.lowercased().contains(source.surname.lowercased()) },
                    "marker \(number) should name \(source.surname): \(markdown)")
            #expect(lines.contains { $0.contains("Title") && $0.contains(source.title) },
                    "marker \(number) should give the title \(source.title): \(markdown)")
            #expect(hover["range"] == session.range(of: session.marker(number)), "marker \(number)")
        }
    }

    @Test(arguments: SeedSession.Form.allCases)
    func hoverOnIbidShowsHowItResolved(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        let markdown = try session.client.result("textDocument/hover", session.at(session.marker(4)))["contents"]?["value"]?.stringValue ?? ""
        #expect(markdown.contains("Ibid."), "\(markdown)")
        #expect(markdown.contains(session.marker(3)), "the Ibid. chain should name note 3: \(markdown)")
    }

    @Test(arguments: SeedSession.Form.allCases)
    func definitionOfAMarkerIsItsNote(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        for number in 1...7 {
            let locations = try session.client.result("textDocument/definition", session.at(session.marker(number)))
            #expect(locations.arrayValue?.count == 1, "marker \(number)")
            #expect(locations.arrayValue?.first?["uri"] == .string(session.uri))
            #expect(locations.arrayValue?.first?.startLine == session.noteLine(number), "marker \(number)")
        }
    }

    @Test(arguments: SeedSession.Form.allCases)
    func definitionOfACitationIsItsBibliographyEntry(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        let cases: [(cursor: String, occurrence: Int, entry: String)] = [
            ("MICHAEL R. GORDON", 1, "MICHAEL R. GORDON. 2015."),
            ("Christian Caryl", 0, "Caryl, Christian. 2015."),
            ("Ibdi.", 0, "Ryan, Missy. 2015."),
            ("Pugliese, Iraqis", 0, "Pugliese, David. 2015."),
            ("Dion Nissembaum et al.", 0, "Nissembaum, Dion, Adam Entous"),
        ]
        for (cursor, occurrence, entry) in cases {
            let locations = try session.client.result("textDocument/definition", session.at(cursor, occurrence: occurrence, offset: 2))
            #expect(locations.arrayValue?.map(\.startLine) == [session.line(of: entry)], "definition of \(cursor)")
        }
    }

    @Test(arguments: SeedSession.Form.allCases)
    func referencesOfANoteHonourIncludeDeclaration(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        var params = session.at(session.marker(3))
        params = merged(params, "context", ["includeDeclaration": false])
        let uses = try session.client.result("textDocument/references", params)
        #expect(uses.arrayValue?.map { $0["range"] } == [session.range(of: session.marker(3))])

        params = merged(params, "context", ["includeDeclaration": true])
        let all = try session.client.result("textDocument/references", params).arrayValue ?? []
        #expect(all.count == 2)
        #expect(all.map(\.startLine).sorted { ($0 ?? 0) < ($1 ?? 0) } == [session.line(of: session.marker(3)), session.noteLine(3)])
    }

    @Test(arguments: SeedSession.Form.allCases)
    func referencesOfAnEntryAreTheNotesCitingIt(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        let params = merged(session.at("Pugliese, David. 2015."), "context", ["includeDeclaration": false])
        let lines = Set((try session.client.result("textDocument/references", params).arrayValue ?? []).compactMap(\.startLine))
        #expect(lines == [session.noteLine(2), session.noteLine(6)])
    }

    @Test(arguments: SeedSession.Form.allCases)
    func highlightsShowTheMarkerAndTheNoteLabel(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        let highlights = try session.client.result("textDocument/documentHighlight", session.at(session.marker(2))).arrayValue ?? []
        let read = highlights.filter { $0["kind"] == 2 }.map { $0["range"] }
        let written = highlights.filter { $0["kind"] == 3 }.compactMap(\.startLine)
        #expect(read == [session.range(of: session.marker(2))])
        #expect(written == [session.noteLine(2)])
    }

    @Test(arguments: SeedSession.Form.allCases)
    func symbolsOutlineTitleNotesAndBibliography(_ form: SeedSession.Form) throws {
        let session = try SeedSession(form)
        let symbols = try session.client.result("textDocument/documentSymbol", ["textDocument": ["uri": .string(session.uri)]]).arrayValue ?? []
        #expect(symbols.first?["name"] == "Iraq Set To Coordinate Anti-ISIS Operations With Russia, Syria And Iran")
        #expect(symbols.first?["kind"] == 1)
        let notes = symbols.first { $0["name"] == "Notes" }
        #expect(notes?["children"]?.arrayValue?.map { $0["name"] } == (1...7).map { .string(form == .plain ? "[\($0)]" : "[^\($0)]") })
        #expect(notes?["children"]?.arrayValue?.allSatisfy { $0["kind"] == 20 } == true)
        let entries = symbols.first { $0["name"] == "Bibliography" }?["children"]?.arrayValue ?? []
        #expect(entries.count == 5)
        #expect(entries.allSatisfy { $0["kind"] == 19 })
        #expect(entries.compactMap(\.startLine) == ["Caryl, Christian", "MICHAEL R. GORDON. 2015", "Nissembaum, Dion", "Pugliese, David", "Ryan, Missy"].map { session.line(of: $0) })
    }

    @Test func positionsOutOfRangeAreClampedNotFatal() throws {
        let session = try SeedSession(.plain)
        for position: JSONValue in [["line": 10_000, "character": 0], ["line": 0, "character": 1_000_000], ["line": 2, "character": 99_999]] {
            let params: JSONValue = ["textDocument": ["uri": .string(session.uri)], "position": position]
            #expect(try session.client.request("textDocument/hover", params)["error"] == nil)
            #expect(try session.client.request("textDocument/definition", params)["result"]?.arrayValue != nil)
        }
    }

    @Test func queriesOnADocumentThatIsNotOpenAnswerEmpty() throws {
        let client = try LSPClient()
        try client.initialize()
        let params: JSONValue = ["textDocument": ["uri": "file:///nowhere.txt"], "position": ["line": 0, "character": 0]]
        #expect(try client.result("textDocument/hover", params) == .null)
        #expect(try client.result("textDocument/definition", params) == [])
        #expect(try client.result("textDocument/documentHighlight", params) == [])
    }

    private func merged(_ object: JSONValue, _ key: String, _ value: JSONValue) -> JSONValue {
        guard case .object(var members) = object else { return object }
        members.removeAll { $0.key == key }
        members.append(JSONMember(key, value))
        return .object(members)
    }
}
