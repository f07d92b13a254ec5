import BriefAnalysis

/// Writes the notes of a generated brief from their plans, choosing which source each note
/// cites and in which form, the way a writer does: a source's first citation is full, later
/// ones mostly short, and a note citing the same single source as the one before is `Ibid.`
struct NoteWriter {
    var sources: [GeneratedSource]
    var phantoms: [GeneratedSource]
    var kind: DocumentKind

    private var introduced = 0
    private var citedOnce: [Bool]
    private var citedFull: [Bool]

    init(sources: [GeneratedSource], phantoms: [GeneratedSource], kind: DocumentKind) {
        self.sources = sources
        self.phantoms = phantoms
        self.kind = kind
        citedOnce = Array(repeating: false, count: sources.count)
        citedFull = Array(repeating: false, count: sources.count)
    }

    static let commentary = [
        "This point is developed further in the section on energy markets below.",
        "The figures given here are the ministry’s own and could not be checked independently.",
        "On the earlier agreement, see the discussion in the second part of this brief.",
        "Several officials spoke on condition of anonymity; their accounts broadly agree.",
        "The translation is the author’s own.",
    ]

    /// The notes section: one `[n] …` line (or `[^n]: …` definition) per defined note.
    mutating func write(_ plans: inout [NotePlan], random: inout SeededRandom) -> String {
        var out = ""
        out.reserveCapacity(plans.count * 160)
        // How many sources the previous note resolves to (Ibid. inherits), and whether it
        // exists: a random Ibid. follows only a defined note that resolves to exactly one.
        var previousSourceCount = 0
        var previousDefined = false
        for index in plans.indices {
            if !plans[index].isForced, previousDefined, previousSourceCount == 1, random.chance(0.15) {
                plans[index].content = .ibid(random.pick(["Ibid.", "Ibid.", "Ibid., \(random.within(2...300)).", "ibid."]))
            } else if !plans[index].isForced {
                let roll = random.below(100)
                plans[index].content = roll < 5 ? .commentary : roll < 10 ? .double : .single
            }
            let plan = plans[index]
            var body: String
            switch plan.content {
            case .commentary:
                body = random.pick(Self.commentary)
                previousSourceCount = 0
            case .ibid(let spelling):
                body = spelling
            case .single:
                let source = chooseSource(at: index, of: plans.count, random: &random)
                body = cite(source, plan: plan, random: &random) + "."
                previousSourceCount = 1
            case .double:
                let first = chooseSource(at: index, of: plans.count, random: &random)
                var second = chooseSource(at: index, of: plans.count, random: &random)
                if second == first { second = (first + 1) % sources.count }
                body = cite(first, plan: plan, random: &random) + "; " + cite(second, plan: plan, random: &random) + "."
                previousSourceCount = 2
            case .phantom(let phantom):
                body = phantoms[phantom % max(1, phantoms.count)].fullCitation(page: nil) + "."
                previousSourceCount = 1
            }
            if plan.unbalanced, body.hasSuffix(".") { body.removeLast(); body += ")." }
            if plan.emptyElement, body.hasSuffix(".") { body.removeLast(); body += ", ." }
            if random.chance(0.08), case .single = plan.content {
                body += " " + random.pick(Self.commentary)
            }
            previousDefined = plan.defined
            guard plan.defined else { continue }
            out += definition(label: index + 1, body: body, random: &random)
            if plan.definedTwice {
                out += definition(label: index + 1, body: random.pick(Self.commentary), random: &random)
            }
        }
        return out
    }

    private func definition(label: Int, body: String, random: inout SeededRandom) -> String {
        guard kind == .markdown else { return "[\(label)] \(body)\n\n" }
        // Long Markdown notes are wrapped onto indented continuation lines, as editors do.
        guard body.utf8.count > 140, random.chance(0.3) else { return "[^\(label)]: \(body)\n\n" }
        var lines: [String] = []
        var line = ""
        for word in body.split(separator: " ") {
            if line.utf8.count > 70 { lines.append(line); line = "" }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return "[^\(label)]: " + lines.joined(separator: "\n    ") + "\n\n"
    }

    /// Keeps the introduction of new sources on schedule so that every source is cited, and
    /// otherwise prefers recently cited sources, as a brief's argument moves on.
    private mutating func chooseSource(at index: Int, of count: Int, random: inout SeededRandom) -> Int {
        if introduced < sources.count, introduced * count <= index * sources.count || random.chance(0.05) || introduced == 0 {
            introduced += 1
            return introduced - 1
        }
        if random.chance(0.7) {
            return introduced - 1 - random.below(min(20, introduced))
        }
        return random.below(introduced)
    }

    private mutating func cite(_ index: Int, plan: NotePlan, random: inout SeededRandom) -> String {
        let source = sources[index]
        let page = random.within(1...400)
        let full: Bool
        if plan.dateDisagrees {
            full = true
        } else if !citedOnce[index] {
            full = !source.shortFormFirst
        } else if source.shortFormFirst, !citedFull[index] {
            full = true
        } else {
            full = random.chance(0.35)
        }
        citedOnce[index] = true
        if full {
            citedFull[index] = true
            return source.fullCitation(dayShift: plan.dateDisagrees ? 3 : 0, page: random.chance(0.5) ? page : nil)
        }
        return source.shortCitation(page: page, quoted: random.chance(0.5))
    }
}
