import Dispatch

/// Work started on a background queue, its result taken later by the one caller that holds it (as often as it
/// asks: the first time waits for the work to end). Work never started runs on the caller when its result is first
/// asked for.
///
/// Pipelines use it to let one batch be worked on (often with ``Parallel/map(_:_:)``, on every core) while the
/// caller reads the next.
public final class BackgroundWork<Value, Failure: Error>: @unchecked Sendable {
    private let work: () throws(Failure) -> Value
    // Written once by the work before `finished` is signalled, read only after waiting on it (or, never started,
    // written and read by the caller).
    private var outcome: Result<Value, Failure>?
    private let finished = DispatchSemaphore(value: 0)
    private var started = false
    private var collected = false

    /// Work that reads only values nothing changes while it runs.
    public init(_ work: @escaping () throws(Failure) -> Value) {
        self.work = work
    }

    /// Runs the work on a background queue (at most once).
    public func start() {
        guard !started else { return }
        started = true
        DispatchQueue.global().async {
            self.outcome = Result { () throws(Failure) -> Value in try self.work() }
            self.finished.signal()
        }
    }

    /// What the work returned or threw, waiting for it to end (or running it here, when never started).
    public func result() throws(Failure) -> Value {
        if !collected {
            if started { finished.wait() } else { outcome = Result { () throws(Failure) -> Value in try work() } }
            collected = true
        }
        return try outcome!.get()
    }
}
