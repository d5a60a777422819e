import Foundation

/// How far a long piece of work has come, written by the work and read by whoever shows it, from any thread.
///
/// The work calls ``add(_:)`` (or ``set(_:)``) as it goes and sets ``total`` when it knows it; a progress display reads
/// ``snapshot()`` on its own schedule. Cheap enough to call per batch, not meant per byte.
public final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var total: Int?

    public init(total: Int? = nil) {
        self.total = total
    }

    /// Adds `count` to what is done.
    public func add(_ count: Int) {
        lock.lock()
        done += count
        lock.unlock()
    }

    /// Sets what is done.
    public func set(_ count: Int) {
        lock.lock()
        done = count
        lock.unlock()
    }

    /// Sets the total (`nil`: not known).
    public func setTotal(_ count: Int?) {
        lock.lock()
        total = count
        lock.unlock()
    }

    /// What is done, and of how much when known.
    public func snapshot() -> (done: Int, total: Int?) {
        lock.lock()
        defer { lock.unlock() }
        return (done, total)
    }
}
