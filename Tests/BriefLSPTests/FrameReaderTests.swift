@testable import BriefLSP
import Testing

// A hung server fails the test instead of holding CI for its whole time limit.
@Suite(.timeLimit(.minutes(2))) struct FrameReaderTests {
    private func frame(_ body: String, header: String = "Content-Length") -> [UInt8] {
        Array("\(header): \(body.utf8.count)\r\n\r\n\(body)".utf8)
    }

    private func events(_ reader: inout FrameReader) -> [FrameEvent] {
        var events: [FrameEvent] = []
        while let event = reader.next() { events.append(event) }
        return events
    }

    private func body(_ text: String) -> FrameEvent { .frame(Array(text.utf8)) }

    @Test func splitsSeveralFramesInOneChunk() {
        var reader = FrameReader()
        reader.append(frame("{\"a\":1}") + frame("{}") + frame("[2]"))
        #expect(events(&reader) == [body("{\"a\":1}"), body("{}"), body("[2]")])
        #expect(reader.pendingByteCount == 0)
        #expect(reader.finish() == nil)
    }

    @Test func assemblesAFrameDeliveredByteByByte() {
        var reader = FrameReader()
        let bytes = frame("{\"text\":\"é😀\"}") + frame("{}")
        var collected: [FrameEvent] = []
        for byte in bytes {
            reader.append([byte])
            collected += events(&reader)
        }
        #expect(collected == [body("{\"text\":\"é😀\"}"), body("{}")])
    }

    @Test func readsHeadersInAnyCaseWithOtherHeadersAndBareNewlines() {
        var reader = FrameReader()
        reader.append(Array("content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:  2 \r\n\r\n{}".utf8))
        reader.append(Array("Content-Length: 2\n\n[]".utf8))
        #expect(events(&reader) == [body("{}"), body("[]")])
    }

    @Test func reportsMissingLengthAndResynchronises() {
        var reader = FrameReader()
        reader.append(Array("Content-Type: x\r\n\r\n{\"lost\":1}".utf8) + frame("{}"))
        #expect(events(&reader) == [.error(.missingContentLength), body("{}")])
    }

    @Test(arguments: ["-5", "abc", "", "12x", "1.5"])
    func reportsInvalidLengthAndResynchronises(_ value: String) {
        var reader = FrameReader()
        reader.append(Array("Content-Length: \(value)\r\n\r\n{}".utf8) + frame("[1]"))
        let found = events(&reader)
        #expect(found.count == 2)
        #expect(found.last == body("[1]"))
        if case .error(.invalidContentLength) = found.first {} else { Issue.record("expected invalidContentLength, got \(found)") }
    }

    @Test func refusesHugeLengthsWithoutAllocating() {
        var reader = FrameReader()
        reader.append(Array("Content-Length: 99999999999999999999999\r\n\r\n{}".utf8) + frame("[1]"))
        let found = events(&reader)
        #expect(found.count == 2)
        if case .error(.tooLarge) = found.first {} else { Issue.record("expected tooLarge, got \(found)") }
        #expect(found.last == body("[1]"))

        var exact = FrameReader()
        exact.append(Array("Content-Length: \(FrameReader.maxContentLength + 1)\r\n\r\n".utf8))
        #expect(events(&exact) == [.error(.tooLarge(FrameReader.maxContentLength + 1))])
    }

    @Test func skipsGarbageBeforeTheNextHeader() {
        var reader = FrameReader()
        reader.append(Array("{\"no\":\"header\"}\r\n".utf8) + frame("{}"))
        let found = events(&reader)
        #expect(found.last == body("{}"))
        #expect(found.count == 2)
    }

    @Test func givesUpOnEndlessHeaders() {
        var reader = FrameReader()
        reader.append([UInt8](repeating: UInt8(ascii: "x"), count: FrameReader.maxHeaderBytes + 10))
        if case .error(.malformedHeader) = reader.next() {} else { Issue.record("expected malformedHeader") }
        reader.append(frame("{}"))
        #expect(events(&reader) == [body("{}")])
    }

    @Test func reportsATruncatedBodyAtEndOfInput() {
        var reader = FrameReader()
        reader.append(Array("Content-Length: 10\r\n\r\n{\"a\"".utf8))
        #expect(events(&reader) == [])
        #expect(reader.finish() == .truncated(missingBytes: 6))
    }

    @Test func writesFramesWithExactLengths() {
        let framed = FrameWriter.frame(Array("{\"é\":1}".utf8))
        #expect(String(decoding: framed, as: UTF8.self) == "Content-Length: 8\r\n\r\n{\"é\":1}")
    }
}
