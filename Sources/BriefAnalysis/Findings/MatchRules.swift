/// BRF034: a note and the bibliography entry it cites disagree on the title or the date.
/// Dates are compared by value, so the same date written another way is no disagreement.
enum MatchRules {
    static func check(_ context: CitationContext, _ findings: inout [Finding]) {
        for note in context.order where note < context.resolved.count {
            for resolved in context.resolved[note] {
                guard case .reference = resolved.raw.kind, resolved.citation.sourceIndexes.count == 1,
                      let index = resolved.citation.sourceIndexes.first, index < context.catalog.entryCount else { continue }
                let source = context.catalog.sources[index]
                if resolved.titleMatch == .similar, let title = resolved.citation.titleRange {
                    findings.append(Finding(
                        .noteEntryMismatch, title,
                        "The title here differs from the bibliography entry’s: “\(source.title ?? "")”",
                        related: [RelatedLocation(range: source.titleRange ?? source.range, message: "the title in the bibliography")]))
                }
                if let date = resolved.raw.date, let listed = context.catalog.keys[index].date, date.value.disagrees(with: listed) {
                    let listedText = [source.date, source.year].compactMap { $0 }.joined(separator: ", ")
                    findings.append(Finding(
                        .noteEntryMismatch, date.range,
                        "The date here differs from the bibliography entry’s (\(listedText))",
                        related: [RelatedLocation(range: source.dateRange ?? source.range, message: "the date in the bibliography")]))
                }
            }
        }
    }
}
