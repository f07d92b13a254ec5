import BriefAnalysis

/// Severity overrides sent by the client, as `{"BRF040": "off", "BRF011": "error"}`.
///
/// Read from `initializationOptions.severities` (or `initializationOptions.brief.severities`)
/// and from `workspace/didChangeConfiguration` `settings.brief.severities` (or
/// `settings.severities`), so both styles of client configuration work.
enum SeveritySettings {
    /// The overrides in `options`, or nil when it holds none. Unreadable entries are listed
    /// in `problems` and skipped.
    static func read(_ options: JSONValue?) -> (policy: FindingPolicy, problems: [String])? {
        guard let options else { return nil }
        let table = options["severities"] ?? options["brief"]?["severities"]
        guard let table, case .object(let members) = table else { return nil }
        var settings: [String: String] = [:]
        var problems: [String] = []
        for member in members {
            if let value = member.value.stringValue {
                settings[member.key] = value
            } else {
                problems.append("the severity of \(member.key) must be a string")
            }
        }
        let parsed = FindingPolicy.parse(settings)
        return (parsed.policy, problems + parsed.problems)
    }
}
