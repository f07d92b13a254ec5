import BriefAnalysis

/// Writes the running text of a generated brief: paragraphs of sentences, each ending with
/// one note marker, sized so that the whole brief reaches its target size. Markdown bodies
/// also carry headings, emphasis, links and code that holds marker-like text never to be read.
struct BodyWriter {
    var kind: DocumentKind
    var bytesPerMarker: Int

    mutating func write(plans: [NotePlan], random: inout SeededRandom) -> String {
        var order = Array(plans.indices)
        var index = 0
        while index + 1 < order.count {
            if plans[order[index]].markerAfterNext {
                order.swapAt(index, index + 1)
                index += 1
            }
            index += 1
        }
        var out = ""
        out.reserveCapacity(order.count * (bytesPerMarker + 8))
        var paragraph = 0
        var inParagraph = 0
        var sentencesInParagraph = random.within(3...7)
        for note in order {
            if inParagraph == 0, kind == .markdown, paragraph > 0, paragraph % 15 == 0 {
                out += "## \(random.pick(WordPools.titleWords)) and \(random.pick(WordPools.titleWords))\n\n"
            }
            if inParagraph == 0, kind == .markdown, paragraph == 7 {
                out += "```\nbrief-lsp check draft.md   # reports [^1] and [2] only outside code\n```\n\n"
            }
            if inParagraph > 0 { out += " " }
            let marker = kind == .markdown ? "[^\(note + 1)]" : "[\(note + 1)]"
            // The marker, the space before the sentence and about half a word of overshoot
            // count towards the sentence's share of the size.
            out += sentence(bytes: bytesPerMarker - marker.utf8.count - 5, random: &random)
            out += marker
            inParagraph += 1
            if inParagraph == sentencesInParagraph {
                out += "\n\n"
                paragraph += 1
                inParagraph = 0
                sentencesInParagraph = random.within(3...7)
            }
        }
        return out
    }

    private func sentence(bytes: Int, random: inout SeededRandom) -> String {
        let target = bytes * random.within(60...140) / 100
        var text = ""
        var first = true
        while text.utf8.count < target {
            if !first { text += " " }
            var word = random.pick(WordPools.bodyWords)
            if first, let initial = word.first {
                word = initial.uppercased() + word.dropFirst()
            }
            text += word
            first = false
            if random.chance(0.02) { text += extra(random: &random) }
        }
        return text + "."
    }

    /// Now and then something a parser must not take for a marker.
    private func extra(random: inout SeededRandom) -> String {
        switch kind {
        case .plain:
            return random.pick([" [a]", " [citation needed]", " [1-3]", " (2015)", " “so-called”"])
        case .markdown:
            return random.pick([" *in particular*", " `[^99]`", " [the report](https://example.org/report)", " **notably**", " [sic]"])
        }
    }
}
