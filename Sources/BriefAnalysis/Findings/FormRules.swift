/// BRF030–BRF033: how notes and entries are written: unbalanced marks, empty elements and
/// ambiguous numeric dates (``TextChecker``), and incomplete entries.
enum FormRules {
    static func check(_ context: CitationContext, _ findings: inout [Finding]) {
        for index in context.parsed.notes.indices {
            TextChecker.check(context.bytes, context.parsed.notes[index].bodyRange, &findings)
        }
        for index in 0..<context.catalog.entryCount {
            TextChecker.check(context.bytes, context.catalog.sources[index].range, &findings)
            incompleteEntry(context.catalog.sources[index], &findings)
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
