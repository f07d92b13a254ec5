import BriefAnalysis

/// `brief-lsp check FILE…`: analyses each file and prints its findings.
enum CheckCommand {
    /// Exit status: 2 when a file cannot be read, else 1 when any finding is an error, else 0.
    static func run(files: [String], format: CheckFormat, severities: [String: String] = [:]) -> Int32 {
        let (policy, problems) = FindingPolicy.parse(severities)
        guard problems.isEmpty else {
            FileIO.write(problems.map { "brief-lsp: \($0)\n" }.joined(), to: 2)
            return 2
        }
        var reports: [FileReport] = []
        var unreadable = false
        for path in files {
            switch FileIO.read(path) {
            case .failure(let problem):
                FileIO.write("brief-lsp: \(problem.message)\n", to: 2)
                unreadable = true
            case .success(let bytes):
                let text = SourceText(bytes: bytes)
                let analysis = Analyzer.analyze(text, kind: DocumentKind.infer(path: path))
                reports.append(FileReport(path: path, text: text, findings: policy.apply(analysis.findings)))
            }
        }
        switch format {
        case .text: FileIO.write(FindingFormatter.text(reports), to: 1)
        case .json: FileIO.write(FindingFormatter.json(reports), to: 1)
        }
        if unreadable { return 2 }
        return reports.contains { $0.findings.contains { $0.severity == .error } } ? 1 : 0
    }
}
