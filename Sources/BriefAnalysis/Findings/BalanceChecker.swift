/// BRF030: parentheses, brackets and quotation marks that do not pair up in a note or entry.
enum BalanceChecker {
    private struct Open {
        var offset: Int
        var width: Int
    }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ findings: inout [Finding]) {
        var parens: [Open] = []
        var brackets: [Open] = []
        var quotes: [Open] = []
        var straight: Open?
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            if let quote = ByteScan.quote(bytes, at: index, end: end) {
                switch quote {
                case .curlyOpen: quotes.append(Open(offset: index, width: 3))
                case .curlyClose:
                    if quotes.popLast() == nil { report(TextRange(index, index + 3), "closing quotation mark", "opening", &findings) }
                case .straight: straight = straight == nil ? Open(offset: index, width: 1) : nil
                case .singleOpen, .singleClose: break
                }
                index += quote.width
                continue
            }
            switch bytes[index] {
            case UInt8(ascii: "("): parens.append(Open(offset: index, width: 1))
            case UInt8(ascii: "["): brackets.append(Open(offset: index, width: 1))
            case UInt8(ascii: ")"):
                if parens.popLast() == nil, !isEnumerator(bytes, before: index, start: range.lowerBound) {
                    report(TextRange(index, index + 1), "closing parenthesis", "opening", &findings)
                }
            case UInt8(ascii: "]"):
                if brackets.popLast() == nil { report(TextRange(index, index + 1), "closing bracket", "opening", &findings) }
            default: break
            }
            index += 1
        }
        for open in parens { report(TextRange(open.offset, open.offset + 1), "opening parenthesis", "closing", &findings) }
        for open in brackets { report(TextRange(open.offset, open.offset + 1), "opening bracket", "closing", &findings) }
        for open in quotes { report(TextRange(open.offset, open.offset + open.width), "opening quotation mark", "closing", &findings) }
        if let straight { report(TextRange(straight.offset, straight.offset + 1), "quotation mark", "matching", &findings) }
    }

    private static func report(_ range: TextRange, _ what: String, _ partner: String, _ findings: inout [Finding]) {
        findings.append(Finding(.unbalanced, range, "This \(what) has no \(partner) partner"))
    }

    /// `a)` or `2)` opening a list item, which needs no opening parenthesis.
    private static func isEnumerator(_ bytes: UnsafeBufferPointer<UInt8>, before close: Int, start: Int) -> Bool {
        var index = close
        while index > start, ByteScan.isASCIILetter(bytes[index - 1]) || ByteScan.isDigit(bytes[index - 1]), close - index < 3 { index -= 1 }
        let length = close - index
        guard length >= 1, length <= 2 else { return false }
        if length == 2, !ByteScan.isDigit(bytes[index]) { return false }
        return index == start || ByteScan.isWhitespace(bytes[index - 1])
    }
}
