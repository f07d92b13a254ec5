import BriefAnalysis

/// Turns analysis findings into LSP `Diagnostic` objects.
enum DiagnosticEncoder {
    /// The diagnostics of one document version. `related` is false for a client that
    /// announced `publishDiagnostics.relatedInformation: false`: it does not accept the field.
    static func diagnostics(_ findings: [Finding], text: SourceText, uri: String,
                            encoding: PositionEncoding, related: Bool = true) -> JSONValue {
        let converter = PositionConverter(text: text, encoding: encoding)
        return .array(findings.map { diagnostic($0, converter: converter, uri: uri, related: related) })
    }

    static func diagnostic(_ finding: Finding, converter: PositionConverter, uri: String, related: Bool = true) -> JSONValue {
        var members: [JSONMember] = [
            JSONMember("range", converter.range(finding.range).json),
            JSONMember("severity", .int(finding.severity.rawValue)),
            JSONMember("code", .string(finding.code.rawValue)),
            JSONMember("source", "brief"),
            JSONMember("message", .string(finding.message)),
        ]
        if related, !finding.related.isEmpty {
            members.append(JSONMember("relatedInformation", .array(finding.related.map { related in
                [
                    "location": LSPLocation(uri: uri, range: converter.range(related.range)).json,
                    "message": .string(related.message),
                ]
            })))
        }
        return .object(members)
    }

    /// `textDocument/publishDiagnostics` params.
    static func publishParams(uri: String, version: Int?, diagnostics: JSONValue) -> JSONValue {
        var members = [JSONMember("uri", .string(uri))]
        if let version { members.append(JSONMember("version", .int(version))) }
        members.append(JSONMember("diagnostics", diagnostics))
        return .object(members)
    }

    /// A full `DocumentDiagnosticReport` for pull diagnostics.
    static func fullReport(resultID: String, diagnostics: JSONValue) -> JSONValue {
        ["kind": "full", "resultId": .string(resultID), "items": diagnostics]
    }

    /// The report for a client whose `previousResultId` is still current.
    static func unchangedReport(resultID: String) -> JSONValue {
        ["kind": "unchanged", "resultId": .string(resultID)]
    }
}
