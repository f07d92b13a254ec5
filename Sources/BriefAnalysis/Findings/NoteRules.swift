/// BRF001–BRF004: markers and note definitions.
enum NoteRules {
    static func findings(_ parsed: ParsedBrief) -> [Finding] {
        []
    }
}
