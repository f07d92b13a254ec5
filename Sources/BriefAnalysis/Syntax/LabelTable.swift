/// Gives every distinct note label of a document a small integer id (0, 1, 2…), so that
/// linking markers to notes and the note rules index arrays instead of hashing strings.
struct LabelTable {
    /// The label of each id.
    private(set) var labels: [String] = []
    /// The value of each id's label when it was given as a number (always positive), else -1:
    /// the linker and the note rules read numbers from here instead of parsing strings.
    private(set) var numbers: [Int] = []
    /// Ids of small numbers by number (-1 for none): an array beats hashing for the
    /// thousands of `[n]` of a long brief.
    private var smallNumbers: [Int32] = []
    private var byNumber: [Int: Int] = [:]
    private var byText: [String: Int] = [:]
    private static let smallLimit = 1 << 16

    /// Makes room for `count` more labels (one per note is the usual case), so that the
    /// tables do not grow one doubling at a time.
    mutating func reserveCapacity(_ count: Int) {
        labels.reserveCapacity(labels.count + count)
        numbers.reserveCapacity(numbers.count + count)
    }

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
        let label = Self.decimal(number)
        labels.append(label)
        numbers.append(number > 0 ? number : -1)
        return (labels.count - 1, label)
    }

    /// `Int(label)` for the label with id `id`, without parsing the string when the id was
    /// given as a number.
    func value(_ label: String, id: Int) -> Int? {
        if id >= 0, id < numbers.count, numbers[id] > 0 { return numbers[id] }
        return Int(label)
    }

    /// The labels of the first few thousand numbers, made once per process: a long brief
    /// numbers thousands of notes, and making their label strings again on every analysis
    /// cost more than reading the notes.
    private static let smallLabels: [String] = (0..<8192).map(Self.written)

    /// `String(number)`.
    static func decimal(_ number: Int) -> String {
        if number >= 0, number < smallLabels.count { return smallLabels[number] }
        return written(number)
    }

    /// `String(number)` written straight into a small (inline) string: `Int.description`
    /// costs several times as much.
    private static func written(_ number: Int) -> String {
        guard number >= 0, number < 1_000_000_000_000_000 else { return String(number) }
        var digits = 1
        var rest = number / 10
        while rest > 0 { digits += 1; rest /= 10 }
        return String(unsafeUninitializedCapacity: digits) { buffer in
            var value = number
            var index = digits
            while index > 0 {
                index -= 1
                buffer[index] = UInt8(truncatingIfNeeded: value % 10) &+ UInt8(ascii: "0")
                value /= 10
            }
            return digits
        }
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
        numbers.append(-1)
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
