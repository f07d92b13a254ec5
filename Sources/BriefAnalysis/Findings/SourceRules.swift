/// BRF020–BRF023: citations without an entry, entries without a citation, duplicate
/// entries, and short forms before the full citation.
enum SourceRules {
    /// `citingNotes`: for each source, the notes citing it.
    static func check(_ context: CitationContext, citingNotes: [[Int]], _ findings: inout [Finding]) {
        unlistedSources(context, &findings)
        let duplicates = duplicateEntries(context, &findings)
        uncitedEntries(context, citingNotes, duplicates, &findings)
        shortFormsFirst(context, &findings)
    }

    /// BRF020, only where the brief has a bibliography: without one, a full citation is
    /// the source itself.
    private static func unlistedSources(_ context: CitationContext, _ findings: inout [Finding]) {
        guard context.hasBibliography else { return }
        for note in context.order where note < context.resolved.byNote.count {
            for position in context.resolved.byNote[note] {
                guard context.resolved.citations[position].isReference,
                      context.resolved.citations[position].citation.sourceIndexes.isEmpty else { continue }
                let resolved = context.resolved.citations[position]
                let author = resolved.citation.surnameRange.map { NameParser.collapsed(context.bytes, $0) } ?? "this author"
                let listed = resolved.surnameKey.map { !context.catalog.index.sources($0).isEmpty } ?? false
                let message = listed
                    ? "The bibliography lists \(author), but no entry with this title; add the entry or correct the title"
                    : "No bibliography entry for this source (\(author)); add one to the bibliography"
                findings.append(Finding(.unlistedSource, resolved.citation.range, message))
            }
        }
    }

    /// BRF021: a bibliography entry no note cites (not checked in a brief without notes,
    /// whose bibliography is a reading list, nor on a duplicate entry, which BRF022 reports).
    private static func uncitedEntries(_ context: CitationContext, _ citingNotes: [[Int]], _ duplicates: [Bool],
                                       _ findings: inout [Finding]) {
        guard context.parsed.notes.contains(where: { $0.style != .referenceEntry }) else { return }
        // Bibliography headings in text order, walked beside the entries.
        let headings = context.parsed.headings.filter { $0.role == .bibliography }.sorted { $0.lineRange.lowerBound < $1.lineRange.lowerBound }
        var heading = -1
        for index in 0..<context.catalog.entryCount where citingNotes[index].isEmpty && !duplicates[index] {
            let start = context.catalog.sources[index].range.lowerBound
            while heading + 1 < headings.count, headings[heading + 1].lineRange.lowerBound < start { heading += 1 }
            if heading >= 0, listsUncitedWorks(context, headings[heading]) { continue }
            findings.append(Finding(.uncitedEntry, context.catalog.sources[index].range,
                                    "No note cites this bibliography entry; cite it or remove it"))
        }
    }

    /// True when the bibliography heading is *Works Consulted* or *Selected Bibliography*:
    /// such a list names works read but not cited, by design.
    private static func listsUncitedWorks(_ context: CitationContext, _ heading: Heading) -> Bool {
        let text = heading.range
        var index = text.lowerBound
        while index < text.upperBound {
            if (index + 9 <= text.upperBound && ByteScan.hasPrefix(context.bytes, "consulted", at: index))
                || (index + 6 <= text.upperBound && ByteScan.hasPrefix(context.bytes, "select", at: index)) { return true }
            index += 1
        }
        return false
    }

    /// BRF022: a second entry with the first author and title of an earlier one, unless the
    /// years tell them apart. Returns, for each entry, whether BRF021 should pass it over: it
    /// repeats an earlier one, or shares its title with another edition.
    private static func duplicateEntries(_ context: CitationContext, _ findings: inout [Finding]) -> [Bool] {
        var duplicates = [Bool](repeating: false, count: context.catalog.entryCount)
        var first: [UInt64: Int] = [:]
        first.reserveCapacity(context.catalog.entryCount)
        let keys = context.catalog.keys
        for index in 0..<context.catalog.entryCount {
            guard let surname = keys[index].surname, !keys[index].titleWords.isEmpty else { continue }
            let title = context.catalog.titleWords(index)
            var combined = surname
            for word in title { combined = (combined ^ word) &* 0x0000_0100_0000_01B3 }
            if let earlier = first[combined] {
                guard keys[earlier].surname == surname, context.catalog.titleWords(earlier).elementsEqual(title) else { continue }
                if differInYear(context, earlier, index) {
                    // Two editions: a note citing the title cannot say which it means, so
                    // neither is reported as uncited.
                    duplicates[earlier] = true
                    duplicates[index] = true
                    continue
                }
                duplicates[index] = true
                findings.append(Finding(
                    .duplicateEntry, context.catalog.sources[index].range,
                    "This bibliography entry repeats an earlier one for the same source; keep one",
                    related: [RelatedLocation(range: context.catalog.sources[earlier].range, message: "the first entry for this source")]))
            } else {
                first[combined] = index
            }
        }
        return duplicates
    }

    /// True when both entries give a year and the years differ, or carry different letters
    /// (`2023a`, `2023b`): two editions or two reports of one title are distinct sources.
    private static func differInYear(_ context: CitationContext, _ first: Int, _ second: Int) -> Bool {
        guard let one = context.catalog.sources[first].yearRange, let two = context.catalog.sources[second].yearRange,
              one.length == 4, two.length == 4 else { return false }
        let bytes = context.bytes
        for offset in 0..<4 where bytes[one.lowerBound + offset] != bytes[two.lowerBound + offset] { return true }
        let letterOne = one.upperBound < bytes.count && ByteScan.isASCIILetter(bytes[one.upperBound]) ? bytes[one.upperBound] : 0
        let letterTwo = two.upperBound < bytes.count && ByteScan.isASCIILetter(bytes[two.upperBound]) ? bytes[two.upperBound] : 0
        return letterOne != letterTwo
    }

    /// BRF023: the first short form met before the first full citation of its source.
    private static func shortFormsFirst(_ context: CitationContext, _ findings: inout [Finding]) {
        // Arrays by source index rather than sets: this runs over every citation.
        let count = context.catalog.sources.count
        var firstFull = [TextRange?](repeating: nil, count: count)
        for note in context.order.reversed() where note < context.resolved.byNote.count {
            for position in context.resolved.byNote[note].reversed() where context.resolved.citations[position].citation.form == .full {
                let citation = context.resolved.citations[position].citation
                for source in citation.sourceIndexes where source < count { firstFull[source] = citation.range }
            }
        }
        var seenFull = [Bool](repeating: false, count: count)
        for note in context.order where note < context.resolved.byNote.count {
            for position in context.resolved.byNote[note] {
                let citation = context.resolved.citations[position].citation
                let sources = citation.sourceIndexes
                if citation.form == .full {
                    for source in sources where source < count { seenFull[source] = true }
                    continue
                }
                guard citation.form == .short, let source = sources.first, source < count, !seenFull[source],
                      let full = firstFull[source] else { continue }
                // Only the first such short form: that is where the full citation belongs.
                seenFull[source] = true
                findings.append(Finding(
                    .shortFormFirst, citation.range,
                    "This short citation comes before the first full citation of its source; cite it in full here first",
                    related: [RelatedLocation(range: full, message: "the first full citation of this source")]))
            }
        }
    }
}
