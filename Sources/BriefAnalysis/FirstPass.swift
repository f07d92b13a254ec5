/// The parts of an analysis that need only the parsed brief: the bibliography's sources,
/// each note's citations, how notes and entries are written (BRF030–BRF033), the
/// bibliography's order (BRF040–BRF041) and the note rules (BRF001–BRF004).
struct FirstPass {
    var catalog: SourceCatalog
    var table: CitationTable
    var noteFindings: [Finding]
    /// BRF030–BRF033: the notes' in note order, then the entries'.
    var formFindings: [Finding]
    var orderFindings: [Finding] = []

    /// Notes read by one piece on the helper thread: enough that a piece outweighs taking
    /// it, few enough that the threads finish together.
    static let notesPerPiece = 128

    /// `early`: the notes' pieces, when the parser started a helper thread reading them;
    /// else the notes are read here, in order.
    init(_ parsed: ParsedBrief, _ bytes: UnsafeBufferPointer<UInt8>, early: NotePieces? = nil) {
        // While a helper thread reads the notes, this one takes the bibliography and the
        // note rules, then helps with the notes left.
        catalog = SourceCatalog(parsed, bytes)
        var entryForm: [Finding] = []
        FormRules.checkEntries(catalog, bytes, &entryForm)
        OrderRules.check(OrderRules.Context(parsed: parsed, bytes: bytes, catalog: catalog), &orderFindings)
        noteFindings = NoteRules.findings(parsed)
        if let early, early.isStarted {
            let pieces = early.pieces()
            table = CitationTable(joining: pieces.map(\.table), notes: parsed.notes)
            formFindings = pieces.flatMap(\.form) + entryForm
        } else {
            table = CitationTable(parsed, bytes)
            var notesForm: [Finding] = []
            FormRules.checkNotes(parsed.notes, parsed.notes.indices, bytes, &notesForm)
            formFindings = notesForm + entryForm
        }
    }
}
