/// A brief size as the benchmark names it: `10KiB`, `1MiB`, or a byte count.
struct BriefSize {
    var bytes: Int
    var name: String

    static let standard = ["10KiB", "100KiB", "1MiB", "5MiB"].compactMap(BriefSize.init)

    init?(_ text: String) {
        let units: [(String, Int)] = [("KiB", 1 << 10), ("MiB", 1 << 20), ("KB", 1000), ("MB", 1_000_000), ("B", 1)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let number = Int(text.dropLast(suffix.count)), number > 0 else { return nil }
            bytes = number * scale
            name = "\(number) \(suffix)"
            return
        }
        guard let number = Int(text), number > 0 else { return nil }
        bytes = number
        name = "\(number) B"
    }
}
