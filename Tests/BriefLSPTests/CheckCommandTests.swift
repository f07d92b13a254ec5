import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func unreadableFileExitsWithTwo() throws {
        let process = Process()
        process.executableURL = BinaryLocator.briefLSP
        process.arguments = ["check", "/nonexistent/brief.txt"]
        process.standardError = Pipe()
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
    }
}
