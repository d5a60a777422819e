import Foundation
import TraceCrypto
import TraceModel

/// Reads the input on all cores — parse, hash, signature check — ahead of the writer, which applies what is read
/// meanwhile: signature checks, most of the work, overlap the single writer.
///
/// One reader thread per core takes the next chunk of lines, reads it and publishes it; ``next()`` hands chunks
/// to the writer in input order. Readers never wait for one another (no barrier between batches), only when they
/// are too far ahead of the writer, which bounds memory. Keys registered by `register` records are learnt as
/// chunks are read; a signature whose key is not known when its chunk has been read is checked by the writer.
/// Records at or below their issuer's head in the store (``StoredHeads``) are not checked here: they are already
/// present, or else the writer checks them.
///
/// The writer gives each chunk back once applied (``recycle(_:)``), and the reader that read it frees it: memory
/// freed by the thread that allocated it costs glibc far less than memory freed by another thread.
final class LinePipeline: @unchecked Sendable {
    private let input: IngestLineReader
    /// Guards `input`, `nextToRead` and `inputEnded`, so that chunks are numbered in input order.
    private let inputLock = NSLock()
    /// The number of the next chunk a reader takes.
    private var nextToRead = 0
    private var inputEnded = false
    private let keys: SignatureKeys
    private let heads: StoredHeads
    /// Guards everything below, `keys` and `heads`.
    private let condition = NSCondition()
    /// Chunks read and not yet taken by the writer, by number.
    private var chunks: [Int: ReadChunk] = [:]
    /// Chunks the writer is done with, by the reader that read them (which frees them).
    private var spent: [[ReadChunk]] = []
    /// The number of the next chunk the writer takes.
    private var nextToApply = 0
    /// How many chunks the input holds, once its end is reached.
    private var endChunk: Int?
    private var readersRunning = 0
    private var cancelled = false
    /// Why the input could not be read, if it could not.
    private var failure: StoreError?

    /// Lines per chunk: small, so that readers finish together and the writer starts soon.
    private static let chunkSize = 64
    /// How many chunks readers may be ahead of the writer.
    private static let aheadLimit = 48

    init(input: IngestLineReader, keys: SignatureKeys, heads: StoredHeads = StoredHeads(lookUp: nil)) {
        self.input = input
        self.keys = keys
        self.heads = heads
    }

    /// Starts one reader per core.
    func start() {
        let readers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        readersRunning = readers
        spent = Array(repeating: [], count: readers)
        for reader in 0..<readers {
            Thread.detachNewThread { self.read(as: reader) }
        }
    }

    /// The next chunk in input order, waiting for it; `nil` once the input is read (or reading was cancelled, or
    /// failed: see ``failure``).
    func next() -> ReadChunk? {
        condition.lock()
        defer { condition.unlock() }
        while chunks[nextToApply] == nil && !cancelled && failure == nil && (endChunk.map { nextToApply < $0 } ?? true)
        {
            condition.wait()
        }
        guard failure == nil, let chunk = chunks.removeValue(forKey: nextToApply) else { return nil }
        nextToApply += 1
        condition.broadcast()
        return chunk
    }

    /// Hands a chunk the writer has applied back to the reader that read it, to be freed there.
    func recycle(_ chunk: consuming ReadChunk) {
        condition.lock()
        defer { condition.unlock() }
        // A reader that has stopped frees nothing more: its chunks go with the pipeline.
        if readersRunning > 0 { spent[chunk.reader].append(chunk) }
    }

    /// Why the input could not be read, when ``next()`` ended for that reason.
    var inputFailure: StoreError? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    /// Stops the readers and waits until they are done.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
        while readersRunning > 0 { condition.wait() }
        keys.stopLookingUp()
        heads.stopLookingUp()
    }

    /// The next chunk of lines and its number; `nil` at the end of the input or when it cannot be read.
    private func take() -> (index: Int, lines: [IngestLine])? {
        inputLock.lock()
        defer { inputLock.unlock() }
        guard !inputEnded else { return nil }
        let failed: StoreError?
        do throws(StoreError) {
            let lines = try input.next(upTo: Self.chunkSize)
            if !lines.isEmpty {
                nextToRead += 1
                return (nextToRead - 1, lines)
            }
            failed = nil
        } catch {
            failed = error
        }
        inputEnded = true
        condition.lock()
        endChunk = nextToRead
        if let failed { failure = failed }
        condition.broadcast()
        condition.unlock()
        return nil
    }

    private func read(as reader: Int) {
        // Record ids are hashed with one digest context per reader thread.
        let hasher = RecordHasher()
        while true {
            condition.lock()
            while !cancelled && failure == nil && chunks.count >= Self.aheadLimit { condition.wait() }
            let stop = cancelled || failure != nil
            var freed = spent[reader]
            spent[reader] = []
            condition.unlock()
            freed.removeAll()
            guard !stop, let (index, lines) = take() else { break }
            var parsed = lines.map { line in LineParsing.parse(line, hasher: hasher) }
            condition.lock()
            keys.learn(from: parsed)
            heads.learn(from: parsed)
            let known = keys.known
            let stored = heads.seqs
            condition.unlock()
            for line in parsed.indices {
                guard let record = parsed[line].record, let keyID = parsed[line].keyID, let key = known[keyID],
                    record.seq > stored[record.issuer] ?? 0
                else { continue }
                parsed[line].signatureValid = record.verifySignature(with: key)
            }
            condition.lock()
            chunks[index] = ReadChunk(lines: parsed, reader: reader)
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        readersRunning -= 1
        // The writer may be waiting for the end to be known.
        condition.broadcast()
        condition.unlock()
    }
}

/// Lines read by one reader thread, handed to the writer in input order.
struct ReadChunk {
    /// The lines, parsed, hashed and signature-checked as far as the reader could.
    var lines: [ParsedLine]
    /// Which reader read them (and frees them, see ``LinePipeline/recycle(_:)``).
    fileprivate let reader: Int
}
