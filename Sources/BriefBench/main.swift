import BriefAnalysis
import Foundation

let options = Options(Array(CommandLine.arguments.dropFirst()))
if options.flags.contains("--help") || options.flags.contains("-h") {
    emit(Options.usage)
    exit(0)
}

switch options.command {
case "generate":
    exit(Commands.generate(options))
case "profile":
    exit(Commands.profile(options))
case "all", "analysis", "queries", "lsp", "check":
    exit(Commands.measure(options))
default:
    FileHandle.standardError.write(Data("brief-bench: unknown command \(options.command)\n\(Options.usage)\n".utf8))
    exit(2)
}
