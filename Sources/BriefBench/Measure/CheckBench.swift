import BriefAnalysis
import Foundation

/// The whole `brief-lsp check FILE` process on the 1 MiB brief: start, read, analyse, print,
/// exit, as a writer or a CI job runs it. (`hyperfine` gives the same figure: see
/// docs/performance.md.)
struct CheckBench {
    var serverPath: String
    var quick: Bool

    func run(kind: DocumentKind, report: inout Report) {
        let directory = NSTemporaryDirectory() + "brief-bench-\(getpid())"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + (kind == .markdown ? "/brief-1MiB.md" : "/brief-1MiB.brief")
        let text = BriefGenerator(targetBytes: 1 << 20, kind: kind).generate().text
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            return Commands.fail("cannot write \(path)")
        }
        var samples = Samples()
        for run in 0..<(quick ? 5 : 40) {
            let start = nowNanoseconds()
            guard let pid = Spawn.start(serverPath, ["check", path]) else { return Commands.fail("cannot run \(serverPath)") }
            Spawn.wait(pid)
            if run >= 2 { samples.add(nowNanoseconds() - start) }
        }
        report.add("`brief-lsp check` process, \(kind.rawValue) 1 MiB", samples, targetMedian: 25)
    }
}
