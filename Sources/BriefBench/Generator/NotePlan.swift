/// What one generated note says, decided before any text is written so that defects can be
/// placed where they have the intended effect (an `Ibid.` after a two-source note, say).
enum NoteContent {
    /// Cites one source chosen while writing.
    case single
    /// Cites two sources, separated by `;`.
    case double
    /// Cites a source that has no bibliography entry (index into the phantom sources).
    case phantom(Int)
    /// `Ibid.` as spelt here.
    case ibid(String)
    /// Commentary that cites nothing.
    case commentary
}

/// One note of a generated brief and the defects placed on it.
struct NotePlan {
    var content: NoteContent = .single
    /// False leaves the marker without a definition (BRF001).
    var defined = true
    /// Defines the note a second time (BRF003).
    var definedTwice = false
    /// Writes this note's marker after the next one's (BRF004).
    var markerAfterNext = false
    /// An unmatched `)` before the final period (BRF030).
    var unbalanced = false
    /// Ends `…, .` (BRF031).
    var emptyElement = false
    /// The note's date differs from the entry's (BRF034).
    var dateDisagrees = false
    /// Set while writing: whether this note was forced by a defect (no random Ibid next).
    var isForced = false
}

/// Defects placed on one note (or on a note and the next), one code each.
enum NoteDefect: CaseIterable {
    case undefinedNote, duplicateNote, markerOrder, ibidAfterNothing, misspeltIbid, ambiguousIbid
    case unlistedSource, unbalanced, emptyElement, disagreement

    /// Applies the defect to notes `first` and `first + 1`.
    func apply(to plans: inout [NotePlan], at first: Int, phantom: Int, random: inout SeededRandom) {
        let second = first + 1
        plans[first].isForced = true
        plans[second].isForced = true
        switch self {
        case .undefinedNote:
            plans[first].defined = false
        case .duplicateNote:
            plans[first].definedTwice = true
        case .markerOrder:
            plans[first].markerAfterNext = true
        case .ibidAfterNothing:
            plans[first].content = .commentary
            plans[second].content = .ibid("Ibid.")
        case .misspeltIbid:
            plans[second].content = .ibid(random.pick(["Ibdi.", "Ibib.", "Idib.", "Ibid", "Ibdi., 12."]))
        case .ambiguousIbid:
            plans[first].content = .double
            plans[second].content = .ibid("Ibid.")
        case .unlistedSource:
            plans[first].content = .phantom(phantom)
        case .unbalanced:
            plans[first].unbalanced = true
        case .emptyElement:
            plans[first].emptyElement = true
        case .disagreement:
            plans[first].dateDisagrees = true
        }
    }
}
