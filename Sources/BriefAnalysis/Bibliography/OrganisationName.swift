/// Tells an organisation written as an author (`World Bank`, `Amnesty International`,
/// `U.S. Department of State`, `Bank for International Settlements`) from a person written
/// given name first (`MICHAEL R. GORDON`, `Jane Doe`). An organisation has no surname to
/// invert: it is written, sorted and shown as it stands (spec §4 BRF041 is about persons).
enum OrganisationName {
    /// True when the names in `range` are one organisation: no comma or semicolon among
    /// them (`Surname, Given` is a person), and a lower-case linking word (`of`, `for`),
    /// a word that names a body (`Bank`, `Commission`, `Institute`…), or four or more
    /// capitalised words without an initial; no other lower-case word.
    static func isOrganisation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
        // Most entries name a person surname first: the comma settles it without reading words.
        for offset in range.lowerBound..<range.upperBound where bytes[offset] == UInt8(ascii: ",") || bytes[offset] == UInt8(ascii: ";") {
            return false
        }
        var index = range.lowerBound
        var capitalised = 0
        var sawInitial = false
        var sawLink = false
        var sawBody = false
        while index < range.upperBound {
            let byte = bytes[index]
            guard ByteScan.isWordByte(byte) else { index += 1; continue }
            let end = ByteScan.wordEnd(bytes, from: index, end: range.upperBound)
            guard end > index else { index += 1; continue }
            let word = TextRange(index, end)
            if ByteScan.isCapitalised(bytes, word) {
                capitalised += 1
                if word.length <= 1 || (end < range.upperBound && bytes[end] == UInt8(ascii: ".") && word.length <= 2) {
                    // `U.S.` is an abbreviation in an organisation's name, `R.` an initial.
                    if !(end + 1 < range.upperBound && ByteScan.isUpper(bytes[end + 1])) { sawInitial = true }
                }
                // `G20`, `C40`: a name with a number is a body's.
                if end < range.upperBound, ByteScan.isDigit(bytes[end]) { sawBody = true }
                if !sawBody, !sawLink, isBodyWord(bytes, word) { sawBody = true }
            } else if isLinkWord(bytes, word) {
                sawLink = true
            } else if !ByteScan.isNameConnector(bytes, word) {
                // Prose (`According to officials of the Bank`), not a name.
                return false
            }
            index = end
        }
        guard capitalised > 0 else { return false }
        return sawLink || sawBody || (capitalised >= 4 && !sawInitial)
    }

    /// Lower-case words that link the words of a body's name (`Bank for International
    /// Settlements`, `Reporters sans frontières`, `Stiftung für …`) and never stand between a
    /// person's names, as particles (`van der`, `des`) do.
    private static func isLinkWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange) -> Bool {
        for candidate: StaticString in ["of", "for", "on", "the", "sans", "pour", "für", "und", "para"]
        where ByteScan.word(bytes, word, equals: candidate) {
            return true
        }
        return false
    }

    /// Words that name a body rather than a person.
    private static func isBodyWord(_ bytes: UnsafeBufferPointer<UInt8>, _ word: TextRange) -> Bool {
        guard word.length >= 3 else { return false }
        for candidate: StaticString in [
            "bank", "international", "organization", "organisation", "department", "ministry", "commission", "council",
            "institute", "institution", "agency", "office", "association", "foundation", "fund", "programme", "program",
            "committee", "union", "nations", "group", "forum", "centre", "center", "board", "authority", "service",
            "services", "network", "society", "trust", "bureau", "parliament", "government", "court", "corporation",
            "company", "university", "school", "college", "register", "watch", "project", "initiative", "alliance",
            "federation", "coalition", "partnership", "secretariat", "assembly", "congress", "senate", "administration",
            "reserve", "research", "press", "times", "news", "reuters", "economist", "post", "journal", "review",
            "magazine", "observatory", "laboratory", "tribunal", "treasury", "statistics", "office", "house",
            "inc", "ltd", "llc", "plc", "gmbh", "party", "movement", "campaign", "consortium", "club", "league",
            "unit", "directorate", "division", "panel", "team", "conference", "summit", "system", "systems",
            // `FEWS NET`; the same bodies named in French, Spanish, Italian, Portuguese, German.
            "net", "frontières", "frontieres", "banque", "banco", "institut", "instituto", "istituto", "fondation",
            "fundación", "fundacion", "fondazione", "stiftung", "ministère", "ministerio", "ministero", "agence",
            "agencia", "conseil", "consejo", "comité", "comisión", "comision", "organización", "organizacion",
            "université", "universidad", "università", "universität", "gesellschaft", "verband", "observatoire",
        ] where ByteScan.word(bytes, word, equals: candidate) {
            return true
        }
        return false
    }
}
