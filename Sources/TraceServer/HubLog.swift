import Foundation
import Logging
import ServiceLifecycle
import TraceCrypto
import TraceLog
import TraceStore

/// The hub's transparency log: every record the hub accepts becomes a leaf, in acceptance order, and the hub signs a
/// tree head with its log key at a fixed interval (``HubLogService``), after every accepted push, and on demand
/// (`GET /log/head`). See ``TraceStore/signTreeHead(key:now:)``.
public final class HubLog: Sendable {
    let store: TraceStore
    let key: PrivateKey
    let now: @Sendable () -> Int64

    /// Turns the store's log on (appending every record it holds, in acceptance order) and signs a first head.
    public init(store: TraceStore, key: PrivateKey, now: @escaping @Sendable () -> Int64) throws(StoreError) {
        self.store = store
        self.key = key
        self.now = now
        try store.enableLog()
        _ = try sign()
    }

    /// Appends the records accepted since the last head and signs a new head when there are any.
    @discardableResult
    func sign() throws(StoreError) -> TreeHead {
        try store.signTreeHead(key: key, now: now())
    }

    /// The log key of a hub: read from `path`, or made there (Ed25519, mode 0600) when no file is there yet.
    public static func key(at path: String) throws(CryptoError) -> PrivateKey {
        if FileManager.default.fileExists(atPath: path) { return try KeyFile.read(path).key }
        let key = try PrivateKey.generate(.ed25519)
        try KeyFile.write(key, party: "HUB-LOG", to: path)
        return key
    }
}

/// Signs a tree head every `interval` while the hub runs (nothing is signed when no record came in).
struct HubLogService: Service {
    let log: HubLog
    let interval: Duration
    let logger: Logger

    func run() async throws {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            do { try await Task.sleep(for: interval) } catch { return }
            let log = log
            do {
                let head = try await offload { try log.sign() }
                logger.debug("tree head", metadata: ["size": "\(head.size)", "root": "\(head.root)"])
            } catch {
                logger.error("cannot sign a tree head: \(error)")
            }
        }
    }
}
