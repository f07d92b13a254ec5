/// Gives every distinct note label of a document a small integer id (0, 1, 2…), so that
/// linking markers to notes and the note rules index arrays instead of hashing strings.
struct LabelTable {
    /// The label of each id.
    private(set) var labels: [String] = []
    /// Ids of small numbers by number (-1 for none): an array beats hashing for the
    /// thousands of `[n]` of a long brief.
    private var smallNumbers: [Int32] = []
    private var byNumber: [Int: Int] = [:]
    private var byText: [String: Int] = [:]
    private static let smallLimit = 1 << 16

    /// The id of a numeric label: plain briefs compare numbers, so `[01]` is note 1.
    mutating func id(number: Int) -> (id: Int, label: String) {
        if number >= 0, number < Self.smallLimit {
            if number < smallNumbers.count, smallNumbers[number] >= 0 {
                let id = Int(smallNumbers[number])
                return (id, labels[id])
            }
            if number >= smallNumbers.count {
                smallNumbers.append(contentsOf: repeatElement(-1, count: max(number + 1, smallNumbers.count * 2) - smallNumbers.count))
            }
            smallNumbers[number] = Int32(labels.count)
        } else if let id = byNumber[number] {
            return (id, labels[id])
        } else {
            byNumber[number] = labels.count
        }
        let label = String(number)
        labels.append(label)
        return (labels.count - 1, label)
    }

    /// The id of a label compared as text (Markdown labels, `[Footnote A: …]`). A Markdown
    /// label written as a plain number without leading zeros shares the numeric table,
    /// which skips building a string for the common `[^12]`.
    mutating func id(text bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, foldCase: Bool) -> (id: Int, label: String) {
        if let number = Self.plainNumber(bytes, range) { return id(number: number) }
        var key = ""
        key.reserveCapacity(range.length)
        var scalars: [UInt8] = []
        scalars.reserveCapacity(range.length)
        for index in range.lowerBound..<range.upperBound {
            scalars.append(foldCase ? ByteClass.lowered(bytes[index]) : bytes[index])
        }
        key = String(decoding: scalars, as: UTF8.self)
        if let id = byText[key] { return (id, labels[id]) }
        labels.append(key)
        byText[key] = labels.count - 1
        return (labels.count - 1, key)
    }

    /// One to six ASCII digits without a leading zero.
    private static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Int? {
        guard range.length >= 1, range.length <= 6, bytes[range.lowerBound] != UInt8(ascii: "0") else { return nil }
        var value = 0
        for index in range.lowerBound..<range.upperBound {
            let byte = bytes[index]
            guard ByteClass.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
