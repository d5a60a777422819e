import Foundation
import TraceCrypto
import TraceModel

/// Reads the input on all cores — parse, hash, signature check — ahead of the writer, which applies what is read
/// meanwhile: signature checks, most of the work, overlap the single writer.
///
/// Reader threads — one per core but one — take the next chunk of lines, read it and publish it; ``next()`` hands
/// chunks to the writer in input order. The writer reads too: when the chunk it needs next is not ready, it takes
/// the next chunk of input and reads it itself rather than wait. So as many threads are busy as there are cores,
/// not one more: no core is shared between a reader and the writer, which would cost both their caches at every
/// switch. Readers never wait for one another (no barrier between batches), only when they are too far ahead of
/// the writer, which bounds memory. Keys registered by `register` records are learnt as chunks are read; a
/// signature whose key is not known when its chunk has been read is checked by the writer.
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
    /// Sealed heads checked so far: one signature check per sealed batch, whichever reader meets it first.
    private let seals = SealCache()
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
    /// The reader number of the writer, when it reads (the threads started are numbered from 0); set by ``start()``.
    private var writerAsReader = 0
    /// The writer's digest context, made when it first reads; only the writer's thread uses it.
    private lazy var writerHasher = RecordHasher()

    /// Lines per chunk: small, so that readers finish together and the writer starts soon.
    private static let chunkSize = 64
    /// How many chunks readers may be ahead of the writer: enough for a second's reading on one core (≈ 150), so that
    /// a reader goes on while the writer builds an index (see ``nearlyAllTaken``).
    private static let aheadLimit = 256

    init(input: IngestLineReader, keys: SignatureKeys, heads: StoredHeads = StoredHeads(lookUp: nil)) {
        self.input = input
        self.keys = keys
        self.heads = heads
    }

    /// Starts one reader per core but one (at least one): the writer reads too (see ``next()``).
    func start() {
        let readers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
        readersRunning = readers
        writerAsReader = readers
        spent = Array(repeating: [], count: readers + 1)
        for reader in 0..<readers {
            Thread.detachNewThread { self.run(as: reader) }
        }
    }

    /// The next chunk in input order; `nil` once the input is read (or reading was cancelled, or failed: see
    /// ``failure``). While that chunk is not ready, the caller reads the next chunk of input itself, as a reader
    /// does; it waits only when there is nothing left to take, or the readers are as far ahead as they may be.
    func next() -> ReadChunk? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if failure != nil || cancelled { return nil }
            if let chunk = chunks.removeValue(forKey: nextToApply) {
                nextToApply += 1
                condition.broadcast()
                return chunk
            }
            if let endChunk, nextToApply >= endChunk { return nil }
            if endChunk == nil && chunks.count < Self.aheadLimit {
                condition.unlock()
                // Nothing taken means the end of the input is known now (or reading stopped): see above.
                _ = readChunk(as: writerAsReader, hasher: writerHasher)
                condition.lock()
                continue
            }
            // The readers are as far ahead as they may be: wait for the chunk one of them is reading.
            condition.wait()
        }
    }

    /// Hands a chunk the writer has applied back to the reader that read it, to be freed there.
    func recycle(_ chunk: consuming ReadChunk) {
        // What the writer read itself is freed here and now, by the thread that allocated it.
        if chunk.reader == writerAsReader { return }
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

    /// Whether at most a sixty-fourth of what has been taken from the input is left to take: from then on the readers
    /// have about a second's work left (for an input of the city export's size, ≈ 13k records, a little more than a
    /// reader checks while the writer builds the record-id index of the 840k records before them). `false` while
    /// the input's size is not known.
    var nearlyAllTaken: Bool {
        inputLock.lock()
        defer { inputLock.unlock() }
        guard let progress = input.progress else { return false }
        return Self.nearlyAll(done: progress.done, total: progress.total)
    }

    /// Whether at most a sixty-fourth of `done` is left of `total`.
    static func nearlyAll(done: Int, total: Int) -> Bool { total - done <= done / 64 }

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

    /// A reader thread: reads chunks until the input is all taken (or reading is cancelled, or failed).
    private func run(as reader: Int) {
        // Record ids are hashed with one digest context per reader thread.
        let hasher = RecordHasher()
        while true {
            condition.lock()
            while !cancelled && failure == nil && chunks.count >= Self.aheadLimit { condition.wait() }
            condition.unlock()
            guard readChunk(as: reader, hasher: hasher) else { break }
        }
        condition.lock()
        readersRunning -= 1
        // The writer may be waiting for the end to be known.
        condition.broadcast()
        condition.unlock()
    }

    /// Frees what `reader` read before and the writer is done with, then takes the next chunk of input, reads it
    /// and publishes it; `false` when there was nothing to take (or reading was cancelled, or failed).
    private func readChunk(as reader: Int, hasher: RecordHasher) -> Bool {
        condition.lock()
        let stop = cancelled || failure != nil
        var freed = spent[reader]
        spent[reader] = []
        condition.unlock()
        freed.removeAll()
        guard !stop, let (index, lines) = take() else { return false }
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
            parsed[line].signatureValid = record.verifySignature(with: key, seals: seals)
        }
        condition.lock()
        chunks[index] = ReadChunk(lines: parsed, reader: reader)
        condition.broadcast()
        condition.unlock()
        return true
    }
}

/// Lines read by one reader thread, handed to the writer in input order.
struct ReadChunk {
    /// The lines, parsed, hashed and signature-checked as far as the reader could.
    var lines: [ParsedLine]
    /// Which reader read them (and frees them, see ``LinePipeline/recycle(_:)``).
    fileprivate let reader: Int
}
