import Foundation
import Synchronization

/// Token buckets per caller address: each holds up to `burst` requests and refills at `rate` per second.
final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    private let rate: Double
    private let burst: Double
    private let buckets = Mutex<[String: Bucket]>([:])
    private let now: @Sendable () -> Double

    init(rate: Double, burst: Double, now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.rate = rate
        self.burst = max(1, burst)
        self.now = now
    }

    /// Takes one request from `key`'s bucket; `nil` when allowed, else the seconds until one is available.
    func take(_ key: String) -> Double? {
        guard rate > 0 else { return nil }
        let time = now()
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: burst, updated: time)
            bucket.tokens = min(burst, bucket.tokens + (time - bucket.updated) * rate)
            bucket.updated = time
            defer {
                buckets[key] = bucket
                // Forget full buckets now and then, so that addresses seen once do not accumulate.
                if buckets.count > 10_000 { buckets = buckets.filter { $0.value.tokens < burst - 1 } }
            }
            guard bucket.tokens >= 1 else { return (1 - bucket.tokens) / rate }
            bucket.tokens -= 1
            return nil
        }
    }
}
