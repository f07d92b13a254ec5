/// A calendar date as written; `numeric` dates keep their two leading numbers in the order
/// written (`01/10/2015` → first 1, second 10), since which is the day is unknown.
struct DateValue: Equatable {
    var day: Int?
    var month: Int?
    var year: Int?
    /// True for an all-numeric date (`01/10/2015`): `day` holds the first number and
    /// `month` the second.
    var numeric = false

    /// True when both dates name a component and they differ; a date written in another
    /// form (`29 Sept` beside `September 29, 2015`) is the same date.
    func disagrees(with other: DateValue) -> Bool {
        if numeric != other.numeric {
            // `01/10/2015` beside `1 October 2015`: compare only when the order could be
            // read either way; then any reading that agrees counts as agreement.
            let (numeric, named) = self.numeric ? (self, other) : (other, self)
            if let year = numeric.year, let otherYear = named.year, year != otherYear { return true }
            guard let day = named.day, let month = named.month, let first = numeric.day, let second = numeric.month else { return false }
            return !((first == day && second == month) || (first == month && second == day))
        }
        if let day, let otherDay = other.day, day != otherDay { return true }
        if let month, let otherMonth = other.month, month != otherMonth { return true }
        if let year, let otherYear = other.year, year != otherYear { return true }
        return false
    }

    /// True for a numeric date whose first two numbers could each be the month.
    var isAmbiguous: Bool {
        guard numeric, let first = day, let second = month else { return false }
        return first >= 1 && first <= 12 && second >= 1 && second <= 12 && first != second
    }
}

/// A date found in text.
struct FoundDate {
    var range: TextRange
    var value: DateValue
}

/// Reads dates: `29 Sept`, `27 Sept, 2015`, `September 29, 2015`, `March 1995`,
/// `01/10/2015`, `2015-10-01`.
enum DateReader {
    /// Every date in `range`, in order.
    static func all(_ bytes: UnsafeBufferPointer<UInt8>, in range: TextRange) -> [FoundDate] {
        var dates: [FoundDate] = []
        scan(bytes, in: range, numericOnly: false) { dates.append($0) }
        return dates
    }

    /// The last date in `range` that is not an access date (`accessed 2 March 2022`): the
    /// date a work was read says nothing of when it was published.
    static func last(_ bytes: UnsafeBufferPointer<UInt8>, in range: TextRange) -> FoundDate? {
        var last: FoundDate?
        scan(bytes, in: range, numericOnly: false) { date in
            if !isAccessDate(bytes, date.range.lowerBound, from: range.lowerBound) { last = date }
        }
        return last
    }

    /// True when the word before `start` (past spaces, `(`, `:`, `,` and an `on`) is
    /// `accessed`, `retrieved`, `viewed`, `consulted`, `visited` or `modified`.
    static func isAccessDate(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, from lower: Int) -> Bool {
        var index = start
        var skippedOn = false
        while true {
            while index > lower, ByteScan.isWhitespace(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "(")
                    || bytes[index - 1] == UInt8(ascii: ":") || bytes[index - 1] == UInt8(ascii: ",") { index -= 1 }
            // Every word looked for ends in `d` (or is `on`): most dates stop here.
            guard index > lower, ByteScan.lowered(bytes[index - 1]) == UInt8(ascii: "d")
                    || (!skippedOn && ByteScan.lowered(bytes[index - 1]) == UInt8(ascii: "n")) else { return false }
            var wordStart = index
            while wordStart > lower, ByteScan.isASCIILetter(bytes[wordStart - 1]) { wordStart -= 1 }
            let word = TextRange(wordStart, index)
            guard word.length >= 2 else { return false }
            if !skippedOn, ByteScan.word(bytes, word, equals: "on") {
                skippedOn = true
                index = wordStart
                continue
            }
            for candidate: StaticString in ["accessed", "retrieved", "viewed", "consulted", "visited", "modified", "updated"]
            where ByteScan.word(bytes, word, equals: candidate) {
                return true
            }
            return false
        }
    }

