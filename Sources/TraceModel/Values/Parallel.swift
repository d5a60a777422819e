import Dispatch
import Foundation

/// Data-parallel helpers for CPU-bound work such as hashing and signature checks.
public enum Parallel {
    /// Runs `work` for every index in `0..<count` on all cores and returns the results in index order.
    public static func map<T: Sendable>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunk = max(1, min(256, count / (cores * 4) + 1))
        let chunks = (count + chunk - 1) / chunk
        slots.values.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let base = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for index in c * chunk..<min(count, (c + 1) * chunk) { base[index] = work(index) }
            }
        }
        return slots.values.map { $0! }
    }

    /// Result slots; each worker writes only its own indices.
    private final class Slots<T>: @unchecked Sendable {
        var values: [T?]
        init(_ count: Int) { values = Array(repeating: nil, count: count) }
    }
}
