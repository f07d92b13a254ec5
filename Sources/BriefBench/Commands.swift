import BriefAnalysis
import Foundation

/// What each command of `brief-bench` does.
enum Commands {
    static func generate(_ options: Options) -> Int32 {
        guard let sizeName = options.values["size"], let size = BriefSize(sizeName), let out = options.arguments.first else {
            fail("generate needs --size and an output path\n\(Options.usage)")
            return 2
        }
        let kind = options.kinds.count == 1 ? options.kinds[0] : .plain
        var generator = BriefGenerator(targetBytes: size.bytes, kind: kind)
        if let seed = options.values["seed"].flatMap(UInt64.init) { generator.seed = seed }
        let output = generator.generate()
        if out == "-" {
            FileHandle.standardOutput.write(Data(output.text.utf8))
        } else if !FileManager.default.createFile(atPath: out, contents: Data(output.text.utf8)) {
            fail("cannot write \(out)")
            return 2
        }
        FileHandle.standardError.write(Data("\(output.text.utf8.count) bytes, \(output.noteCount) notes, \(output.sourceCount) sources, \(output.defectsPerCode) defect(s) per code\n".utf8))
        return 0
    }

    static func profile(_ options: Options) -> Int32 {
        let size = options.values["size"].flatMap(BriefSize.init) ?? BriefSize(bytes: 1 << 20, name: "1 MiB")
        let kind = options.kinds.count == 1 ? options.kinds[0] : .plain
        let runs = options.values["runs"].flatMap(Int.init) ?? 10
        var text = SourceText(BriefGenerator(targetBytes: size.bytes, kind: kind).generate().text)
        var findings = 0
        if options.flags.contains("--edit") {
            // One-character edits before markers, each followed by a re-analysis.
            var analysed = Analyzer.analyze(text, kind: kind)
            let markers = analysed.parsed.markers
            for run in 0..<runs {
                let at = markers.isEmpty ? 0 : markers[(run * 7919) % markers.count].range.lowerBound
                text.replace(TextRange(at, at), with: "x")
                analysed = Analyzer.analyze(text, kind: kind)
                findings = analysed.findings.count
            }
        } else {
            for _ in 0..<runs { findings = Analyzer.analyze(text, kind: kind).findings.count }
        }
        emit("\(runs) analyses of \(text.count) bytes, \(findings) findings")
        return 0
    }

    static func measure(_ options: Options) -> Int32 {
        let budget = options.quick ? 0.3 : 2.0
        var report = Report()
        emit(machineDescription())
        emit(Report.header)
        let bench = AnalysisBench(budget: budget)
        let command = options.command
        if command == "all" || command == "analysis" {
            bench.fullAnalysis(sizes: options.sizes, kinds: options.kinds, report: &report)
            for kind in options.kinds { bench.reanalysis(kind: kind, report: &report) }
        }
        if command == "all" || command == "queries" {
            for kind in options.kinds { bench.queries(kind: kind, report: &report) }
        }
        if command == "all" || command == "check" || command == "lsp" {
            let server = options.values["server"] ?? defaultServerPath()
            guard FileManager.default.isExecutableFile(atPath: server) else {
                fail("no brief-lsp binary at \(server): build it (swift build -c release --product brief-lsp) or pass --server PATH")
                return 2
            }
            if command != "lsp" {
                for kind in options.kinds { CheckBench(serverPath: server, quick: options.quick).run(kind: kind, report: &report) }
            }
            if command != "check" {
                let endToEnd = EndToEndBench(serverPath: server, quick: options.quick)
                let skip = Set((options.values["skip"] ?? "").split(separator: ",").map(String.init))
                if !skip.contains("startup") { endToEnd.startup(report: &report) }
                if !skip.contains("latency") {
                    for kind in options.kinds { endToEnd.documentLatency(kind: kind, report: &report) }
                }
                if !skip.contains("memory") {
                    for kind in options.kinds { endToEnd.peakMemory(kind: kind, report: &report) }
                }
            }
        }
        let missed = report.rows.filter { $0.met == false }.count
        emit(missed == 0 ? "all targets met" : "\(missed) target(s) missed")
        return missed == 0 ? 0 : 1
    }

    /// `brief-lsp` beside this executable (both are built into the same `.build/release`).
    static func defaultServerPath() -> String {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent("brief-lsp").path
    }

    static func machineDescription() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown"
        return "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(model); load average \(loadAverage())"
    }

    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "").split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func fail(_ message: String) {
        FileHandle.standardError.write(Data("brief-bench: \(message)\n".utf8))
    }
}

extension BriefSize {
    init(bytes: Int, name: String) {
        self.bytes = bytes
        self.name = name
    }
}
