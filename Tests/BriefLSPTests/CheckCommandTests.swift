@testable import BriefLSP
import Foundation
import Testing

/// `brief-lsp check`, run as a process.
// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct CheckCommandTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = BinaryLocator.briefLSP
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func temporaryFile(_ text: String, name: String = "brief.txt") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("brief-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func unreadableFileExitsWithTwo() throws {
        let result = try run(["check", "/nonexistent/brief.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read /nonexistent/brief.txt"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aDirectoryIsUnreadableInput() throws {
        let result = try run(["check", FileManager.default.temporaryDirectory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read"))
    }

    @Test func errorsPrintAsCompilersDoAndExitWithOne() throws {
        let path = try temporaryFile("Title\n\nClaim 中文😀 here.[2]\n\n[1] A note.\n")
        let result = try run(["check", path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // Column 16 counts characters: `中`, `文` and `😀` are one column each.
        #expect(lines.first { $0.hasSuffix("[BRF001]") }?.hasPrefix("\(path):3:16: error: ") == true, "\(lines)")
        #expect(lines.first { $0.hasSuffix("[BRF002]") }?.hasPrefix("\(path):5:1: warning: ") == true, "\(lines)")
        #expect(lines == lines.sorted { place($0).lexicographicallyPrecedes(place($1)) })
    }

    @Test func cleanFilesExitWithZeroAndPrintNothing() throws {
        let path = try temporaryFile("Title\n\nA claim.[1]\n\n[1] Commentary without a source.\n")
        let result = try run(["check", path])
        #expect(result.status == 0)
        #expect(result.stdout == "")
    }

    @Test
    func theSeedHasWarningsButNoErrors() throws {
        let result = try run(["check", Briefs.seedPath])
        #expect(result.status == 0, "\(result.stdout)")
        let line = TextPositions(text: try Briefs.seed()).lineOf("Ibdi.") + 1
        #expect(result.stdout.contains("\(Briefs.seedPath):\(line):5: warning: "), "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").contains { $0.hasSuffix("[BRF011]") })
    }

    @Test func jsonFormatListsEveryFinding() throws {
        let path = try temporaryFile("# Title\n\nClaim.[^a] Other.[^b]\n\n[^a]: Note.\n", name: "brief.md")
        let result = try run(["check", "--format", "json", path])
        #expect(result.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let first = parsed?.first
        #expect(parsed?.count == 1)
        #expect(first?["path"] as? String == path)
        #expect(first?["code"] as? String == "BRF001")
        #expect(first?["severity"] as? String == "error")
        #expect(first?["line"] as? Int == 3)
        #expect(first?["column"] as? Int == 18)
        #expect(first?["endColumn"] as? Int == 22)
        #expect((first?["message"] as? String)?.isEmpty == false)
    }

    @Test func jsonFormatOfACleanFileIsAnEmptyList() throws {
        let path = try temporaryFile("Title\n\nNo notes at all.\n")
        let result = try run(["check", "--format=json", path])
        #expect(result.stdout == "[]\n")
        #expect(result.status == 0)
    }

    @Test func oneUnreadableFileAmongSeveralStillReportsTheOthers() throws {
        let path = try temporaryFile("Title\n\nClaim.[3]\n")
        let result = try run(["check", path, "/nonexistent/x.txt"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("[BRF001]"))
    }

    @Test func severityOverridesChangeTheOutputAndTheExitStatus() throws {
        let path = try temporaryFile("Title\n\nClaim.[3]\n")
        let lowered = try run(["check", "--severity", "BRF001=warning", path])
        #expect(lowered.status == 0)
        #expect(lowered.stdout.contains(": warning: ") && lowered.stdout.contains("[BRF001]"))
        let silenced = try run(["check", "--severity=brf001=off", path])
        #expect(silenced.status == 0)
        #expect(!silenced.stdout.contains("[BRF001]"))
        let unknown = try run(["check", "--severity", "BRF001=loud", path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("loud"))
    }

    @Test(arguments: [["check"], ["check", "--format", "xml", "a.txt"], ["--log-level", "loud"], ["stray"]])
    func usageErrorsExitWithTwo(_ arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("USAGE"))
    }

    private func place(_ line: String) -> [Int] {
        line.split(separator: ":").dropFirst().prefix(2).compactMap { Int($0) }
    }
}

// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct ArgumentTests {
    @Test func parsesEveryCommand() {
        #expect(Arguments.parse([]) == .success(.server(logFile: nil, logLevel: .warn)))
        #expect(Arguments.parse(["--stdio", "--clientProcessId=42"]) == .success(.server(logFile: nil, logLevel: .warn)))
        #expect(Arguments.parse(["--log-file", "/tmp/x.log", "--log-level=debug"]) == .success(.server(logFile: "/tmp/x.log", logLevel: .debug)))
        #expect(Arguments.parse(["check", "a.txt", "--format", "json", "b.md"]) == .success(.check(files: ["a.txt", "b.md"], format: .json)))
        #expect(Arguments.parse(["check", "--severity", "BRF040=off", "a.txt"]) == .success(.check(files: ["a.txt"], format: .text, severities: ["BRF040": "off"])))
        #expect(Arguments.parse(["check", "--", "--odd-name.txt"]) == .success(.check(files: ["--odd-name.txt"], format: .text)))
        #expect(Arguments.parse(["--version"]) == .success(.version))
        #expect(Arguments.parse(["check", "--help"]) == .success(.help))
    }
}
