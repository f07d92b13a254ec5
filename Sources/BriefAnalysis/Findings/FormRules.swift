/// BRF030–BRF033: how notes and entries are written: unbalanced marks, empty elements,
/// incomplete entries, ambiguous numeric dates.
enum FormRules {
    static func check(_ context: CitationContext, _ findings: inout [Finding]) {
        for note in context.parsed.notes {
            checkText(context, note.bodyRange, &findings)
        }
        for index in 0..<context.catalog.entryCount {
            let source = context.catalog.sources[index]
            checkText(context, source.range, &findings)
            incompleteEntry(source, &findings)
        }
    }

    private static func checkText(_ context: CitationContext, _ range: TextRange, _ findings: inout [Finding]) {
        BalanceChecker.check(context.bytes, range, &findings)
        emptyElements(context.bytes, range, &findings)
        ambiguousDates(context, range, &findings)
    }

    /// BRF031: `, .`, `,,`, `, ,`: an element left out between two separators.
    private static func emptyElements(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ findings: inout [Finding]) {
        var index = range.lowerBound
        while index < range.upperBound {
            guard bytes[index] == UInt8(ascii: ",") else { index += 1; continue }
            var next = index + 1
            while next < range.upperBound, ByteScan.isSpace(bytes[next]) { next += 1 }
            guard next < range.upperBound else { return }
            let byte = bytes[next]
            let isPeriod = byte == UInt8(ascii: ".")
            // `, ...` is an ellipsis and `, .5` a number, not an empty element.
            let followed = next + 1 < range.upperBound ? bytes[next + 1] : 0x20
            if byte == UInt8(ascii: ",") || (isPeriod && followed != UInt8(ascii: ".") && !ByteScan.isDigit(followed)) {
                let what = isPeriod ? "before the final period" : "between two commas"
                findings.append(Finding(.emptyElement, TextRange(index, next + 1),
                                        "Empty element \(what): something is missing here, or a separator is one too many"))
                index = isPeriod ? next + 1 : next
                continue
            }
            index = next
        }
    }

    /// BRF032: an entry without an author, a title or a year.
    private static func incompleteEntry(_ source: Source, _ findings: inout [Finding]) {
        var missing: [String] = []
        if source.authors.isEmpty { missing.append("an author") }
        if source.title == nil { missing.append("a title") }
        if source.year == nil { missing.append("a year") }
        guard !missing.isEmpty else { return }
        let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + (missing.last ?? "")
        findings.append(Finding(.incompleteEntry, source.range, "This bibliography entry lacks \(list)"))
    }

    /// BRF033: `01/10/2015`, which reads as 1 October or January 10.
    private static func ambiguousDates(_ context: CitationContext, _ range: TextRange, _ findings: inout [Finding]) {
        for date in DateReader.all(context.bytes, in: range) where date.value.isAmbiguous {
            guard let first = date.value.day, let second = date.value.month else { continue }
            let year = date.value.year.map { " \($0)" } ?? ""
            findings.append(Finding(
                .ambiguousDate, date.range,
                "“\(context.text(date.range))” can be read as \(first) \(DateReader.monthName(second)) or \(second) \(DateReader.monthName(first)); "
                    + "write the month as a word, e.g. \(first) \(DateReader.monthName(second))\(year)"))
        }
    }
}
