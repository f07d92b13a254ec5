#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Chooses between the command line (`check`, `--help`, `--version`) and the server.
switch Arguments.parse(Array(CommandLine.arguments.dropFirst())) {
case .failure(let problem):
    FileIO.write("brief-lsp: \(problem.message)\n\n\(Arguments.usage)", to: 2)
    exit(2)
case .success(.help):
    FileIO.write(Arguments.usage, to: 1)
    exit(0)
case .success(.version):
    FileIO.write("\(ServerIdentity.name) \(ServerIdentity.version)\n", to: 1)
    exit(0)
case .success(.check(let files, let format, let severities)):
    exit(CheckCommand.run(files: files, format: format, severities: severities))
case .success(.server(let logFile, let logLevel)):
    if let problem = Log.shared.configure(level: logLevel, path: logFile) {
        FileIO.write("brief-lsp: \(problem)\n", to: 2)
        exit(2)
    }
    StdioLoop.run()
}
