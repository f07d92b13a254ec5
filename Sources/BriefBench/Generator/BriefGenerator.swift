import BriefAnalysis

/// Writes realistic briefs of a chosen size, the same bytes for the same size, kind and seed:
/// about 5 notes per KiB, a fifth as many sources, full-form, short-form and `Ibid.`
/// citations, varied author shapes, and a few defects of every code of the catalogue.
struct BriefGenerator {
    var targetBytes: Int
    var kind: DocumentKind
    var seed: UInt64 = 2015

    /// What was generated, for the benchmark's report.
    struct Output {
        var text: String
        var noteCount: Int
        var sourceCount: Int
        var defectsPerCode: Int
    }

    func generate() -> Output {
        var random = SeededRandom(seed: seed &+ UInt64(targetBytes) &* 31 &+ (kind == .markdown ? 7 : 0))
        let noteCount = max(12, targetBytes * 5 / 1024)
        let sourceCount = max(6, noteCount / 5)
        let defects = max(1, noteCount / 500)

        var sources = (0..<sourceCount).map { _ in GeneratedSource.make(&random) }
        markSources(&sources, defects: defects, random: &random)
        let phantoms = (0..<defects).map { _ in
            var source = GeneratedSource.make(&random)
            source.listed = false
            return source
        }
        let uncited = (0..<defects).map { _ in GeneratedSource.make(&random) }

        var plans = Array(repeating: NotePlan(), count: noteCount)
        placeNoteDefects(&plans, defects: defects, random: &random)
        var writer = NoteWriter(sources: sources, phantoms: phantoms, kind: kind)
        let notes = writer.write(&plans, random: &random)

        var entries = (sources + uncited).filter(\.listed).flatMap { $0.listedTwice ? [$0, $0] : [$0] }
        entries.sort { ($0.firstSurname.lowercased(), $0.firstGiven) < ($1.firstSurname.lowercased(), $1.firstGiven) }
        for _ in 0..<defects {
            // Two neighbours with different surnames swapped: out of alphabetical order (BRF040).
            let index = random.below(max(1, entries.count - 1))
            if index + 1 < entries.count, entries[index].firstSurname != entries[index + 1].firstSurname {
                entries.swapAt(index, index + 1)
            }
        }
        var bibliography = kind == .markdown ? "## Bibliography\n\n" : ""
        for entry in entries { bibliography += entry.entry + "\n\n" }

        let orphanNotes = (0..<defects).map { offset in
            // Defined after the last note and never cited (BRF002), so no gap in the markers.
            kind == .markdown ? "[^\(noteCount + 1 + offset)]: A note no marker refers to, left over from an earlier draft.\n\n"
                : "[\(noteCount + 1 + offset)] A note no marker refers to, left over from an earlier draft.\n\n"
        }.joined()

        let title = "Coordinating Against ISIS: Russia, Syria, Iran and the Limits of Intelligence Sharing"
        let byline = "\(random.pick(WordPools.givenNames)) \(random.pick(WordPools.surnames))"
        let fixedBytes = title.utf8.count + bibliography.utf8.count + notes.utf8.count + orphanNotes.utf8.count + byline.utf8.count + 16
        var body = BodyWriter(kind: kind, bytesPerMarker: max(24, (targetBytes - fixedBytes) / noteCount))
        let bodyText = body.write(plans: plans, random: &random)

        var text = kind == .markdown ? "# \(title)\n\n" : "\(title)\n\n"
        text += bodyText
        text += "\n\n"
        text += bibliography
        text += "\n"
        text += notes
        text += orphanNotes
        text += "\(byline)\n"
        return Output(text: text, noteCount: noteCount, sourceCount: sourceCount, defectsPerCode: defects)
    }

    private func markSources(_ sources: inout [GeneratedSource], defects: Int, random: inout SeededRandom) {
        let order = random.permutation(sources.count)
        var cursor = 0
        func next() -> Int? {
            guard cursor < order.count else { return nil }
            defer { cursor += 1 }
            return order[cursor]
        }
        for _ in 0..<defects {
            if let index = next() { sources[index].capsGivenFirst = true }
            if let index = next() { sources[index].numericDate = true }
            if let index = next() { sources[index].missingYear = true }
            if let index = next() { sources[index].listedTwice = true }
            if let index = next() { sources[index].shortFormFirst = true }
        }
    }

    /// Places each note defect on its own window of three notes (the middle two used), so
    /// that two defects never meet and the first note is always an ordinary citation.
    private func placeNoteDefects(_ plans: inout [NotePlan], defects: Int, random: inout SeededRandom) {
        let windows = random.permutation(plans.count / 3).filter { $0 > 0 }
        var cursor = 0
        for defect in NoteDefect.allCases {
            for copy in 0..<defects where cursor < windows.count {
                defect.apply(to: &plans, at: windows[cursor] * 3 + 1, phantom: copy, random: &random)
                cursor += 1
            }
        }
    }
}
