/// The parts of an analysis that need only the parsed brief, read on every core at once:
/// the bibliography's sources, each note's citations, how notes and entries are written
/// (BRF030–BRF033), the bibliography's order (BRF040–BRF041) and the note rules
/// (BRF001–BRF004).
struct FirstPass {
    var catalog: SourceCatalog
    var table: CitationTable
    var noteFindings: [Finding]
    /// BRF030–BRF033: the notes' in note order, then the entries'.
    var formFindings: [Finding]
    var orderFindings: [Finding]

    /// Notes read by one piece of the pass: enough that a piece outweighs handing it to a
    /// thread, few enough that the threads finish together.
    static let notesPerPiece = 128

    private enum Piece {
        case catalog(SourceCatalog, form: [Finding], order: [Finding])
        case notes([Finding])
        case citations(CitationTable, form: [Finding])
    }

    /// `early`: the notes' pieces, when the parser already started reading them.
    init(_ parsed: ParsedBrief, _ bytes: UnsafeBufferPointer<UInt8>, early: NotePieces? = nil, inParallel: Bool = true) {
        if let early, early.isStarted {
            // A helper thread is reading the notes: this thread takes the rest, then helps.
            let catalog = SourceCatalog(parsed, bytes)
            var entryForm: [Finding] = []
            FormRules.checkEntries(catalog, bytes, &entryForm)
            var order: [Finding] = []
            OrderRules.check(OrderRules.Context(parsed: parsed, bytes: bytes, catalog: catalog), &order)
            noteFindings = NoteRules.findings(parsed)
            let pieces = early.pieces()
            self.catalog = catalog
            table = CitationTable(joining: pieces.map(\.table), notes: parsed.notes)
            formFindings = pieces.flatMap(\.form) + entryForm
            orderFindings = order
            return
        }
        let notes = parsed.notes
        let chunks = (notes.count + Self.notesPerPiece - 1) / Self.notesPerPiece
        // The catalog is the longest piece: first, so that a thread starts on it at once.
        let pieces = Parallel.map(2 + chunks, inParallel: inParallel && chunks > 1) { index -> Piece in
            switch index {
            case 0:
                let catalog = SourceCatalog(parsed, bytes)
                var form: [Finding] = []
                FormRules.checkEntries(catalog, bytes, &form)
                var order: [Finding] = []
                OrderRules.check(OrderRules.Context(parsed: parsed, bytes: bytes, catalog: catalog), &order)
                return .catalog(catalog, form: form, order: order)
            case 1:
                return .notes(NoteRules.findings(parsed))
            default:
                let start = (index - 2) * Self.notesPerPiece
                let range = start..<min(start + Self.notesPerPiece, notes.count)
                var form: [Finding] = []
                FormRules.checkNotes(notes, range, bytes, &form)
                return .citations(CitationTable(notes, range, bytes), form: form)
            }
        }
        var catalog: SourceCatalog?
        var tables: [CitationTable] = []
        tables.reserveCapacity(chunks)
        var noteFindings: [Finding] = []
        var formFindings: [Finding] = []
        var entryForm: [Finding] = []
        var orderFindings: [Finding] = []
        for piece in pieces {
            switch piece {
            case .catalog(let read, let form, let order):
                catalog = read
                entryForm = form
                orderFindings = order
            case .notes(let found):
                noteFindings = found
            case .citations(let table, let form):
                tables.append(table)
                formFindings += form
            }
        }
        self.catalog = catalog ?? SourceCatalog(parsed, bytes)
        self.table = tables.count == 1 ? tables[0] : CitationTable(joining: tables, notes: notes)
        self.noteFindings = noteFindings
        self.formFindings = formFindings + entryForm
        self.orderFindings = orderFindings
    }
}
