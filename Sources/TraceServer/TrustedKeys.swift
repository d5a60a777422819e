import Synchronization
import TraceCrypto
import TraceStore

/// The keys hub tokens are checked against: the store's regulator anchors, by key id, read again at most once a
/// minute so that an anchor added to the store is honoured without a restart.
final class TrustedKeys: Sendable {
    private let store: TraceStore
    private let cache = Mutex<(read: ContinuousClock.Instant, keys: [String: (party: String, key: PublicKey)])?>(nil)

    init(store: TraceStore) { self.store = store }

    func keys() -> [String: (party: String, key: PublicKey)] {
        let now = ContinuousClock.now
        if let cached = cache.withLock({ $0 }), now - cached.read < .seconds(60) { return cached.keys }
        var keys: [String: (party: String, key: PublicKey)] = [:]
        for anchor in (try? store.anchors()) ?? [] { keys[anchor.key.keyID] = (anchor.party, anchor.key) }
        cache.withLock { $0 = (now, keys) }
        return keys
    }
}
