/// Tells a note that is pure commentary (spec §3: "no author-like name, no quoted title")
/// from one that cites a source the parser could not read: a book with its title in lost
/// italics, a case, a statute, a web page, an interview. BRF010 is an error, so only a note
/// that is plainly commentary counts as citing nothing; anything a citation could be made
/// of (a number, a quotation mark, a link, `v.`, a name opening the note) gives it the
/// benefit of the doubt. Runs only for a note that an `Ibid.` follows and that yielded no
/// citation, so it favours clarity over speed.
enum CommentaryNote {
    static func isCommentary(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
        let body = ByteScan.trimmed(bytes, range)
        guard body.length > 0, !hasCitationMark(bytes, body), !opensWithName(bytes, body) else { return false }
        return !hasSourceWord(bytes, body)
    }

    /// Digits (years, pages, volumes, statute numbers), quotation marks of any kind, italic
    /// and link marks, web addresses, and the `v.` of a case.
    private static func hasCitationMark(_ bytes: UnsafeBufferPointer<UInt8>, _ body: TextRange) -> Bool {
        var index = body.lowerBound
        while index < body.upperBound {
            let byte = bytes[index]
            switch byte {
            case 0x30...0x39, UInt8(ascii: "\""), UInt8(ascii: "_"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "<"),
                 UInt8(ascii: "/"):
                return true
            case 0xC2:
                // `§` and `«`.
                if index + 1 < body.upperBound, bytes[index + 1] == 0xA7 || bytes[index + 1] == 0xAB { return true }
            case UInt8(ascii: "'"):
                // An apostrophe inside a word (`minister's`) is no quotation mark.
                if index == body.lowerBound || !ByteScan.isASCIILetter(bytes[index - 1]) { return true }
            case 0xE2:
                // “ ” ‘ „ (but not ’, the apostrophe) and the dashes of `———` stand for sources.
                if index + 2 < body.upperBound, bytes[index + 1] == 0x80,
                   [0x9C, 0x9D, 0x98, 0x9E, 0x94].contains(bytes[index + 2]) {
                    return true
                }
            case UInt8(ascii: "v"):
                // ` v. ` or ` v ` between parties: `Youngstown Sheet & Tube Co. v. Sawyer`.
                if index > body.lowerBound, bytes[index - 1] == 0x20, index + 1 < body.upperBound,
                   bytes[index + 1] == 0x20 || (bytes[index + 1] == UInt8(ascii: ".") && index + 2 < body.upperBound
                                                && bytes[index + 2] == 0x20) {
                    return true
                }
            case UInt8(ascii: "w"), UInt8(ascii: "W"):
                if index + 4 <= body.upperBound, ByteScan.hasPrefix(bytes, "www.", at: index) { return true }
            default:
                break
            }
            index += 1
        }
        return false
    }

    /// A note that opens with capitalised words and then a comma or a period (`Eyler, Last
    /// Days`, `Amnesty International. Greece…`, `World Bank, World Development Report`):
    /// an author, unless the first word is one prose opens with (`However,`, `The …`).
    private static func opensWithName(_ bytes: UnsafeBufferPointer<UInt8>, _ body: TextRange) -> Bool {
        var index = body.lowerBound
        var words = 0
        while index < body.upperBound {
            let byte = bytes[index]
            if byte == 0x20 || byte == UInt8(ascii: "&") { index += 1; continue }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") { return words > 0 }
            guard ByteScan.isWordByte(byte) else { return false }
            let end = ByteScan.wordEnd(bytes, from: index, end: body.upperBound)
            guard end > index else { return false }
            let word = TextRange(index, end)
            if words == 0 {
                guard ByteScan.isCapitalised(bytes, word), !isProseOpener(bytes, word) else { return false }
            } else if !ByteScan.isCapitalised(bytes, word), !ByteScan.isNameConnector(bytes, word), !isOrganisationLink(bytes, word) {
                return false
            }
            words += 1
            if words > 8 { return false }
            index = end
        }
        return false
    }

    /// Lower-case words inside an organisation's name: `Bank for International Settlements`.
    private static func isOrganisationLink(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange) -> Bool {
        ByteScan.word(bytes, word, equals: "for") || ByteScan.word(bytes, word, equals: "of")
            || ByteScan.word(bytes, word, equals: "the") || ByteScan.word(bytes, word, equals: "on")
    }

    private static func isProseOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange) -> Bool {
        for candidate: StaticString in [
            "the", "a", "an", "in", "on", "at", "as", "for", "from", "by", "to", "but", "and", "or", "this", "that", "these",
            "those", "with", "of", "if", "when", "while", "after", "before", "here", "there", "it", "he", "she", "they",
            "we", "i", "you", "his", "her", "its", "their", "our", "my", "one", "however", "moreover", "indeed", "thus",
            "still", "yet", "also", "nonetheless", "nevertheless", "similarly", "again", "finally", "first", "second",
            "third", "notably", "instead", "meanwhile", "today", "recently", "importantly", "ultimately", "overall",
            "elsewhere", "therefore", "furthermore", "likewise", "specifically", "unfortunately", "admittedly",
            "arguably", "clearly", "besides", "otherwise", "hence", "accordingly", "consequently", "previously",
            "later", "earlier", "then", "now", "rather", "conversely", "alternatively", "additionally", "interestingly",
            "surprisingly", "note", "yes", "no", "not", "some", "many", "most", "all", "several", "such", "so",
        ] where ByteScan.word(bytes, word, equals: candidate) {
            return true
        }
        return false
    }

    /// Words that name a kind of source: `Interview with…`, `press release`, `Speech to…`.
    private static func hasSourceWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: TextRange) -> Bool {
        var index = body.lowerBound
        while index < body.upperBound {
            guard ByteScan.isASCIILetter(bytes[index]) else { index += 1; continue }
            let end = ByteScan.wordEnd(bytes, from: index, end: body.upperBound)
            let word = TextRange(index, max(end, index + 1))
            for candidate: StaticString in ["interview", "interviews", "press", "speech", "remarks", "testimony",
                                            "correspondence", "letter", "email", "e-mail", "conversation", "communication",
                                            "http", "https", "doi", "ibid", "op", "cit", "loc", "supra", "infra", "id"]
            where ByteScan.word(bytes, word, equals: candidate) {
                return true
            }
            index = word.upperBound
        }
        return false
    }
}
