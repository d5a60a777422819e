import Foundation
import TraceCrypto
import TraceModel

/// Reads the input in batches on all cores — parse, hash, signature check — ahead of the writer, which applies
/// earlier batches meanwhile: signature checks, most of the work, overlap the single writer.
///
/// A background thread fills a short queue of parsed batches; ``next()`` takes them in input order. Signatures
/// whose key is not known yet when their batch is read (registered in that same batch, say) are checked once
/// the batch's keys are learnt; the few left unchecked are for the writer.
final class LinePipeline: @unchecked Sendable {
    private let lines: [IngestLine]
    private let keys: SignatureKeys
    /// Guards everything below.
    private let condition = NSCondition()
    private var ready: [[ParsedLine]] = []
    private var finished = false
    private var cancelled = false
    /// Batches read ahead at most: the writer never waits while the cores are busy, and memory stays bounded.
    private static let depth = 2

    init(lines: [IngestLine], keys: SignatureKeys) {
        self.lines = lines
        self.keys = keys
    }

    /// Starts reading in the background.
    func start() {
        DispatchQueue.global().async { self.run() }
    }

    /// The next batch in input order, waiting for it; `nil` once the input is read (or reading was cancelled).
    func next() -> [ParsedLine]? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !finished { condition.wait() }
        guard !ready.isEmpty else { return nil }
        condition.broadcast()
        return ready.removeFirst()
    }

    /// Stops reading ahead and waits until the background thread is done.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
    }

    private func run() {
        var start = 0
        var size = 256
        while start < lines.count {
            let batch = Array(lines[start..<min(lines.count, start + size)])
            start += batch.count
            // Small batches first, so that the writer starts early; larger ones then, for fewer hand-overs.
            size = min(size * 2, 2048)
            let parsed = read(batch)
            condition.lock()
            while ready.count >= Self.depth && !cancelled { condition.wait() }
            if cancelled {
                condition.unlock()
                break
            }
            ready.append(parsed)
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// One batch read on all cores, with the keys it registers learnt.
    private func read(_ batch: [IngestLine]) -> [ParsedLine] {
        let known = keys.known
        var parsed = Parallel.map(batch.count) { index in LineParsing.parse(batch[index], keys: known) }
        if keys.learn(from: parsed) { LineParsing.verify(&parsed, keys: keys.known) }
        return parsed
    }
}
