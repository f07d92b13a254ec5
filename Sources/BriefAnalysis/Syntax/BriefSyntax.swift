/// A note marker in running text: `[3]`, `[03]` (plain) or `[^label]` (Markdown).
public struct NoteMarker: Hashable, Sendable {
    /// The note's key: digits without leading zeros for plain briefs (`[03]` → `"3"`),
    /// the label folded to lower case for Markdown (GFM labels are case-insensitive).
    public var label: String
    /// The label's id in ``ParsedBrief/labels``: equal labels have equal ids.
    public var labelID: Int
    /// The whole marker, brackets included.
    public var range: TextRange
    /// Index into ``ParsedBrief/notes`` of the note this marker refers to, or nil when
    /// no note with its label is defined (BRF001).
    public var noteIndex: Int?

    public init(label: String, labelID: Int, range: TextRange, noteIndex: Int? = nil) {
        self.label = label
        self.labelID = labelID
        self.range = range
        self.noteIndex = noteIndex
    }
}

/// How a note is written in the source.
public enum NoteStyle: String, Sendable {
    /// A line starting `[n]` in an endnote list.
    case endnote
    /// A Project Gutenberg inline block `[Footnote n: …]`, placed after the paragraph citing it.
    case footnoteBlock
    /// A Markdown definition `[^label]: …` with indented continuation lines.
    case markdown
    /// An entry of a numbered reference list (IEEE/RFC style): the note *is* a source.
    case referenceEntry
}

/// A note definition.
public struct NoteDefinition: Hashable, Sendable {
    /// Same normalisation as ``NoteMarker/label``.
    public var label: String
    /// The label's id in ``ParsedBrief/labels``: equal labels have equal ids.
    public var labelID: Int
    /// The label as written: `[3]`, `[^3]:`, `[Footnote 3:`.
    public var labelRange: TextRange
    /// The note's text after its label, trimmed of surrounding white space (may span lines).
    public var bodyRange: TextRange
    /// The whole definition, label and continuation lines included.
    public var range: TextRange
    public var style: NoteStyle

    public init(label: String, labelID: Int, labelRange: TextRange, bodyRange: TextRange, range: TextRange, style: NoteStyle) {
        self.label = label
        self.labelID = labelID
        self.labelRange = labelRange
        self.bodyRange = bodyRange
        self.range = range
        self.style = style
    }
}

/// A heading line (`# Notes`, `Bibliography`, `References`…).
public struct Heading: Hashable, Sendable {
    public enum Role: String, Sendable {
        case notes, bibliography, other
        /// *Further reading*, *See also*…: sources the writer lists without citing them,
        /// which are not the bibliography.
        case furtherReading
    }
    /// The heading's text, without `#` marks and surrounding space.
    public var range: TextRange
    /// The whole line.
    public var lineRange: TextRange
    public var role: Role
    /// 1 for `#`, 2 for `##`…; 1 for a plain-text heading.
    public var level: Int
}

/// The parts of a brief (spec §2), found by the plain or Markdown parser.
public struct ParsedBrief: Sendable {
    public var text: SourceText
    public var kind: DocumentKind
    /// The first non-empty line (for Markdown: the front matter `title:` or first heading,
    /// else the first non-empty line).
    public var title: TextRange?
    /// A short last line that is a name.
    public var byline: TextRange?
    /// Markers in text order.
    public var markers: [NoteMarker] = []
    /// Note definitions in text order.
    public var notes: [NoteDefinition] = []
    /// Bibliography entries (one per paragraph or line), trimmed, in text order.
    public var bibliography: [TextRange] = []
    public var headings: [Heading] = []
    /// Labels cited by a list or a range (`[1, 2]`, `[4-6]`, `[1]–[3]`) rather than by a
    /// marker of their own: their notes count as cited.
    public var listCitedLabels: Set<Int> = []
    /// For plain briefs whose endnote numbering restarts (one list per chapter, all gathered
    /// at the end), the list each note belongs to; empty otherwise.
    var noteGroups: [Int] = []
    /// Every distinct note label, indexed by ``NoteMarker/labelID`` and ``NoteDefinition/labelID``.
    public var labels: [String] = []
    /// The parser's value of each label given as a number (positive), else -1; may be empty
    /// (a brief built by hand), so read it through ``labelNumber(_:)``.
    var labelNumbers: [Int] = []
    /// True when the notes are a numbered reference list: markers cite entries directly
    /// and the order and name-shape rules (BRF004, BRF040, BRF041) do not apply.
    public var isReferenceList: Bool = false

    public init(text: SourceText, kind: DocumentKind) {
        self.text = text
        self.kind = kind
    }
}

extension ParsedBrief {
    /// The value of label `id` when the parser read it as a number, else nil (then
    /// `Int(label)` decides): parsing thousands of label strings again cost more than the
    /// linking itself.
    @inline(__always) func labelNumber(_ id: Int) -> Int? {
        id >= 0 && id < labelNumbers.count && labelNumbers[id] > 0 ? labelNumbers[id] : nil
    }
}
