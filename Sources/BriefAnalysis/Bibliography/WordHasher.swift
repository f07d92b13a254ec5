/// Hashes folded letters eight at a time: they are packed into a word and mixed once per
/// eight, so a title costs about a cycle a letter instead of a multiply's latency.
struct WordHasher {
    private var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var pending: UInt64 = 0
    private var count = 0

    @inline(__always) mutating func add(_ byte: UInt8) {
        pending = (pending << 8) | UInt64(byte)
        count += 1
        if count & 7 == 0 {
            hash = WordHasher.mix(hash ^ pending)
            pending = 0
        }
    }

    func finish() -> UInt64 {
        WordHasher.mix(hash ^ pending ^ (UInt64(truncatingIfNeeded: count) << 56))
    }

    /// Adds the first `added` (1…8) bytes of `packed`, which holds them first byte highest:
    /// the same as adding them one at a time.
    @inline(__always) mutating func add(packed: UInt64, count added: Int) {
        // Every shift below is by 0…63 bits (`&<<` would wrap a 64 to 0, which is only
        // asked for when `pending` is 0 anyway).
        let room = 8 - count & 7
        count += added
        if added < room {
            pending = (pending &<< (8 * added)) | (packed &>> (64 - 8 * added))
            return
        }
        hash = WordHasher.mix(hash ^ ((pending &<< (8 * room)) | (packed &>> (64 - 8 * room))))
        let rest = added - room
        pending = rest == 0 ? 0 : (packed &<< (8 * room)) &>> (64 - 8 * rest)
    }

    @inline(__always) private static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}

/// The ASCII letters and digits that open eight bytes of text, folded as ``TextKey`` folds
/// them: a word's letters read in one step instead of eight.
struct AlnumRun {
    /// How many of the eight bytes, from the first, are ASCII letters or digits (1…8).
    var count: Int
    /// The eight bytes with letters in lower case, the first byte highest.
    var packed: UInt64

    /// The run at `offset`, cut at `end`; nil when the byte there is no ASCII letter or digit,
    /// or fewer than eight bytes of the buffer remain.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) {
        guard let base = bytes.baseAddress, offset >= 0, offset <= bytes.count - 8 else { return nil }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        let high: UInt64 = 0x8080_8080_8080_8080
        let ascii = ~word & high
        let seven = word & 0x7F7F_7F7F_7F7F_7F7F
        let lowered = seven | 0x2020_2020_2020_2020
        // Adding `0x80 - bound` to a 7-bit byte sets its high bit exactly when the byte is at
        // least `bound`, and never carries into the next byte.
        let letters = (lowered &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lowered &+ 0x0505_0505_0505_0505) & ascii
        let digits = (seven &+ 0x5050_5050_5050_5050) & ~(seven &+ 0x4646_4646_4646_4646) & ascii
        let run = min((~(letters | digits) & high).trailingZeroBitCount >> 3, end - offset)
        guard run > 0 else { return nil }
        count = run
        packed = (word | letters >> 2).byteSwapped
    }
}
