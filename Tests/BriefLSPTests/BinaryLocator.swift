import Foundation

/// Finds the `brief-lsp` executable that `swift build` put beside the test bundle.
enum BinaryLocator {
    static var briefLSP: URL {
        let bundle = Bundle.main.bundleURL
        var directory = bundle
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("brief-lsp")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return bundle.deletingLastPathComponent().appendingPathComponent("brief-lsp")
    }
}
