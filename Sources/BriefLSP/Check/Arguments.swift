/// What the command line asks for.
enum Command: Equatable {
    case server(logFile: String?, logLevel: LogLevel)
    /// `severities` maps a code to a level (`error`, `warning`, `info`, `hint`, `off`).
    case check(files: [String], format: CheckFormat, severities: [String: String] = [:])
    case help
    case version
}

/// Output of `brief-lsp check`.
enum CheckFormat: String, Equatable {
    case text, json
}

/// A command line that cannot be run, with the message to print.
struct UsageError: Error, Equatable {
    var message: String
}

enum Arguments {
    static let usage = """
        brief-lsp \(ServerIdentity.version): a language server for briefs (notes, citations, bibliographies)

        USAGE:
          brief-lsp [--stdio] [--log-file PATH] [--log-level error|warn|info|debug]
              Runs the language server on stdin/stdout (the default).
          brief-lsp check [--format text|json] [--severity BRFnnn=LEVEL]... FILE...
              Prints every finding as path:line:column: severity: message [BRFnnn]
              (line and column 1-based, the column counted in Unicode characters).
              --severity changes a code's level: error, warning, info, hint or off.
              Exit status: 0 clean, 1 if any error-severity finding, 2 if a file cannot be read.
          brief-lsp --help | --version

        """

    /// Parses the arguments after the program name.
    static func parse(_ arguments: [String]) -> Result<Command, UsageError> {
        if arguments.contains("--help") || arguments.contains("-h") { return .success(.help) }
        if arguments.contains("--version") { return .success(.version) }
        if arguments.first == "check" { return parseCheck(Array(arguments.dropFirst())) }
        if arguments.first == "help" { return .success(.help) }
        var logFile: String?
        var logLevel = LogLevel.warn
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let (name, inline) = split(argument)
            switch name {
            case "--stdio":
                break
            case "--log-file":
                guard let value = inline ?? value(after: index, in: arguments) else {
                    return .failure(UsageError(message: "--log-file needs a path"))
                }
                logFile = value
                if inline == nil { index += 1 }
            case "--log-level":
                guard let value = inline ?? value(after: index, in: arguments) else {
                    return .failure(UsageError(message: "--log-level needs one of error, warn, info, debug"))
                }
                guard let level = LogLevel(name: value) else {
                    return .failure(UsageError(message: "unknown log level '\(value)' (use error, warn, info or debug)"))
                }
                logLevel = level
                if inline == nil { index += 1 }
            default:
                // Clients add their own flags (VS Code: --clientProcessId=N); they are harmless.
                guard name.hasPrefix("--") else {
                    return .failure(UsageError(message: "unexpected argument '\(argument)'"))
                }
            }
            index += 1
        }
        return .success(.server(logFile: logFile, logLevel: logLevel))
    }

    private static func parseCheck(_ arguments: [String]) -> Result<Command, UsageError> {
        var files: [String] = []
        var format = CheckFormat.text
        var severities: [String: String] = [:]
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            let (name, inline) = split(argument)
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                files.append(argument)
            } else if argument == "--" {
                optionsEnded = true
            } else if name == "--format" {
                guard let value = inline ?? value(after: index, in: arguments) else {
                    return .failure(UsageError(message: "--format needs text or json"))
                }
                guard let chosen = CheckFormat(rawValue: value) else {
                    return .failure(UsageError(message: "unknown format '\(value)' (use text or json)"))
                }
                format = chosen
                if inline == nil { index += 1 }
            } else if name == "--severity" {
                guard let value = inline ?? value(after: index, in: arguments),
                      let equals = value.firstIndex(of: "="), equals > value.startIndex
                else {
                    return .failure(UsageError(message: "--severity needs CODE=LEVEL, e.g. BRF040=off"))
                }
                severities[String(value[..<equals])] = String(value[value.index(after: equals)...])
                if inline == nil { index += 1 }
            } else {
                return .failure(UsageError(message: "unknown option '\(argument)' for check"))
            }
            index += 1
        }
        guard !files.isEmpty else { return .failure(UsageError(message: "check needs at least one FILE")) }
        return .success(.check(files: files, format: format, severities: severities))
    }

    /// `--name=value` → ("--name", "value"); anything else → (argument, nil).
    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private static func value(after index: Int, in arguments: [String]) -> String? {
        index + 1 < arguments.count ? arguments[index + 1] : nil
    }
}