    /// Calls `visit` with each date in `range`; with `numericOnly`, only all-numeric dates
    /// (`01/10/2015`, `2015-10-01`) are looked for.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, in range: TextRange, numericOnly: Bool, _ visit: (FoundDate) -> Void) {
        var index = range.lowerBound
        let end = range.upperBound
        // J F M A S O N D as bits of the capitals, `A` first.
        let monthInitials: UInt32 = 1 << 9 | 1 << 5 | 1 << 12 | 1 << 0 | 1 << 18 | 1 << 14 | 1 << 13 | 1 << 3
        while index < end {
            // Only a digit or a capital starts a date: skip eight other bytes at a time.
            index = ByteScan.nextStop(bytes, from: index, end: end) { word in
                ByteScan.asciiBytes(word, from: 0x30, through: 0x39) | (numericOnly ? 0 : ByteScan.asciiBytes(word, from: 0x41, through: 0x5A))
            }
            guard index < end else { break }
            let byte = bytes[index]
            // Lower-case letters and spaces start no date.
            if (byte >= 0x61 && byte <= 0x7A) || byte == 0x20 {
                index += 1
                continue
            }
            let isDigit = ByteScan.isDigit(byte)
            guard isDigit || (!numericOnly && ByteScan.isUpper(byte)) else { index += 1; continue }
            // A capital that starts no month's name (`The`, `World`) starts no date.
            guard isDigit || (monthInitials >> UInt32(byte - 0x41)) & 1 == 1 else { index += 1; continue }
            let atWordStart = index == range.lowerBound || !(ByteScan.isWordByte(bytes[index - 1]) || ByteScan.isDigit(bytes[index - 1]))
            if atWordStart, let date = isDigit ? readNumberFirst(bytes, at: index, end: end, numericOnly: numericOnly)
                                               : read(bytes, at: index, end: end) {
                visit(date)
                index = date.range.upperBound
                continue
            }
            index += 1
            // The rest of a number (`187`) starts no date: a digit precedes each of its digits.
            if isDigit {
                while index < end, ByteScan.isDigit(bytes[index]) { index += 1 }
            }
        }
    }

    /// The all-numeric date starting at `start` (`01/10/2015`, `2015-10-01`), if one does.
    static func numericDate(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> FoundDate? {
        readNumberFirst(bytes, at: start, end: end, numericOnly: true)
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> FoundDate? {
        guard let (month, wordEnd) = monthName(bytes, at: start, end: end) else { return nil }
        var index = wordEnd
        if index < end, bytes[index] == UInt8(ascii: ".") { index += 1 }
        while index < end, ByteScan.isWhitespace(bytes[index]) { index += 1 }
        guard let (number, numberEnd) = number(bytes, at: index, end: end) else { return nil }
        if numberEnd - index == 4, ByteScan.isYear(bytes, at: index, end: end) {
            return FoundDate(range: TextRange(start, numberEnd), value: DateValue(day: nil, month: month, year: number))
        }
        guard numberEnd - index <= 2, number >= 1, number <= 31 else {
            return nil
        }
        var date = FoundDate(range: TextRange(start, numberEnd), value: DateValue(day: number, month: month, year: nil))
        if let (year, yearEnd) = trailingYear(bytes, at: numberEnd, end: end) {
            date.value.year = year
            date.range.upperBound = yearEnd
        }
        return date
    }

    private static func readNumberFirst(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, numericOnly: Bool) -> FoundDate? {
        guard let (first, firstEnd) = number(bytes, at: start, end: end) else { return nil }
        let digits = firstEnd - start
        if firstEnd < end, digits <= 4, isSeparator(bytes[firstEnd]) {
            let separator = bytes[firstEnd]
            guard let (second, secondEnd) = number(bytes, at: firstEnd + 1, end: end), secondEnd - firstEnd - 1 <= 2,
                  secondEnd < end, bytes[secondEnd] == separator,
                  let (third, thirdEnd) = number(bytes, at: secondEnd + 1, end: end) else { return nil }
            let thirdDigits = thirdEnd - secondEnd - 1
            if thirdEnd < end, ByteScan.isDigit(bytes[thirdEnd]) || isSeparator(bytes[thirdEnd]) && thirdEnd + 1 < end && ByteScan.isDigit(bytes[thirdEnd + 1]) {
                return nil
            }
            let range = TextRange(start, thirdEnd)
            if digits == 4, thirdDigits <= 2 {
                return FoundDate(range: range, value: DateValue(day: third, month: second, year: first))
            }
            guard digits <= 2, thirdDigits == 2 || thirdDigits == 4, first >= 1, second >= 1, first <= 31, second <= 31 else { return nil }
            let year = thirdDigits == 4 ? third : 2000 + third
            return FoundDate(range: range, value: DateValue(day: first, month: second, year: year, numeric: true))
        }
        guard !numericOnly, digits <= 2, first >= 1, first <= 31 else { return nil }
        var index = firstEnd
        while index < end, ByteScan.isWhitespace(bytes[index]) { index += 1 }
        guard index > firstEnd, let (month, monthEnd) = monthName(bytes, at: index, end: end) else { return nil }
        var date = FoundDate(range: TextRange(start, monthEnd), value: DateValue(day: first, month: month, year: nil))
        var afterMonth = monthEnd
        if afterMonth < end, bytes[afterMonth] == UInt8(ascii: ".") { afterMonth += 1 }
        if let (year, yearEnd) = trailingYear(bytes, at: afterMonth, end: end) {
            date.value.year = year
            date.range.upperBound = yearEnd
        }
        return date
    }

    /// `, 2015` or ` 2015` after a day or month.
    @inline(__always)
    private static func trailingYear(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (Int, Int)? {
        var index = start
        if index < end, bytes[index] == UInt8(ascii: ",") { index += 1 }
        let spaceStart = index
        while index < end, ByteScan.isWhitespace(bytes[index]) { index += 1 }
        guard index > spaceStart, ByteScan.isYear(bytes, at: index, end: end),
              let (year, yearEnd) = number(bytes, at: index, end: end), yearEnd - index == 4 else { return nil }
        return (year, yearEnd)
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    @inline(__always)
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (Int, Int)? {
        var index = start
        var value = 0
        while index < end, ByteScan.isDigit(bytes[index]), index - start < 4 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        guard index > start, index >= end || !ByteScan.isDigit(bytes[index]) else { return nil }
        return (value, index)
    }

    /// The month named by the capitalised word at `start` (`Sept`, `September`, `Oct`), and
    /// the end of the word.
    private static func monthName(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (Int, Int)? {
        guard start + 3 <= end, ByteScan.isUpper(bytes[start]) else { return nil }
        let month: Int
        let full: StaticString
        // The first three letters in lower case, packed as ``ByteScan/packed(_:)`` packs them.
        let prefix = UInt64(bytes[start] | 0x20) | UInt64(bytes[start + 1] | 0x20) << 8 | UInt64(bytes[start + 2] | 0x20) << 16
        switch prefix {
        case ByteScan.packed("jan"): (month, full) = (1, "january")
        case ByteScan.packed("feb"): (month, full) = (2, "february")
        case ByteScan.packed("mar"): (month, full) = (3, "march")
        case ByteScan.packed("apr"): (month, full) = (4, "april")
        case ByteScan.packed("may"): (month, full) = (5, "may")
        case ByteScan.packed("jun"): (month, full) = (6, "june")
        case ByteScan.packed("jul"): (month, full) = (7, "july")
        case ByteScan.packed("aug"): (month, full) = (8, "august")
        case ByteScan.packed("sep"): (month, full) = (9, "september")
        case ByteScan.packed("oct"): (month, full) = (10, "october")
        case ByteScan.packed("nov"): (month, full) = (11, "november")
        case ByteScan.packed("dec"): (month, full) = (12, "december")
        default: return nil
        }
        // Most capitalised words are no month: the three letters above settle them first.
        var wordEnd = start
        while wordEnd < end, ByteScan.isASCIILetter(bytes[wordEnd]) { wordEnd += 1 }
        let length = wordEnd - start
        guard length >= 3, length <= 9, wordEnd >= end || !ByteScan.isWordByte(bytes[wordEnd]) else { return nil }
        if length == 3 || (month == 9 && length == 4 && ByteScan.lowered(bytes[start + 3]) == 0x74) {
            return (month, wordEnd)
        }
        guard length == full.utf8CodeUnitCount, ByteScan.hasPrefix(bytes, full, at: start) else { return nil }
        return (month, wordEnd)
    }

    /// `October` for 10; the number itself when out of range.
    static func monthName(_ month: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return month >= 1 && month <= 12 ? names[month - 1] : String(month)
    }
}
