import Testing
@testable import BriefAnalysis

/// A long brief is read in pieces on several threads; what comes out must be exactly what
/// one thread reading it in order finds, defects at the pieces' edges included.
@Suite struct ParallelAnalysisTests {
    /// Notes of every shape, repeated past several pieces' worth of notes and citations,
    /// with a defect of most codes somewhere in each round.
    static func longBrief(notes count: Int, markdown: Bool) -> String {
        let entries = [
            "Caryl, Christian. 2015. “Realists, Beware of Russians Making Deals.” Foreign Policy, 29 Sept.",
            "MICHAEL R. GORDON. 2015. “Russia Surprises US with Accord with Battling ISIS.” The New York Times, 27 Sept.",
            "Ryan, Missy. 2015. “Russian, Syrian Partnership Poses a New Challenge.” The Washington Post, 28 Sept.",
            "Adams, Ann. 2019. “Water Rights in the Jordan Basin.” Middle East Journal, 3 March.",
            "Adams, Ann. 2019. “Water Rights in the Jordan Basin.” Middle East Journal, 3 March.",
            "Baker, Bo. 2020. “Grain Corridors (and Ports.” Policy Review, 12 May.",
        ]
        let shapes = [
            "Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy, 29 Sept, 2015.",
            "Ibid., 4.",
            "Missy Ryan, “Russian, Syrian Partnership Poses a New Challenge,” The Washington Post, 28 Sept, 2015.",
            "Ibdi., 7.",
            "Gordon, Russia Surprises, 12.",
            "Ann Adams, “Water Rights in the Jordan Basin,” Middle East Journal, 03/04/2019.",
            "Zed Zimmer, “A Source Nobody Listed,” Nowhere Press, 2018.",
            "Caryl, Realists Beware, , 9.",
            "See the discussion above; Ryan, Russian, Syrian Partnership, 3; ibid., 5.",
            "Ibid.",
            "Christian Caryl, “Realists, Beware of Russians Making Deals,” Foreign Policy (29 Sept, 2015.",
        ]
        var body: [String] = []
        var list: [String] = []
        for index in 0..<count {
            // Every 37th marker is missing and every 41st is doubled: BRF002 and BRF003/004.
            let label = markdown ? "[^\(index + 1)]" : "[\(index + 1)]"
            if index % 37 != 5 { body.append("Claim \(index).\(label)") }
            if index % 41 == 7 { body.append("Again.\(label)") }
            let note = shapes[index % shapes.count]
            list.append(markdown ? "\(label): \(note)" : "\(label) \(note)")
            if index % 53 == 9 { list.append(markdown ? "\(label): \(note)" : "\(label) \(note)") }
        }
        body.append(markdown ? "Undefined.[^\(count + 5)]" : "Undefined.[\(count + 5)]")
        let heading = markdown ? "## Bibliography" : "Bibliography"
        let notesHeading = markdown ? "## Notes" : "Notes"
        return "A Long Brief\n\n\(body.joined(separator: " "))\n\n\(heading)\n\n\(entries.joined(separator: "\n\n"))\n\n"
            + "\(notesHeading)\n\n\(list.joined(separator: "\n\n"))\n"
    }

    @Test(arguments: [DocumentKind.plain, .markdown])
    func piecesReadAsOne(kind: DocumentKind) throws {
        let count = 5 * FirstPass.notesPerPiece + 57
        let text = SourceText(Self.longBrief(notes: count, markdown: kind == .markdown))
        let parallel = try Analyzer.analyze(text, kind: kind, inParallel: true, isCancelled: { false })
        let serial = try Analyzer.analyze(text, kind: kind, inParallel: false, isCancelled: { false })

        #expect(parallel.parsed.notes.count > count)
        #expect(parallel.citations.citationsByNote.joined().count > 4 * FirstPass.notesPerPiece)
        #expect(parallel.findings == serial.findings)
        #expect(parallel.citations.citationsByNote == serial.citations.citationsByNote)
        #expect(parallel.citations.citingNotes == serial.citations.citingNotes)
        #expect(parallel.citations.sources == serial.citations.sources)
        // Every code the brief plants is found, in pieces as in one.
        let codes = Set(parallel.findings.map(\.code))
        #expect(codes.isSuperset(of: [.unusedNote, .duplicateNote, .undefinedNote, .misspeltIbid, .unlistedSource,
                                      .duplicateEntry, .unbalanced, .emptyElement, .ambiguousDate, .authorNotInverted,
                                      .entriesOutOfOrder]))
    }

    /// A numbered reference list: its entries are read as notes first, and only later known
    /// to be sources; the pieces read meanwhile must not count them as notes citing.
    @Test func referenceListReadAsOne() throws {
        let count = 3 * FirstPass.notesPerPiece + 11
        let citing = (1...count).map { "Finding \($0) [\($0)]." }.joined(separator: " ")
        let entries = (1...count).map { "[\($0)] A. Author\($0 % 7), “Title number \($0),” Journal of Tests, vol. \($0), 2019." }
        let text = SourceText("A Paper\n\n\(citing)\n\nReferences\n\n\(entries.joined(separator: "\n\n"))\n")
        let parallel = try Analyzer.analyze(text, kind: .plain, inParallel: true, isCancelled: { false })
        let serial = try Analyzer.analyze(text, kind: .plain, inParallel: false, isCancelled: { false })

        #expect(parallel.parsed.isReferenceList)
        #expect(parallel.parsed.notes.filter { $0.style == .referenceEntry }.count == count)
        #expect(parallel.citations.citationsByNote.map { $0.map(\.sourceIndexes) } == (0..<count).map { [[$0]] })
        #expect(parallel.findings == serial.findings)
        #expect(parallel.citations.citationsByNote == serial.citations.citationsByNote)
        #expect(parallel.citations.sources == serial.citations.sources)
    }

    /// Cancelled at either check, while the helper thread may still be reading notes: the
    /// analysis gives up, and the helper is done with the text before it goes.
    @Test(arguments: [1, 2])
    func cancelledWhileNotesAreRead(atCheck check: Int) {
        let text = SourceText(Self.longBrief(notes: 8 * FirstPass.notesPerPiece, markdown: false))
        var polls = 0
        #expect(throws: AnalysisCancelled.self) {
            try Analyzer.analyze(text, kind: .plain, inParallel: true, isCancelled: {
                polls += 1
                return polls >= check
            })
        }
        #expect(polls == check)
    }
}
