/// How serious a finding is; raw values are LSP's `DiagnosticSeverity`.
public enum Severity: Int, Sendable, Comparable, CaseIterable {
    case error = 1
    case warning = 2
    case information = 3
    case hint = 4

    /// The word compilers print: `error`, `warning`, `info`, `hint`.
    public var label: String {
        switch self {
        case .error: return "error"
        case .warning: return "warning"
        case .information: return "info"
        case .hint: return "hint"
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The stable codes of the diagnostics catalogue (spec §4).
public enum FindingCode: String, Sendable, CaseIterable, Comparable {
    case undefinedNote = "BRF001"
    case unusedNote = "BRF002"
    case duplicateNote = "BRF003"
    case markerOrder = "BRF004"
    case ibidWithoutSource = "BRF010"
    case misspeltIbid = "BRF011"
    case ambiguousIbid = "BRF012"
    case unlistedSource = "BRF020"
    case uncitedEntry = "BRF021"
    case duplicateEntry = "BRF022"
    case shortFormFirst = "BRF023"
    case unbalanced = "BRF030"
    case emptyElement = "BRF031"
    case incompleteEntry = "BRF032"
    case ambiguousDate = "BRF033"
    case noteEntryMismatch = "BRF034"
    case entriesOutOfOrder = "BRF040"
    case authorNotInverted = "BRF041"

    public var defaultSeverity: Severity {
        switch self {
        case .undefinedNote, .duplicateNote, .ibidWithoutSource: return .error
        case .shortFormFirst, .ambiguousDate, .noteEntryMismatch, .entriesOutOfOrder, .authorNotInverted:
            return .information
        default: return .warning
        }
    }

    public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Another place that explains a finding (LSP `relatedInformation`).
public struct RelatedLocation: Hashable, Sendable {
    public var range: TextRange
    public var message: String

    public init(range: TextRange, message: String) {
        self.range = range
        self.message = message
    }
}

/// One defect found in a brief.
public struct Finding: Hashable, Sendable {
    public var code: FindingCode
    public var severity: Severity
    /// The narrowest range that shows the problem, in UTF-8 byte offsets.
    public var range: TextRange
    /// A sentence a writer understands, without the code.
    public var message: String
    public var related: [RelatedLocation]

    public init(_ code: FindingCode, _ range: TextRange, _ message: String, related: [RelatedLocation] = [], severity: Severity? = nil) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.range = range
        self.message = message
        self.related = related
    }
}
