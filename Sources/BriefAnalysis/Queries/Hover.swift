extension AnalyzedBrief {
    /// Hover at byte `offset` (spec §5). On a marker or a note's label: the note's text, then
    /// each source it cites laid out as author, title, publication, date, with how it was
    /// resolved. On a citation or `Ibid.`: the source(s) it resolves to. On a bibliography
    /// entry: how many notes cite it, and which.
    public func hover(at offset: Int) -> HoverResult? {
        switch target(at: offset) {
        case .marker(let index):
            let marker = parsed.markers[index]
            guard let note = marker.noteIndex else {
                return HoverResult(markdown: "**\(display(marker.label))**: no note with this label is defined.", range: marker.range)
            }
            return HoverResult(markdown: noteHover(note), range: marker.range)
        case .noteLabel(let note):
            return HoverResult(markdown: noteHover(note), range: parsed.notes[note].labelRange)
        case .citation(let note, let index):
            let citation = citations.citationsByNote[note][index]
            var parts = ["**\(resolution(citation))**"]
            if citation.sourceIndexes.isEmpty { parts.append("No bibliography entry matches this citation.") }
            parts += citation.sourceIndexes.map { sourceCard(citations.sources[$0]) }
            return HoverResult(markdown: parts.joined(separator: "\n\n"), range: citation.range)
        case .entry(let source):
            return HoverResult(markdown: entryHover(source), range: citations.sources[source].range)
        case .noteBody, nil:
            return nil
        }
    }

    private func display(_ label: String) -> String {
        parsed.kind == .markdown ? "[^\(label)]" : "[\(label)]"
    }

    private func noteHover(_ note: Int) -> String {
        let definition = parsed.notes[note]
        let kind = definition.style == .referenceEntry ? "Reference" : "Note"
        var parts = ["**\(kind) \(display(definition.label))**", MarkdownText.escaped(MarkdownText.collapsed(text.string(in: definition.bodyRange)))]
        let noteCitations = note < citations.citationsByNote.count ? citations.citationsByNote[note] : []
        for citation in noteCitations {
            parts.append("---")
            parts.append("*\(resolution(citation))*")
            if citation.sourceIndexes.isEmpty {
                parts.append("No bibliography entry matches this citation.")
            }
            parts += citation.sourceIndexes.map { sourceCard(citations.sources[$0]) }
        }
        return parts.joined(separator: "\n\n")
    }

    /// How a citation was resolved, in words.
    private func resolution(_ citation: Citation) -> String {
        switch citation.form {
        case .full: return "Full citation"
        case .short: return "Short-form citation"
        case .ibid(let previous, let misspelt):
            let chain = previous.map { "Ibid. → note \(display(parsed.notes[$0].label))" } ?? "Ibid. with no previous note"
            return misspelt ? "\(chain) (misspelt)" : chain
        }
    }

    /// A source laid out as author, title, publication, date.
    func sourceCard(_ source: Source) -> String {
        var lines: [String] = []
        if !source.authors.isEmpty {
            let names = source.authors.map { author -> String in
                guard let given = author.given, !given.isEmpty else { return author.surname }
                return "\(author.surname), \(given)"
            }
            lines.append("- **Author:** \(MarkdownText.escaped(names.joined(separator: "; ")))")
        }
        if let title = source.title { lines.append("- **Title:** *\(MarkdownText.escaped(title))*") }
        if let publication = source.publication { lines.append("- **Publication:** \(MarkdownText.escaped(publication))") }
        if let date = Self.fullDate(source) { lines.append("- **Date:** \(MarkdownText.escaped(date))") }
        if lines.isEmpty { lines.append(MarkdownText.escaped(MarkdownText.collapsed(text.string(in: source.range)))) }
        return lines.joined(separator: "\n")
    }

    /// The entry's date with its year when the date leaves it out (`29 Sept` of 2015).
    private static func fullDate(_ source: Source) -> String? {
        guard let date = source.date else { return source.year }
        guard let year = source.year, !date.contains(year) else { return date }
        return "\(date) \(year)"
    }

    private func entryHover(_ source: Int) -> String {
        let citing = source < citations.citingNotes.count ? citations.citingNotes[source] : []
        let labels = citing.map { display(parsed.notes[$0].label) }
        let count: String
        switch labels.count {
        case 0: count = "Cited by no note."
        case 1: count = "Cited by 1 note: \(labels[0])."
        default: count = "Cited by \(labels.count) notes: \(labels.joined(separator: ", "))."
        }
        return ["**Bibliography entry**", sourceCard(citations.sources[source]), count].joined(separator: "\n\n")
    }
}

/// Text made safe and compact for Markdown hovers.
enum MarkdownText {
    /// Runs of white space (line breaks included) as one space.
    static func collapsed(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Backslash-escapes the characters Markdown would read as markup.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
