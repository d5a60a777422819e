import Foundation
import TraceCrypto
import TraceModel

/// Reads the input on all cores — parse, hash, signature check — ahead of the writer, which applies what is read
/// meanwhile: signature checks, most of the work, overlap the single writer.
///
/// One reader thread per core takes the next chunk of lines, reads it and publishes it; ``next()`` hands chunks
/// to the writer in input order. Readers never wait for one another (no barrier between batches), only when they
/// are too far ahead of the writer, which bounds memory. Keys registered by `register` records are learnt as
/// chunks are read; a signature whose key was not known yet when its chunk was read is checked once keys are
/// learnt, or else by the writer.
final class LinePipeline: @unchecked Sendable {
    private let lines: [IngestLine]
    private let keys: SignatureKeys
    private let chunkCount: Int
    /// Guards everything below, and `keys`.
    private let condition = NSCondition()
    private var chunks: [[ParsedLine]?]
    /// The next chunk a reader takes.
    private var nextToRead = 0
    /// The next chunk the writer takes.
    private var nextToApply = 0
    private var readersRunning = 0
    private var cancelled = false

    /// Lines per chunk: small, so that readers finish together and the writer starts soon.
    private static let chunkSize = 64
    /// How many chunks readers may be ahead of the writer.
    private static let aheadLimit = 48

    init(lines: [IngestLine], keys: SignatureKeys) {
        self.lines = lines
        self.keys = keys
        chunkCount = (lines.count + Self.chunkSize - 1) / Self.chunkSize
        chunks = Array(repeating: nil, count: chunkCount)
    }

    /// Starts one reader per core.
    func start() {
        let readers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, chunkCount))
        readersRunning = readers
        for _ in 0..<readers {
            Thread.detachNewThread { self.read() }
        }
    }

    /// The next chunk in input order, waiting for it; `nil` once the input is read (or reading was cancelled).
    func next() -> [ParsedLine]? {
        condition.lock()
        defer { condition.unlock() }
        guard nextToApply < chunkCount else { return nil }
        while chunks[nextToApply] == nil && !cancelled { condition.wait() }
        guard let chunk = chunks[nextToApply] else { return nil }
        chunks[nextToApply] = nil
        nextToApply += 1
        condition.broadcast()
        return chunk
    }

    /// Stops the readers and waits until they are done.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
        while readersRunning > 0 { condition.wait() }
    }

    private func read() {
        condition.lock()
        while true {
            while nextToRead < chunkCount && nextToRead - nextToApply >= Self.aheadLimit && !cancelled { condition.wait() }
            guard nextToRead < chunkCount && !cancelled else { break }
            let index = nextToRead
            nextToRead += 1
            let known = keys.known
            condition.unlock()
            var parsed = lines[index * Self.chunkSize..<min(lines.count, (index + 1) * Self.chunkSize)].map { line in
                LineParsing.parse(line, keys: known)
            }
            condition.lock()
            // Keys learnt here (by this chunk or another) check what could not be checked above.
            let learnt = keys.learn(from: parsed)
            let keysNow = keys.known
            if learnt || keysNow.count != known.count {
                condition.unlock()
                for line in parsed.indices where parsed[line].signatureValid == nil {
                    guard let keyID = parsed[line].keyID, let key = keysNow[keyID], let record = parsed[line].record else { continue }
                    parsed[line].signatureValid = record.verifySignature(with: key)
                }
                condition.lock()
            }
            chunks[index] = parsed
            condition.broadcast()
        }
        readersRunning -= 1
        condition.broadcast()
        condition.unlock()
    }
}
