/// A person's name as written in an entry or a note.
public struct PersonName: Hashable, Sendable {
    /// The surname, as written (`Gordon`, `GORDON`, `Nissembaum`).
    public var surname: String
    /// Given names as written, if any.
    public var given: String?
    /// Where the name stands.
    public var range: TextRange
    /// True when written `Surname, Given`.
    public var isInverted: Bool

    public init(surname: String, given: String?, range: TextRange, isInverted: Bool) {
        self.surname = surname
        self.given = given
        self.range = range
        self.isInverted = isInverted
    }
}

/// A bibliography entry read into its parts (spec §2–3).
public struct Source: Hashable, Sendable {
    /// The whole entry.
    public var range: TextRange
    /// Authors in order; the first is the one entries sort and match by.
    public var authors: [PersonName]
    public var year: String?
    public var yearRange: TextRange?
    public var title: String?
    public var titleRange: TextRange?
    public var publication: String?
    public var date: String?
    public var dateRange: TextRange?
    /// Nil for a bibliography entry. For a source that is not one, the note that defines
    /// it: an entry of a numbered reference list, or, in a brief without a bibliography, the
    /// note holding the first full citation of the source (its `range` is that citation).
    public var noteIndex: Int?

    public init(range: TextRange, authors: [PersonName] = [], year: String? = nil, yearRange: TextRange? = nil,
                title: String? = nil, titleRange: TextRange? = nil, publication: String? = nil,
                date: String? = nil, dateRange: TextRange? = nil, noteIndex: Int? = nil) {
        self.noteIndex = noteIndex
        self.range = range
        self.authors = authors
        self.year = year
        self.yearRange = yearRange
        self.title = title
        self.titleRange = titleRange
        self.publication = publication
        self.date = date
        self.dateRange = dateRange
    }
}

/// How a citation in a note was resolved.
public enum CitationForm: Hashable, Sendable {
    /// `Given Surname, “Title,” Publication, …`.
    case full
    /// `Surname, Short Title, …`.
    case short
    /// `Ibid.` (or a misspelling of it), repeating the sources of the note at `previousNote`
    /// (an index into ``ParsedBrief/notes``).
    case ibid(previousNote: Int?, misspelt: Bool)
}

/// One citation inside a note.
public struct Citation: Hashable, Sendable {
    /// The text that cites: the author-and-title span, or the `Ibid.` token.
    public var range: TextRange
    public var form: CitationForm
    /// Indexes into ``CitationAnalysis/sources`` this citation resolves to; empty when it
    /// resolves to nothing.
    public var sourceIndexes: [Int]
    /// Where the note writes the first author's surname, if it does. (Ranges, not strings:
    /// a long brief has thousands of citations, and few are ever shown.)
    public var surnameRange: TextRange?
    /// Where the note writes the title (without quotation marks), if it does.
    public var titleRange: TextRange?

    public init(range: TextRange, form: CitationForm, sourceIndexes: [Int] = [], surnameRange: TextRange? = nil,
                titleRange: TextRange? = nil) {
        self.range = range
        self.form = form
        self.sourceIndexes = sourceIndexes
        self.surnameRange = surnameRange
        self.titleRange = titleRange
    }
}

/// What the citation layer knows about a brief: its sources, what each note cites,
/// and the findings of codes BRF010–BRF041.
public struct CitationAnalysis: Sendable {
    /// One per ``ParsedBrief/bibliography`` entry, same order; then, after them, the sources
    /// that are not bibliography entries (``Source/noteIndex`` set): the entries of a numbered
    /// reference list, or, in a brief without a bibliography, each source cited in full.
    public var sources: [Source] = []
    /// One list per ``ParsedBrief/notes`` entry, same order.
    public var citationsByNote: [[Citation]] = []
    /// For each source, the indexes of the notes citing it, ascending.
    public var citingNotes: [[Int]] = []
    public var findings: [Finding] = []

    public init() {}
}
