import Dispatch
import Synchronization

/// The notes' citations and the form of their text (BRF030, BRF031, BRF033), read in pieces
/// by a helper thread that starts as soon as the parser has read the notes, while the parser
/// goes on to the markers and the bibliography; the analysing thread joins in when it is
/// done with the rest.
final class NotePieces: @unchecked Sendable {
    // @unchecked: `notes`, `count` and `slots` are set in `start` before any other thread
    // sees the object, and each slot is written by the one thread that took its index; the
    // helper signals `done` after each slot it writes, and the slots are read only after
    // waiting for those signals, which orders the writes before the reads.

    /// What one piece read: the citations of its notes and the findings in their text.
    struct Piece {
        var table: CitationTable
        var form: [Finding]
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var notes: [NoteDefinition] = []
    private var count = 0
    private var slots = UnsafeMutableBufferPointer<Piece?>(start: nil, count: 0)
    private let next = Atomic<Int>(0)
    /// Pieces read by this object's callers, on the analysing thread.
    private var readHere = 0
    /// Signalled once per piece the helper has read.
    private let done = DispatchSemaphore(value: 0)
    private var isFinished = false

    /// `bytes` must outlive the object's work: call ``finish()`` before they go.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    deinit {
        finish()
        _ = slots.deinitialize()
        slots.deallocate()
    }

    /// True once the pieces are being read.
    var isStarted: Bool { count > 0 }

    /// Starts reading `notes` (in text order) on a helper thread, when there are enough of
    /// them to be worth it. Called once, by the parser.
    func start(_ notes: [NoteDefinition]) {
        let count = (notes.count + FirstPass.notesPerPiece - 1) / FirstPass.notesPerPiece
        guard self.count == 0, count > 1, Parallel.width > 1 else { return }
        self.notes = notes
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
        // The helper holds the object until it has run, late or not: it then finds no
        // piece left and touches neither the notes nor the text.
        DispatchQueue.global(qos: .userInitiated).async {
            let read = self.drain()
            for _ in 0..<read { self.done.signal() }
        }
    }

    /// Reads the pieces no thread has taken yet; returns how many it read.
    private func drain() -> Int {
        var read = 0
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < count else { return read }
            let start = index * FirstPass.notesPerPiece
            let range = start..<min(start + FirstPass.notesPerPiece, notes.count)
            var form: [Finding] = []
            FormRules.checkNotes(notes, range, bytes, &form)
            slots[index] = Piece(table: CitationTable(notes, range, bytes), form: form)
            read += 1
        }
    }

    /// Helps read what is left, waits for the pieces the helper took, and returns every
    /// piece in note order.
    func pieces() -> [Piece] {
        guard isStarted else { return [] }
        readHere += drain()
        waitForHelper(taken: count)
        return slots.compactMap { $0 }
    }

    /// Hands out no more pieces and waits for those the helper is reading (when the
    /// analysis is cancelled, or is done). Never waits for a helper that has not started:
    /// only for pieces it took.
    func finish() {
        guard !isFinished else { return }
        isFinished = true
        let taken = min(next.exchange(Int.max / 2, ordering: .relaxed), count)
        waitForHelper(taken: taken)
    }

    /// Waits until the helper has read its share of the first `taken` pieces.
    private func waitForHelper(taken: Int) {
        while readHere < taken {
            done.wait()
            readHere += 1
        }
    }
}
