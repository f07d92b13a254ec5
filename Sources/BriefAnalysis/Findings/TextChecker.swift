/// BRF030, BRF031 and BRF033 on one note or entry, in a single pass over its bytes:
/// marks that do not pair up, empty elements, ambiguous all-numeric dates.
enum TextChecker {
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ findings: inout [Finding]) {
        var parens = 0
        var brackets = 0
        var quotes = 0
        var lowQuotes = 0
        var straight = -1
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            // Letters and spaces, most of any text, need no look.
            let folded = byte | 0x20
            if (folded >= 0x61 && folded <= 0x7A) || byte == 0x20 {
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "("): parens += 1
            case UInt8(ascii: ")"):
                if parens > 0 {
                    parens -= 1
                } else if !isEnumerator(bytes, before: index, start: range.lowerBound) {
                    unbalanced(TextRange(index, index + 1), "closing parenthesis", "opening", &findings)
                }
            case UInt8(ascii: "["): brackets += 1
            case UInt8(ascii: "]"):
                if brackets > 0 { brackets -= 1 } else { unbalanced(TextRange(index, index + 1), "closing bracket", "opening", &findings) }
            case 0x22: straight = straight < 0 ? index : -1
            case 0xE2:
                // German „…“: the low mark opens, and the `“` after it closes.
                if index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9E {
                    lowQuotes += 1
                    index += 3
                    continue
                }
                if let quote = ByteScan.quote(bytes, at: index, end: end) {
                    if quote == .curlyOpen, lowQuotes > 0 {
                        lowQuotes -= 1
                    } else if quote == .curlyOpen {
                        quotes += 1
                    } else if quote == .curlyClose {
                        if quotes > 0 { quotes -= 1 } else { unbalanced(TextRange(index, index + 3), "closing quotation mark", "opening", &findings) }
                    }
                    index += 3
                    continue
                }
            case UInt8(ascii: ","):
                index = emptyElement(bytes, comma: index, end: end, &findings)
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                index = numericDate(bytes, at: index, range: range, &findings)
                continue
            default: break
            }
            index += 1
        }
        if parens > 0 { unmatchedOpens(bytes, range, open: UInt8(ascii: "("), close: UInt8(ascii: ")"), "opening parenthesis", &findings) }
        if brackets > 0 { unmatchedOpens(bytes, range, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), "opening bracket", &findings) }
        if quotes > 0 { unmatchedQuotes(bytes, range, &findings) }
        if straight >= 0 { unbalanced(TextRange(straight, straight + 1), "quotation mark", "matching", &findings) }
    }

    private static func unbalanced(_ range: TextRange, _ what: String, _ partner: String, _ findings: inout [Finding]) {
        findings.append(Finding(.unbalanced, range, "This \(what) has no \(partner) partner"))
    }

    /// The opens left unclosed, found by walking back from the end: an open with no close
    /// after it to pair with. (Closes without an open only occur where all before is balanced.)
    private static func unmatchedOpens(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, open: UInt8, close: UInt8,
                                       _ what: String, _ findings: inout [Finding]) {
        var pending = 0
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            if bytes[index] == close {
                pending += 1
            } else if bytes[index] == open {
                if pending > 0 { pending -= 1 } else { unbalanced(TextRange(index, index + 1), what, "closing", &findings) }
            }
        }
    }

    private static func unmatchedQuotes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ findings: inout [Finding]) {
        var pending = 0
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            guard bytes[index] == 0xE2, let quote = ByteScan.quote(bytes, at: index, end: range.upperBound) else { continue }
            if quote == .curlyClose {
                pending += 1
            } else if quote == .curlyOpen {
                if pending > 0 { pending -= 1 } else { unbalanced(TextRange(index, index + 3), "opening quotation mark", "closing", &findings) }
            }
        }
    }

    /// `a)` after a space, or `2)` opening a line: a list item, which needs no opening
    /// parenthesis. (A page number, `…, 32).`, is not one.)
    private static func isEnumerator(_ bytes: UnsafeBufferPointer<UInt8>, before close: Int, start: Int) -> Bool {
        var index = close
        while index > start, ByteScan.isASCIILetter(bytes[index - 1]) || ByteScan.isDigit(bytes[index - 1]), close - index < 3 { index -= 1 }
        let length = close - index
        guard length >= 1, length <= 2 else { return false }
        let atLineStart = index == start || bytes[index - 1] == 0x0A || bytes[index - 1] == 0x0D
        if ByteScan.isDigit(bytes[index]) { return atLineStart && (length == 1 || ByteScan.isDigit(bytes[index + 1])) }
        return length == 1 && (atLineStart || ByteScan.isWhitespace(bytes[index - 1]))
    }

    /// BRF031 at a comma: `, .`, `,,`, `, ,` (not the ellipsis of `, ...` nor `, .5`).
    /// Returns where to continue.
    private static func emptyElement(_ bytes: UnsafeBufferPointer<UInt8>, comma: Int, end: Int, _ findings: inout [Finding]) -> Int {
        var next = comma + 1
        while next < end, ByteScan.isSpace(bytes[next]) { next += 1 }
        guard next < end else { return end }
        let byte = bytes[next]
        let isPeriod = byte == UInt8(ascii: ".")
        let followed = next + 1 < end ? bytes[next + 1] : 0x20
        guard byte == UInt8(ascii: ",") || (isPeriod && followed != UInt8(ascii: ".") && !ByteScan.isDigit(followed)) else { return next }
        // `,,` inside a web address is part of it.
        if next == comma + 1, isInWebAddress(bytes, comma) { return next }
        let what = isPeriod ? "before the final period" : "between two commas"
        findings.append(Finding(.emptyElement, TextRange(comma, next + 1),
                                "Empty element \(what): something is missing here, or a separator is one too many"))
        return isPeriod ? next + 1 : next
    }

    /// True when the text from the last white space before `offset` starts `http://`,
    /// `https://` or `www.`.
    private static func isInWebAddress(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var start = offset
        while start > 0, offset - start < 2048, !ByteScan.isWhitespace(bytes[start - 1]) { start -= 1 }
        if start < bytes.count, bytes[start] == UInt8(ascii: "<") || bytes[start] == UInt8(ascii: "(") { start += 1 }
        return ByteScan.hasPrefix(bytes, "http://", at: start) || ByteScan.hasPrefix(bytes, "https://", at: start)
            || ByteScan.hasPrefix(bytes, "www.", at: start)
    }

    /// BRF033 at a digit: `01/10/2015`, read as 1 October or January 10. Returns where to
    /// continue (past the number).
    private static func numericDate(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, range: TextRange, _ findings: inout [Finding]) -> Int {
        var index = start
        while index < range.upperBound, ByteScan.isDigit(bytes[index]) { index += 1 }
        let atWordStart = start == range.lowerBound || !(ByteScan.isWordByte(bytes[start - 1]) || ByteScan.isDigit(bytes[start - 1]))
        guard atWordStart, index - start <= 2, index + 1 < range.upperBound, bytes[index] == UInt8(ascii: "/")
                || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "."), ByteScan.isDigit(bytes[index + 1]) else {
            return index
        }
        guard let date = DateReader.numericDate(bytes, at: start, end: range.upperBound) else { return index }
        if date.value.isAmbiguous, let first = date.value.day, let second = date.value.month {
            let year = date.value.year.map { " \($0)" } ?? ""
            let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[date.range.lowerBound..<date.range.upperBound]), as: UTF8.self)
            findings.append(Finding(
                .ambiguousDate, date.range,
                "“\(written)” can be read as \(first) \(DateReader.monthName(second)) or \(second) \(DateReader.monthName(first)); "
                    + "write the month as a word, e.g. \(first) \(DateReader.monthName(second))\(year)"))
        }
        return date.range.upperBound
    }
}
