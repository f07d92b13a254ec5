@testable import BriefLSP
import Foundation

/// Documents used by the end-to-end tests, and position arithmetic done independently of
/// the server's own conversion code.
enum Briefs {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static var seedPath: String { packageRoot.appendingPathComponent("examples/seed-brief.txt").path }

    /// `examples/seed-brief.txt`, exactly as stored.
    static func seed() throws -> String {
        try String(contentsOfFile: seedPath, encoding: .utf8)
    }

    /// The seed written as a Markdown brief: `[n]` markers become `[^n]`, endnote lines
    /// become `[^n]:` definitions, the title a heading.
    static func seedAsMarkdown() throws -> String {
        var lines = try seed().components(separatedBy: "\n")
        for index in lines.indices {
            var line = lines[index]
            if index == 0 { line = "# " + line }
            for number in 1...7 {
                if line.hasPrefix("[\(number)] ") {
                    line = "[^\(number)]: " + line.dropFirst("[\(number)] ".count)
                }
                line = line.replacingOccurrences(of: "[\(number)]", with: "[^\(number)]")
            }
            lines[index] = line
        }
        return lines.joined(separator: "\n")
    }
}

/// Positions in a text, computed from Swift's own string views.
struct TextPositions {
    let text: String

    /// LSP position of the `occurrence`th match of `needle` (0-based), plus `offset`
    /// characters (Unicode scalars) into it, in `encoding` ("utf-8", "utf-16" or "utf-32").
    func position(of needle: String, occurrence: Int = 0, offset: Int = 0, encoding: String = "utf-16") -> JSONValue {
        guard let start = lowerBound(of: needle, occurrence: occurrence) else { return ["line": -1, "character": -1] }
        var index = start
        for _ in 0..<offset where index < text.unicodeScalars.endIndex { index = text.unicodeScalars.index(after: index) }
        return position(at: index, encoding: encoding)
    }

    /// LSP range covering the `occurrence`th match of `needle`.
    func range(of needle: String, occurrence: Int = 0, encoding: String = "utf-16") -> JSONValue {
        guard let start = lowerBound(of: needle, occurrence: occurrence),
              let end = text.range(of: needle, range: start..<text.endIndex)?.upperBound
        else { return nil }
        return ["start": position(at: start, encoding: encoding), "end": position(at: end, encoding: encoding)]
    }

    /// Range of the whole line holding the `occurrence`th match of `needle`, without its
    /// line break.
    func lineOf(_ needle: String, occurrence: Int = 0) -> Int {
        guard let start = lowerBound(of: needle, occurrence: occurrence) else { return -1 }
        return text[..<start].filter { $0 == "\n" }.count
    }

    /// The same position with its character counted in another encoding.
    func convert(_ position: JSONValue, from source: String, to target: String) -> JSONValue {
        guard let line = position["line"]?.intValue, let character = position["character"]?.intValue else { return nil }
        let lines = text.components(separatedBy: "\n")
        guard line < lines.count else { return position }
        var consumed = 0
        var prefix = ""
        for scalar in lines[line].unicodeScalars {
            guard consumed < character else { break }
            consumed += source == "utf-8" ? String(scalar).utf8.count : (source == "utf-32" ? 1 : String(scalar).utf16.count)
            prefix.unicodeScalars.append(scalar)
        }
        let converted = target == "utf-8" ? prefix.utf8.count : (target == "utf-32" ? prefix.unicodeScalars.count : prefix.utf16.count)
        return ["line": .int(line), "character": .int(converted)]
    }

    /// Index of the first line that starts with `prefix`.
    func lineStarting(with prefix: String) -> Int {
        text.components(separatedBy: "\n").firstIndex { $0.hasPrefix(prefix) } ?? -1
    }

    private func lowerBound(of needle: String, occurrence: Int) -> String.Index? {
        var searchStart = text.startIndex
        var found: Range<String.Index>?
        for _ in 0...occurrence {
            guard let match = text.range(of: needle, range: searchStart..<text.endIndex) else { return nil }
            found = match
            searchStart = match.upperBound
        }
        return found?.lowerBound
    }

    private func position(at index: String.Index, encoding: String) -> JSONValue {
        let before = text[..<index]
        let line = before.filter { $0 == "\n" }.count
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let column = text[lineStart..<index]
        let character: Int
        switch encoding {
        case "utf-8": character = column.utf8.count
        case "utf-32": character = column.unicodeScalars.count
        default: character = column.utf16.count
        }
        return ["line": .int(line), "character": .int(character)]
    }
}
