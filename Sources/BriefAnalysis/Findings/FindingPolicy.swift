/// The writer's choice of severity per code (spec §4: "configuration may change them"):
/// a code can be raised, lowered or turned off.
public struct FindingPolicy: Sendable, Equatable {
    /// Severity per code; `nil` turns the code off. Codes not listed keep their default.
    public private(set) var overrides: [FindingCode: Severity?] = [:]

    public init(overrides: [FindingCode: Severity?] = [:]) {
        self.overrides = overrides
    }

    /// Reads settings such as `{"BRF040": "off", "BRF041": "warning"}`. Values are `error`,
    /// `warning`, `info`/`information`, `hint` or `off`/`none`. Returns the policy and one
    /// message per entry it could not read, so the caller can tell the writer.
    public static func parse(_ settings: [String: String]) -> (policy: FindingPolicy, problems: [String]) {
        var policy = FindingPolicy()
        var problems: [String] = []
        for (key, value) in settings.sorted(by: { $0.key < $1.key }) {
            guard let code = FindingCode(rawValue: key.uppercased()) else {
                problems.append("unknown diagnostic code “\(key)”")
                continue
            }
            switch value.lowercased() {
            case "error": policy.overrides[code] = .some(.error)
            case "warning", "warn": policy.overrides[code] = .some(.warning)
            case "info", "information": policy.overrides[code] = .some(.information)
            case "hint": policy.overrides[code] = .some(.hint)
            case "off", "none", "ignore": policy.overrides[code] = .some(nil)
            default: problems.append("unknown severity “\(value)” for \(code.rawValue)")
            }
        }
        return (policy, problems)
    }

    /// The findings with their severities changed, and those turned off removed.
    public func apply(_ findings: [Finding]) -> [Finding] {
        guard !overrides.isEmpty else { return findings }
        return findings.compactMap { finding in
            guard let override = overrides[finding.code] else { return finding }
            guard let severity = override else { return nil }
            var changed = finding
            changed.severity = severity
            return changed
        }
    }
}
