import Foundation

/// The benchmark's table: one row per measure, with its target when the issue sets one.
struct Report {
    struct Row {
        var measure: String
        var median: String
        var p99: String
        var extra: String
        var target: String
        var met: Bool?
    }

    private(set) var rows: [Row] = []

    mutating func add(_ measure: String, _ samples: Samples, extra: String = "",
                      targetMedian: Double? = nil, targetP99: Double? = nil) {
        var target = ""
        var met: Bool?
        if let targetMedian {
            target = "median ≤ \(Report.ms(targetMedian * 1e6))"
            met = samples.median <= targetMedian * 1e6
        }
        if let targetP99 {
            target = "p99 ≤ \(Report.ms(targetP99 * 1e6))"
            met = samples.p99 <= targetP99 * 1e6
        }
        let cpu = samples.cpuMedian.map { "CPU \(Report.ms($0))" }
        add(Row(measure: measure + " (n=\(samples.count))", median: Report.ms(samples.median), p99: Report.ms(samples.p99),
                extra: [extra, cpu].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "), target: target, met: met))
    }

    mutating func add(_ row: Row) {
        rows.append(row)
        emit(Report.line(row))
    }

    static func line(_ row: Row) -> String {
        let verdict = row.met.map { $0 ? "met" : "MISSED" } ?? ""
        return "| \(row.measure) | \(row.median) | \(row.p99) | \(row.extra) | \(row.target) | \(verdict) |"
    }

    static let header = "| measure | median | p99 | other | target | |\n|---|---|---|---|---|---|"

    /// Milliseconds with three significant decimals for small values.
    static func ms(_ nanoseconds: Double) -> String {
        let value = nanoseconds / 1e6
        if value.isNaN { return "–" }
        if value < 0.1 { return String(format: "%.4f ms", value) }
        if value < 10 { return String(format: "%.3f ms", value) }
        return String(format: "%.1f ms", value)
    }
}

/// Writes a line to standard output at once (unbuffered), so progress shows while long
/// measures run even when the output is piped.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
