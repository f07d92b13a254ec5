import BriefAnalysis
import Foundation

/// Measures through the real `brief-lsp` binary over pipes, as an editor meets it.
struct EndToEndBench {
    var serverPath: String
    var quick: Bool

    private var runs: Int { quick ? 5 : 30 }

    /// Process start (spawn) to the `initialize` result, a new process each run.
    func startup(report: inout Report) {
        var samples = Samples()
        for _ in 0..<runs + 2 {
            let start = nowNanoseconds()
            guard let server = LSPProcess(path: serverPath) else { return fail("cannot start \(serverPath)") }
            server.send(LSPMessages.initialize(id: 1))
            guard let reply = server.waitFor(timeout: 10, { ($0["id"] as? Int) == 1 }) else {
                server.stop()
                return fail("no initialize result")
            }
            samples.add(reply.time - start)
            server.stop()
        }
        report.add("brief-lsp start → initialize result", samples, targetMedian: 10)
    }

    /// `didOpen` of the 1 MiB brief to its `publishDiagnostics`, then incremental one-character
    /// `didChange`s to theirs, and hover/definition/references round trips.
    func documentLatency(kind: DocumentKind, report: inout Report) {
        let text = BriefGenerator(targetBytes: 1 << 20, kind: kind).generate().text
        let bytes = Array(text.utf8)
        guard let server = start() else { return }
        defer { server.stop() }
        let languageID = kind == .markdown ? "markdown" : "brief"
        let suffix = kind == .markdown ? "md" : "brief"

        var open = Samples()
        var openCPU = Samples()
        for run in 0..<(runs + 2) {
            let uri = "file:///bench/open-\(run).\(suffix)"
            let message = LSPMessages.didOpen(uri: uri, languageID: languageID, version: 1, text: bytes)
            let cpuStart = server.cpuNanoseconds()
            let start = nowNanoseconds()
            server.send(message)
            guard let published = server.waitFor({ Self.isPublish($0, uri: uri, version: 1) }) else {
                return fail("no publishDiagnostics after didOpen")
            }
            if run >= 2 {
                open.add(published.time - start)
                openCPU.add(server.cpuNanoseconds() - cpuStart)
            }
            server.send(LSPMessages.didClose(uri: uri))
        }
        report.add("didOpen → publishDiagnostics \(kind.rawValue) 1 MiB", open, extra: "server CPU \(Report.ms(openCPU.median))", targetMedian: 20)

        // One document kept open and edited: insert a character before a marker, then delete it.
        let uri = "file:///bench/edited.\(suffix)"
        server.send(LSPMessages.didOpen(uri: uri, languageID: languageID, version: 1, text: bytes))
        guard server.waitFor({ Self.isPublish($0, uri: uri, version: 1) }) != nil else { return fail("no diagnostics for the edited document") }
        let mirror = SourceText(bytes: bytes)
        let markers = Analyzer.analyze(mirror, kind: kind).parsed.markers
        guard !markers.isEmpty else { return fail("the generated brief has no markers") }
        var random = SeededRandom(seed: 5)
        var change = Samples()
        var changeCPU = Samples()
        var version = 1
        for run in 0..<(quick ? 10 : 100) {
            let at = mirror.position(of: markers[random.below(markers.count)].range.lowerBound, encoding: .utf16)
            for insert in [true, false] {
                version += 1
                let end = insert ? (at.line, at.column) : (at.line, at.column + 1)
                let message = LSPMessages.didChange(uri: uri, version: version, start: (at.line, at.column), end: end, text: insert ? "x" : "")
                let cpuStart = server.cpuNanoseconds()
                let start = nowNanoseconds()
                server.send(message)
                guard let published = server.waitFor({ Self.isPublish($0, uri: uri, version: version) }) else {
                    return fail("no publishDiagnostics after didChange")
                }
                if run >= 2 {
                    change.add(published.time - start)
                    changeCPU.add(server.cpuNanoseconds() - cpuStart)
                }
            }
        }
        report.add("didChange → publishDiagnostics \(kind.rawValue) 1 MiB", change, extra: "server CPU \(Report.ms(changeCPU.median))", targetMedian: 10)

        var id = 100
        for method in ["textDocument/hover", "textDocument/definition", "textDocument/references"] {
            var samples = Samples()
            for run in 0..<(quick ? 50 : 400) {
                let at = mirror.position(of: markers[random.below(markers.count)].range.lowerBound + 1, encoding: .utf16)
                id += 1
                let extra = method.hasSuffix("references") ? ",\"context\":{\"includeDeclaration\":true}" : ""
                let start = nowNanoseconds()
                server.send(LSPMessages.position(id: id, method: method, uri: uri, line: at.line, character: at.column, extra: extra))
                let expected = id
                guard let reply = server.waitFor({ ($0["id"] as? Int) == expected }) else { return fail("no reply to \(method)") }
                if run >= 5 { samples.add(reply.time - start) }
            }
            report.add("\(method.dropFirst("textDocument/".count)) round trip \(kind.rawValue) 1 MiB", samples)
        }
    }

