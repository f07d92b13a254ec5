import BriefAnalysis

/// The findings of one file, with the text their offsets refer to.
struct FileReport {
    var path: String
    var text: SourceText
    var findings: [Finding]
}

/// Prints findings as compilers do, or as JSON for scripts.
///
/// Lines and columns are 1-based; columns count Unicode scalars (characters as most
/// compilers and editors count them), so `é` or `中` moves the column by one.
enum FindingFormatter {
    /// A finding's start as 1-based line and column.
    struct Place: Comparable {
        var line: Int
        var column: Int

        init(_ offset: Int, in converter: PositionConverter) {
            let position = converter.position(offset)
            line = position.line + 1
            column = position.character + 1
        }

        static func < (lhs: Place, rhs: Place) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
    }

    /// The findings of a report sorted by position, then code.
    static func sorted(_ report: FileReport) -> [Finding] {
        report.findings.sorted { ($0.range, $0.code) < ($1.range, $1.code) }
    }

    /// `path:line:column: severity: message [BRFnnn]`, one line per finding.
    static func text(_ reports: [FileReport]) -> String {
        var output = ""
        for report in reports {
            let converter = PositionConverter(text: report.text, encoding: .utf32)
            for finding in sorted(report) {
                let place = Place(finding.range.lowerBound, in: converter)
                output += "\(report.path):\(place.line):\(place.column): \(finding.severity.label): \(finding.message) [\(finding.code.rawValue)]\n"
            }
        }
        return output
    }

    /// A JSON array with one object per finding, one per line.
    static func json(_ reports: [FileReport]) -> String {
        var lines: [String] = []
        for report in reports {
            let converter = PositionConverter(text: report.text, encoding: .utf32)
            for finding in sorted(report) {
                let bytes = JSONWriter.serialize(object(finding, in: report, converter: converter))
                lines.append("  " + String(decoding: bytes, as: UTF8.self))
            }
        }
        return lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    private static func object(_ finding: Finding, in report: FileReport, converter: PositionConverter) -> JSONValue {
        let start = Place(finding.range.lowerBound, in: converter)
        let end = Place(finding.range.upperBound, in: converter)
        return [
            "path": .string(report.path),
            "line": .int(start.line),
            "column": .int(start.column),
            "endLine": .int(end.line),
            "endColumn": .int(end.column),
            "severity": .string(finding.severity.label),
            "code": .string(finding.code.rawValue),
            "message": .string(finding.message),
            "related": .array(finding.related.map { related in
                let place = Place(related.range.lowerBound, in: converter)
                return ["line": .int(place.line), "column": .int(place.column), "message": .string(related.message)]
            }),
        ]
    }
}
