/// One author of a generated source.
struct GeneratedAuthor {
    var given: String
    var surname: String
}

/// A source of a generated brief and the ways a writer cites and lists it.
struct GeneratedSource {
    var authors: [GeneratedAuthor]
    var year: Int
    var title: String
    /// The first few title words, for short-form citations.
    var shortTitle: String
    var publication: String
    var section: String
    var day: Int
    var month: Int
    /// Written `MICHAEL R. GORDON` in the bibliography and the notes (BRF041).
    var capsGivenFirst = false
    /// The date written `01/10/2015` (BRF033).
    var numericDate = false
    /// The bibliography entry leaves out the year (BRF032).
    var missingYear = false
    /// Listed twice in the bibliography (BRF022).
    var listedTwice = false
    /// First cited in short form, before any full citation (BRF023).
    var shortFormFirst = false
    /// Cited but absent from the bibliography (BRF020), or listed but never cited (BRF021).
    var listed = true

    static func make(_ random: inout SeededRandom) -> GeneratedSource {
        let authorCount = random.chance(0.7) ? 1 : random.chance(0.5) ? 2 : random.within(3...5)
        var authors: [GeneratedAuthor] = []
        for _ in 0..<authorCount {
            authors.append(GeneratedAuthor(given: random.pick(WordPools.givenNames), surname: WordPools.surname(&random)))
        }
        var words: [String] = []
        let length = random.within(4...11)
        for index in 0..<length {
            if index > 0, index < length - 1, let last = words.last, !WordPools.titleGlue.contains(last), random.chance(0.25) {
                words.append(random.pick(WordPools.titleGlue))
            } else {
                words.append(random.pick(WordPools.titleWords))
            }
        }
        let title = words.joined(separator: " ")
        let shortTitle = words.prefix(min(words.count, random.within(2...4))).joined(separator: " ")
        return GeneratedSource(
            authors: authors, year: random.within(1995...2025), title: title, shortTitle: shortTitle,
            publication: random.pick(WordPools.publications), section: random.pick(WordPools.sections),
            day: random.within(1...28), month: random.below(12))
    }

    var firstSurname: String { authors.first?.surname ?? "Anonymous" }
    var firstGiven: String { authors.first?.given ?? "" }

    /// The date as written in notes and entries: `29 Sept.` or `01/10/2015`.
    func date(dayShift: Int = 0) -> String {
        let day = (day - 1 + dayShift) % 28 + 1
        if numericDate {
            let twoDigit = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
            return "\(twoDigit(day))/\(twoDigit(month + 1))/\(year)"
        }
        return "\(day) \(WordPools.months[month])"
    }

    /// `Surname, Given, Given2 Surname2, and Given3 Surname3.` (or the caps given-first shape).
    var entryAuthors: String {
        if capsGivenFirst {
            return authors.map { "\($0.given) \($0.surname)".uppercased() }.joined(separator: ", ")
        }
        var parts: [String] = []
        for (index, author) in authors.enumerated() {
            if index == 0 {
                parts.append("\(author.surname), \(author.given)")
            } else if index == authors.count - 1 {
                parts.append("and \(author.given) \(author.surname)")
            } else {
                parts.append("\(author.given) \(author.surname)")
            }
        }
        return parts.joined(separator: ", ")
    }

    /// The bibliography entry, as in the seed: `Surname, Given. Year. “Title.” Publication, date.`
    var entry: String {
        var text = entryAuthors
        if !text.hasSuffix(".") { text += "." }
        if !missingYear { text += " \(year)." }
        let date = date()
        text += " “\(title).” \(publication), \(date)" + (date.hasSuffix(".") ? "" : ".")
        return text
    }

    /// Authors as a note writes them: given name first, `and` for two, `et al.` for more.
    var noteAuthors: String {
        let name = { (author: GeneratedAuthor) in
            capsGivenFirst ? "\(author.given) \(author.surname)".uppercased() : "\(author.given) \(author.surname)"
        }
        switch authors.count {
        case 0: return "Anonymous"
        case 1: return name(authors[0])
        case 2: return "\(name(authors[0])) and \(name(authors[1]))"
        default: return "\(name(authors[0])) et al."
        }
    }

    /// `Given Surname, “Title,” Publication, sec. X, date, year.`
    func fullCitation(dayShift: Int = 0, page: Int?) -> String {
        var text = "\(noteAuthors), “\(title),” \(publication), sec. \(section), \(date(dayShift: dayShift))"
        if !numericDate { text += ", \(year)" }
        if let page { text += ", \(page)" }
        return text
    }

    /// `Surname, Short Title, 45.` (quoted in about half the notes, as writers vary).
    func shortCitation(page: Int, quoted: Bool) -> String {
        let surname = capsGivenFirst ? firstSurname.uppercased() : firstSurname
        return quoted ? "\(surname), “\(shortTitle),” \(page)" : "\(surname), \(shortTitle), \(page)"
    }
}
