import Dispatch
import Foundation

/// Data-parallel helpers for CPU-bound work such as hashing and signature checks.
public enum Parallel {
    /// Runs `work` for every index in `0..<count` on all cores and returns the results in index order.
    public static func map<T: Sendable>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunk = max(1, min(256, count / (cores * 4) + 1))
        let chunks = (count + chunk - 1) / chunk
        // Each worker initialises only its own indices, in place.
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for index in c * chunk..<min(count, (c + 1) * chunk) { (base + index).initialize(to: work(index)) }
            }
            initialized = count
        }
    }
}