    /// Peak resident memory of the server with the 5 MiB brief open, edited and queried.
    func peakMemory(kind: DocumentKind, report: inout Report) {
        let text = BriefGenerator(targetBytes: 5 << 20, kind: kind).generate().text
        guard let server = start() else { return }
        defer { server.stop() }
        let idle = server.peakResidentBytes() ?? 0
        let uri = "file:///bench/big.\(kind == .markdown ? "md" : "brief")"
        server.send(LSPMessages.didOpen(uri: uri, languageID: kind == .markdown ? "markdown" : "brief", version: 1, text: Array(text.utf8)))
        guard server.waitFor(timeout: 60, { Self.isPublish($0, uri: uri, version: 1) }) != nil else { return fail("no diagnostics for 5 MiB") }
        let opened = server.peakResidentBytes() ?? 0
        var version = 1
        for line in stride(from: 2, to: 400, by: 40) {
            version += 1
            server.send(LSPMessages.didChange(uri: uri, version: version, start: (line, 0), end: (line, 0), text: "x"))
            _ = server.waitFor(timeout: 60) { Self.isPublish($0, uri: uri, version: version) }
            server.send(LSPMessages.position(id: 1000 + version, method: "textDocument/hover", uri: uri, line: line, character: 3))
            _ = server.waitFor(timeout: 60) { ($0["id"] as? Int) == 1000 + version }
        }
        guard let peak = server.peakResidentBytes() else { return fail("cannot read VmHWM") }
        let mebibytes = Double(peak) / 1_048_576
        report.add(Report.Row(measure: "peak RSS (VmHWM), 5 MiB \(kind.rawValue) brief open + 10 edits", median: String(format: "%.1f MiB", mebibytes),
                              p99: "", extra: String(format: "idle %.1f, after didOpen %.1f MiB", Double(idle) / 1_048_576, Double(opened) / 1_048_576),
                              target: "≤ 80 MiB", met: mebibytes <= 80))
    }

    private func start() -> LSPProcess? {
        guard let server = LSPProcess(path: serverPath) else {
            fail("cannot start \(serverPath)")
            return nil
        }
        server.send(LSPMessages.initialize(id: 1))
        guard server.waitFor(timeout: 10, { ($0["id"] as? Int) == 1 }) != nil else {
            fail("no initialize result")
            return nil
        }
        server.send(LSPMessages.notification(method: "initialized", params: "{}"))
        return server
    }

    static func isPublish(_ message: [String: Any], uri: String, version: Int) -> Bool {
        guard message["method"] as? String == "textDocument/publishDiagnostics",
              let params = message["params"] as? [String: Any], params["uri"] as? String == uri else { return false }
        // A server that does not send versions publishes once per change here.
        guard let published = params["version"] as? Int else { return true }
        return published == version
    }

    private func fail(_ message: String) {
        Commands.fail(message)
    }
}
