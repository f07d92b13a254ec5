@testable import BriefLSP
import Foundation

/// A server with one of the example briefs open, and the positions of its parts.
struct SeedSession {
    enum Form: String, CaseIterable, CustomStringConvertible, Sendable {
        case plain, markdown
        var description: String { rawValue }
    }

    let client: LSPClient
    let form: Form
    let uri: String
    let text: String
    let positions: TextPositions
    let encoding: String
    /// The diagnostics published after opening.
    let diagnostics: [JSONValue]

    init(_ form: Form, encoding: String = "utf-16") throws {
        self.form = form
        self.encoding = encoding
        client = try LSPClient()
        let offered: JSONValue = encoding == "utf-8" ? ["utf-8", "utf-16"] : ["utf-16"]
        try client.initialize(capabilities: ["general": ["positionEncodings": offered]])
        let path = Briefs.packageRoot.appendingPathComponent(form == .plain ? "examples/seed-brief.txt" : "examples/seed-brief.md").path
        text = try String(contentsOfFile: path, encoding: .utf8)
        uri = "file://" + path
        positions = TextPositions(text: text)
        client.open(uri, text: text, languageID: form == .plain ? "plaintext" : "markdown")
        diagnostics = try client.diagnostics(uri, version: 1)
    }

    /// How marker `n` is written in the body.
    func marker(_ number: Int) -> String { form == .plain ? "[\(number)]" : "[^\(number)]" }

    /// How note `n`'s definition starts.
    func noteLabel(_ number: Int) -> String { form == .plain ? "[\(number)] " : "[^\(number)]: " }

    /// Params for a position request at the `occurrence`th `needle`, `offset` characters in.
    func at(_ needle: String, occurrence: Int = 0, offset: Int = 1) -> JSONValue {
        ["textDocument": ["uri": .string(uri)], "position": positions.position(of: needle, occurrence: occurrence, offset: offset, encoding: encoding)]
    }

    /// Line of note `n`'s definition.
    func noteLine(_ number: Int) -> Int {
        positions.lineStarting(with: noteLabel(number))
    }

    func range(of needle: String, occurrence: Int = 0) -> JSONValue {
        positions.range(of: needle, occurrence: occurrence, encoding: encoding)
    }

    func line(of needle: String, occurrence: Int = 0) -> Int {
        positions.lineOf(needle, occurrence: occurrence)
    }

    /// Diagnostics with `code`.
    func diagnostics(_ code: String) -> [JSONValue] {
        diagnostics.filter { $0["code"] == .string(code) }
    }
}

extension JSONValue {
    /// `range.start.line` of a diagnostic, location or symbol.
    var startLine: Int? { self["range"]?["start"]?["line"]?.intValue }
}
