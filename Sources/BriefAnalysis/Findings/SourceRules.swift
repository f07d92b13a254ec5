/// BRF020–BRF023: citations without an entry, entries without a citation, duplicate
/// entries, and short forms before the full citation.
enum SourceRules {
    static func check(_ context: CitationContext, _ findings: inout [Finding]) {
        unlistedSources(context, &findings)
        uncitedEntries(context, &findings)
        duplicateEntries(context, &findings)
        shortFormsFirst(context, &findings)
    }

    /// BRF020, only where the brief has a bibliography: without one, a full citation is
    /// the source itself.
    private static func unlistedSources(_ context: CitationContext, _ findings: inout [Finding]) {
        guard context.hasBibliography else { return }
        for note in context.order where note < context.resolved.count {
            for resolved in context.resolved[note] where resolved.citation.sourceIndexes.isEmpty {
                guard case .reference = resolved.raw.kind else { continue }
                let author = resolved.citation.surname ?? "this author"
                let listed = resolved.raw.surnameKey.map { !context.catalog.index.sources($0).isEmpty } ?? false
                let message = listed
                    ? "The bibliography lists \(author), but no entry with this title; add the entry or correct the title"
                    : "No bibliography entry for this source (\(author)); add one to the bibliography"
                findings.append(Finding(.unlistedSource, resolved.citation.range, message))
            }
        }
    }

    /// BRF021: a bibliography entry no note cites (not checked in a brief without notes,
    /// whose bibliography is a reading list).
    private static func uncitedEntries(_ context: CitationContext, _ findings: inout [Finding]) {
        guard context.parsed.notes.contains(where: { $0.style != .referenceEntry }) else { return }
        for index in 0..<context.catalog.entryCount where context.citingNotes[index].isEmpty {
            findings.append(Finding(.uncitedEntry, context.catalog.sources[index].range,
                                    "No note cites this bibliography entry; cite it or remove it"))
        }
    }

    /// BRF022: a second entry with the first author and title of an earlier one.
    private static func duplicateEntries(_ context: CitationContext, _ findings: inout [Finding]) {
        var first: [UInt64: Int] = [:]
        first.reserveCapacity(context.catalog.entryCount)
        let keys = context.catalog.keys
        for index in 0..<context.catalog.entryCount {
            guard let surname = keys[index].surname, !keys[index].titleWords.isEmpty else { continue }
            var combined = surname
            for word in keys[index].titleWords { combined = (combined ^ word) &* 0x0000_0100_0000_01B3 }
            if let earlier = first[combined] {
                guard keys[earlier].surname == surname, keys[earlier].titleWords == keys[index].titleWords else { continue }
                findings.append(Finding(
                    .duplicateEntry, context.catalog.sources[index].range,
                    "This bibliography entry repeats an earlier one for the same source; keep one",
                    related: [RelatedLocation(range: context.catalog.sources[earlier].range, message: "the first entry for this source")]))
            } else {
                first[combined] = index
            }
        }
    }

    /// BRF023: a short form met before the first full citation of its source.
    private static func shortFormsFirst(_ context: CitationContext, _ findings: inout [Finding]) {
        var firstFull: [Int: TextRange] = [:]
        for note in context.order.reversed() where note < context.resolved.count {
            for resolved in context.resolved[note].reversed() where resolved.citation.form == .full {
                for source in resolved.citation.sourceIndexes { firstFull[source] = resolved.citation.range }
            }
        }
        var seenFull = Set<Int>()
        for note in context.order where note < context.resolved.count {
            for resolved in context.resolved[note] {
                let sources = resolved.citation.sourceIndexes
                if resolved.citation.form == .full { seenFull.formUnion(sources); continue }
                guard resolved.citation.form == .short, let source = sources.first, !seenFull.contains(source),
                      let full = firstFull[source] else { continue }
                findings.append(Finding(
                    .shortFormFirst, resolved.citation.range,
                    "This short citation comes before the first full citation of its source; cite it in full here first",
                    related: [RelatedLocation(range: full, message: "the first full citation of this source")]))
            }
        }
    }
}
