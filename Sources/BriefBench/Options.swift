import BriefAnalysis

/// The command line: `brief-bench [COMMAND] [--option value]… [ARGUMENT]…`.
struct Options {
    var command = "all"
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var arguments: [String] = []

    static let usage = """
    usage: brief-bench [all|analysis|queries|lsp|check] [--quick] [--server PATH] [--kind plain|markdown]
           brief-bench generate --size 1MiB --kind plain|markdown [--seed N] OUT
           brief-bench profile --size 1MiB --kind plain [--runs N] [--edit]

      all        every measure (the default); the end-to-end ones need the release brief-lsp
                 binary, found beside this one or given with --server
      analysis   full analysis per size (10KiB 100KiB 1MiB 5MiB) and re-analysis after an edit
      queries    hover, definition and references on the 1 MiB brief
      lsp        through brief-lsp over pipes: start→initialize, didOpen and didChange→
                 publishDiagnostics, peak RSS with the 5 MiB brief open
      check      the whole `brief-lsp check` process on the 1 MiB brief
      generate   write a generated brief to OUT (- for standard output)
      profile    analyse one generated brief --runs times, untimed (for callgrind or perf);
                 with --edit, insert one character before a marker before each analysis
      --quick    shorter runs, for a smoke test
      --skip startup,latency,memory   leave out some of the lsp measures
    """

    init(_ raw: [String]) {
        var index = 0
        if let first = raw.first, !first.hasPrefix("-") {
            command = first
            index = 1
        }
        while index < raw.count {
            let item = raw[index]
            if item == "--quick" || item == "--edit" || item == "--help" || item == "-h" {
                flags.insert(item)
            } else if item.hasPrefix("--"), index + 1 < raw.count {
                values[String(item.dropFirst(2))] = raw[index + 1]
                index += 1
            } else {
                arguments.append(item)
            }
            index += 1
        }
    }

    var quick: Bool { flags.contains("--quick") }

    var kinds: [DocumentKind] {
        if let name = values["kind"], let kind = DocumentKind(rawValue: name) { return [kind] }
        return [.plain, .markdown]
    }

    var sizes: [BriefSize] {
        guard let list = values["sizes"] else { return BriefSize.standard }
        return list.split(separator: ",").compactMap { BriefSize(String($0)) }
    }
}
