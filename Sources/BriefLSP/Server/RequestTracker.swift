import Synchronization

/// Requests handed to the worker and not yet answered, and which of them the client
/// cancelled with `$/cancelRequest`.
final class RequestTracker: Sendable {
    private let pending = Mutex<[RequestID: Bool]>([:])

    func begin(_ id: RequestID) {
        pending.withLock { $0[id] = false }
    }

    /// Marks a pending request cancelled; ids that are not pending are ignored, as LSP asks.
    func cancel(_ id: RequestID) {
        pending.withLock { pending in
            if pending[id] != nil { pending[id] = true }
        }
    }

    func isCancelled(_ id: RequestID) -> Bool {
        pending.withLock { $0[id] ?? false }
    }

    /// Forgets a request once answered; returns whether it had been cancelled.
    func end(_ id: RequestID) -> Bool {
        pending.withLock { $0.removeValue(forKey: id) ?? false }
    }
}
