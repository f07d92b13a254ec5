import BriefAnalysis

extension ParsedBrief {
    /// The parts of the brief as text, one per line (`note 1 @3:0 "[1]" → …`), for golden
    /// comparisons and readable failures.
    func structureDump(bodyPrefix: Int = 40) -> String {
        func at(_ range: TextRange) -> String {
            let position = text.position(of: range.lowerBound)
            return "\(position.line + 1):\(position.column + 1)"
        }
        func clip(_ range: TextRange) -> String {
            let whole = text.string(in: range).replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "⏎")
            return whole.count > bodyPrefix ? String(whole.prefix(bodyPrefix)) + "…" : whole
        }
        var lines: [String] = []
        if let title { lines.append("title \(at(title)) \(clip(title))") }
        for heading in headings { lines.append("heading \(heading.role.rawValue) \(at(heading.range)) \(clip(heading.range))") }
        for marker in markers {
            let target = marker.noteIndex.map { "note#\($0)" } ?? "undefined"
            lines.append("marker \(marker.label) \(at(marker.range)) → \(target)")
        }
        for (index, note) in notes.enumerated() {
            lines.append("note#\(index) \(note.style.rawValue) \(note.label) \(at(note.labelRange)) \(clip(note.bodyRange))")
        }
        for entry in bibliography { lines.append("entry \(at(entry)) \(clip(entry))") }
        if let byline { lines.append("byline \(at(byline)) \(clip(byline))") }
        if isReferenceList { lines.append("reference list") }
        return lines.joined(separator: "\n")
    }
}
