import Foundation
import TraceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How long opening a store waits for another process's first load (``FirstLoad``) to end, and whom to tell.
public struct StoreWait: Sendable {
    /// The longest wait, in seconds; 0 refuses at once.
    public var seconds: Double
    /// Called once when the open starts waiting (the CLI says so on standard error).
    public var onWait: (@Sendable (Message) -> Void)?

    public init(seconds: Double = StoreWait.defaultSeconds, onWait: (@Sendable (Message) -> Void)? = nil) {
        self.seconds = seconds
        self.onWait = onWait
    }

    /// Two minutes: a first load of a city's records (≈ 850 thousand) takes about one.
    public static let defaultSeconds: Double = 120
}

/// Every process that has a store open holds a shared `flock` on the store file; a first load holds it exclusively
/// while the store is out of WAL mode, so others wait for it instead of reading the store empty or failing with
/// "database is locked".
///
/// `flock` locks are the open file's, apart from the byte-range (`fcntl`) locks SQLite takes: the two never meet on a
/// local file system. Closing any descriptor of a file drops the process's `fcntl` locks on it, so the descriptor is
/// closed only after the store's connections (``TraceStore`` closes its pool first).
final class StoreLock: Sendable {
    private let descriptor: Int32

    /// Opens `path` and takes the shared lock, waiting up to `wait.seconds` while a first load holds it exclusively.
    init(path: String, wait: StoreWait) throws(StoreError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            let code = errno
            throw StoreError(
                .notAStore,
                Message.Store.cannotOpenFile(path, .systemError(code, english: String(cString: strerror(code)))))
        }
        self.descriptor = descriptor
        let deadline = Date().addingTimeInterval(wait.seconds)
        var told = false
        while flock(descriptor, LOCK_SH | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                // A file system without flock: nothing to coordinate with.
                return
            }
            guard Date() < deadline else {
                throw StoreError(.busy, Message.Store.busy(path, waited: Self.seconds(wait.seconds)))
            }
            if !told {
                told = true
                wait.onWait?(Message.Store.waiting(path))
            }
            usleep(50_000)
        }
    }

    deinit { close(descriptor) }

    /// Takes the lock exclusively for a first load; `false` (holding nothing more than before) when another process
    /// has the store open.
    func upgrade() -> Bool {
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
        // A failed conversion may have dropped the shared lock: take it again.
        downgrade()
        return false
    }

    /// Back to the shared lock when the first load has ended.
    func downgrade() {
        while flock(descriptor, LOCK_SH) != 0, errno == EINTR {}
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
