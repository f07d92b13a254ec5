import BriefAnalysis
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "check", arguments.count > 1 {
    for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("brief-lsp: cannot read \(path)\n".utf8))
            exit(2)
        }
        let text = SourceText(bytes: Array(data))
        let analysed = Analyzer.analyze(text, kind: DocumentKind.infer(path: path))
        for finding in analysed.findings {
            let at = text.position(of: finding.range.lowerBound)
            print("\(path):\(at.line + 1):\(at.column + 1): \(finding.severity.label): \(finding.message) [\(finding.code.rawValue)]")
        }
    }
}
