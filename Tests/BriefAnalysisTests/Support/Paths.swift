import Foundation

/// Files the tests read: the bundled example and the shared corpus beside the checkout.
enum Paths {
    /// The package root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var seedBrief: URL { root.appendingPathComponent("examples/seed-brief.txt") }
    static var corpus: URL { root.deletingLastPathComponent().appendingPathComponent("shared/corpus") }

    static func read(_ url: URL) throws -> [UInt8] {
        Array(try Data(contentsOf: url))
    }
}
