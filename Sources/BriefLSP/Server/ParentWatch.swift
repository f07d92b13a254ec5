#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Ends the server when the editor that started it has died (LSP: `processId` in
/// `initialize`), so a crashed editor leaves no server behind.
enum ParentWatch {
    /// How often the editor's process is checked.
    static let interval = DispatchTimeInterval.seconds(1)

    /// Starts checking `pid` once a second; the process exits with status 1 when it is gone.
    static func start(pid: Int) -> AnyObject? {
        guard pid > 0, pid <= Int(Int32.max) else { return nil }
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler {
            // Signal 0 only asks whether the process exists; EPERM means it does.
            if kill(pid_t(pid), 0) != 0, errno == ESRCH {
                Log.shared.warn("the editor's process \(pid) is gone; exiting")
                StdioLoop.leave(1)
            }
        }
        timer.resume()
        return timer as AnyObject
    }
}
