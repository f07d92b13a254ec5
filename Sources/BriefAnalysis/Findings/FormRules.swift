/// BRF030–BRF033: how notes and entries are written: unbalanced marks, empty elements and
/// ambiguous numeric dates (``TextChecker``), and incomplete entries.
enum FormRules {
    /// BRF030, BRF031 and BRF033 in the bodies of notes `range`.
    static func checkNotes(_ notes: [NoteDefinition], _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
                           _ findings: inout [Finding]) {
        notes.withUnsafeBufferPointer { notes in
            for index in range { TextChecker.check(bytes, notes[index].bodyRange, &findings) }
        }
    }

    /// BRF030–BRF033 in the bibliography's entries.
    static func checkEntries(_ catalog: SourceCatalog, _ bytes: UnsafeBufferPointer<UInt8>, _ findings: inout [Finding]) {
        for index in 0..<catalog.entryCount {
            TextChecker.check(bytes, catalog.sources[index].range, &findings)
            incompleteEntry(catalog.sources[index], &findings)
        }
    }

    /// BRF032: an entry without an author, a title or a year.
    private static func incompleteEntry(_ source: borrowing Source, _ findings: inout [Finding]) {
        var missing: [String] = []
        if source.authors.isEmpty { missing.append("an author") }
        if source.title == nil { missing.append("a title") }
        if source.year == nil { missing.append("a year") }
        guard !missing.isEmpty else { return }
        let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + (missing.last ?? "")
        findings.append(Finding(.incompleteEntry, source.range, "This bibliography entry lacks \(list)"))
    }
}
