import Dispatch

/// Runs blocking store work (SQLite reads and writes) on a Dispatch queue, off Swift's cooperative pool, so that a
/// long ingest or audit does not hold up the tasks serving other requests.
func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try work() })
        }
    }
}
