import Foundation

/// Monotonic time in nanoseconds.
@inline(__always)
func nowNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
}

/// CPU time of this process, summed over its threads, in nanoseconds: the work done, which
/// other processes holding the CPU do not inflate (the analysis runs on several threads).
@inline(__always)
func processCPUNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
}

/// Timings of one measure, in nanoseconds, and the statistics the report quotes.
struct Samples {
    private(set) var values: [UInt64] = []
    /// Process CPU time of each run, when measured in process.
    private(set) var cpuValues: [UInt64] = []

    mutating func add(_ nanoseconds: UInt64) { values.append(nanoseconds) }

    /// Median process CPU time, nil when not measured.
    var cpuMedian: Double? {
        guard !cpuValues.isEmpty else { return nil }
        var cpu = Samples()
        for value in cpuValues { cpu.add(value) }
        return cpu.median
    }

    var count: Int { values.count }

    /// Nearest-rank percentile, `p` in 0…100.
    func percentile(_ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
        return Double(sorted[min(max(rank, 0), sorted.count - 1)])
    }

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
    }

    var p99: Double { percentile(99) }
    var minimum: Double { Double(values.min() ?? 0) }

    /// Times `body` until `budget` seconds have passed, at least `minimum` and at most
    /// `maximum` times, after `warmup` untimed calls. What `body` returns is released after
    /// the clock stops: an analysis is timed until it is ready, as the server then keeps it.
    static func measure<Result>(warmup: Int = 3, minimum: Int = 20, maximum: Int = 1000, budget: Double = 2,
                                _ body: () -> Result) -> Samples {
        for _ in 0..<warmup { consume(body()) }
        var samples = Samples()
        let deadline = nowNanoseconds() + UInt64(budget * 1e9)
        while samples.count < maximum, samples.count < minimum || nowNanoseconds() < deadline {
            let cpuStart = processCPUNanoseconds()
            let start = nowNanoseconds()
            let result = body()
            samples.add(nowNanoseconds() - start)
            samples.cpuValues.append(processCPUNanoseconds() - cpuStart)
            consume(result)
        }
        return samples
    }
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
