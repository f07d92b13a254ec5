/// BRF034: a note and the bibliography entry it cites disagree on the title or the date.
/// Dates are compared by value, so the same date written another way is no disagreement.
enum MatchRules {
    static func check(_ context: CitationContext, _ findings: inout [Finding]) {
        let citations = context.resolved.citations
        for note in context.order where note < context.resolved.byNote.count {
            for position in context.resolved.byNote[note] {
                guard citations[position].isReference, citations[position].citation.sourceIndexes.count == 1,
                      let index = citations[position].citation.sourceIndexes.first, index < context.catalog.entryCount else { continue }
                let titleDiffers = citations[position].titleMatch == .similar
                var dateDiffers = false
                if let date = citations[position].date, let listed = context.catalog.keys[index].date {
                    dateDiffers = date.value.disagrees(with: listed)
                }
                // Copy the source only for a finding: it holds many strings.
                guard titleDiffers || dateDiffers else { continue }
                report(context, citations[position], context.catalog.sources[index], titleDiffers: titleDiffers,
                       dateDiffers: dateDiffers, &findings)
            }
        }
    }

    /// The entry's date as a reader would write it: `17 December 2021`, `March 15, 2022`.
    private static func listedDate(_ source: Source) -> String {
        guard let date = source.date else { return source.year ?? "" }
        guard let year = source.year, !containsBytes(date.utf8, year.utf8) else { return date }
        return date.last.map { $0.isNumber } == true ? "\(date), \(year)" : "\(date) \(year)"
    }

    /// True when `text` holds `part` (byte for byte).
    private static func containsBytes(_ text: String.UTF8View, _ part: String.UTF8View) -> Bool {
        let bytes = Array(text)
        let pattern = Array(part)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return pattern.isEmpty }
        for start in 0...(bytes.count - pattern.count) where bytes[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        return false
    }

    private static func report(_ context: CitationContext, _ resolved: ResolvedCitation, _ source: Source,
                               titleDiffers: Bool, dateDiffers: Bool, _ findings: inout [Finding]) {
        if titleDiffers, let title = resolved.citation.titleRange {
            findings.append(Finding(
                .noteEntryMismatch, title,
                "The title here differs from the bibliography entry’s: “\(source.title ?? "")”",
                related: [RelatedLocation(range: source.titleRange ?? source.range, message: "the title in the bibliography")]))
        }
        if dateDiffers, let date = resolved.date {
            let listedText = listedDate(source)
            findings.append(Finding(
                .noteEntryMismatch, date.range,
                "The date here differs from the bibliography entry’s (\(listedText))",
                related: [RelatedLocation(range: source.dateRange ?? source.range, message: "the date in the bibliography")]))
        }
    }
}
