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
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            let atWordStart = index == range.lowerBound || !(ByteScan.isWordByte(bytes[index - 1]) || ByteScan.isDigit(bytes[index - 1]))
            if atWordStart, ByteScan.isDigit(byte) || ByteScan.isUpper(byte), let date = read(bytes, at: index, end: end) {
                dates.append(date)
                index = date.range.upperBound
                continue
            }
            index += 1
        }
        return dates
    }

    /// The last date in `range`.
    static func last(_ bytes: UnsafeBufferPointer<UInt8>, in range: TextRange) -> FoundDate? {
        all(bytes, in: range).last
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> FoundDate? {
        if ByteScan.isDigit(bytes[start]) { return readNumberFirst(bytes, at: start, end: end) }
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

    private static func readNumberFirst(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> FoundDate? {
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
        guard digits <= 2, first >= 1, first <= 31 else { return nil }
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
        guard start < end, ByteScan.isUpper(bytes[start]) else { return nil }
        var wordEnd = start
        while wordEnd < end, ByteScan.isASCIILetter(bytes[wordEnd]) { wordEnd += 1 }
        let length = wordEnd - start
        guard length >= 3, length <= 9, wordEnd >= end || !ByteScan.isWordByte(bytes[wordEnd]) else { return nil }
        for (index, name) in months.enumerated() where length <= name.count {
            if length != name.count, length != 3, !(index == 8 && length == 4) { continue }
            var matches = true
            for offset in 0..<length where ByteScan.lowered(bytes[start + offset]) != name[offset] {
                matches = false
                break
            }
            if matches { return (index + 1, wordEnd) }
        }
        return nil
    }

    /// `October` for 10; the number itself when out of range.
    static func monthName(_ month: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return month >= 1 && month <= 12 ? names[month - 1] : String(month)
    }

    private static let months: [[UInt8]] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ].map { Array($0.utf8) }
}
