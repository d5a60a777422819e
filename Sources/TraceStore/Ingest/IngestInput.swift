import Foundation
import TraceModel

/// The lines an ingest reads: a JSON Lines file, read block by block while the records are applied (so memory
/// stays bounded whatever the file's size), or lines already in memory.
///
/// Lines are split at line feeds; a carriage return before the line feed is dropped, and lines holding only
/// spaces and tabs are skipped, keeping the numbering of the file.
public struct IngestInput: Sendable {
    private enum Storage: Sendable {
        case file(String)
        case lines([IngestLine])
    }

    private let storage: Storage
    /// Told how much is read: bytes of a file (its size the total), lines in memory (their count the total).
    private var progress: ProgressCounter?

    private init(_ storage: Storage) {
        self.storage = storage
    }

    /// Lines already in memory.
    public static func lines(_ lines: [IngestLine]) -> IngestInput {
        IngestInput(.lines(lines))
    }

    /// The file at `path`, read when ingest reads it. Anything but a regular file (a pipe, a device), which could
    /// not be read a second time, is read whole here.
    /// - Throws: ``StoreError/Code/badInput`` when the file cannot be opened (or, when read here, read).
    public static func file(_ path: String) throws(StoreError) -> IngestInput {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw unreadable(path) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG else {
            // Read through the descriptor already open: a pipe closed and opened again would lose what its writer
            // wrote meanwhile (and the writer would be killed by SIGPIPE).
            return .lines(try IngestLineReader(descriptor: descriptor, path: path).all())
        }
        close(descriptor)
        return IngestInput(.file(path))
    }

    static func unreadable(_ path: String) -> StoreError {
        StoreError(.badInput, Message.cannotRead(path: path))
    }

    /// This input, telling `counter` how much of it is read: bytes of a file, lines of an input in memory.
    public func reporting(to counter: ProgressCounter) -> IngestInput {
        var copy = self
        copy.progress = counter
        switch storage {
        case .file(let path):
            var status = stat()
            if stat(path, &status) == 0 { counter.setTotal(Int(status.st_size)) }
        case .lines(let lines): counter.setTotal(lines.count)
        }
        return copy
    }

    /// True when the input is a file read as ingest goes (progress counts bytes), false for lines in memory.
    public var isFile: Bool {
        if case .file = storage { return true }
        return false
    }

    /// A reader from the first line.
    func reader() throws(StoreError) -> IngestLineReader {
        let reader: IngestLineReader
        switch storage {
        case .file(let path): reader = try IngestLineReader(path: path)
        case .lines(let lines): reader = IngestLineReader(lines: lines)
        }
        reader.report(to: progress)
        return reader
    }

    /// Every line at once.
    /// - Throws: ``StoreError/Code/badInput`` when the file cannot be read.
    public func lines() throws(StoreError) -> [IngestLine] {
        if case .lines(let lines) = storage { return lines }
        return try reader().all()
    }
}

extension IngestLine {
    /// The numbered lines of `bytes`, split as ``IngestInput`` splits a file.
    public static func split(_ bytes: [UInt8]) -> [IngestLine] {
        var lines: [IngestLine] = []
        var splitter = LineSplitter()
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while let end = splitter.lineEnd(in: buffer, from: start) {
                splitter.take(buffer[start..<end], into: &lines)
                start = end + 1
            }
            splitter.take(buffer[start...], into: &lines)
        }
        return lines
    }
}

/// Numbers lines and keeps the ones that are not blank.
struct LineSplitter {
    private var number = 1

    /// The index of the next line feed at or after `start`, if any.
    func lineEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < buffer.count, let base = buffer.baseAddress,
            let found = memchr(base + start, 0x0A, buffer.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Takes the start of a line too long to be a record, marked as such (see ``IngestLine/overlong``).
    mutating func takeOverlong(_ start: Slice<UnsafeBufferPointer<UInt8>>, into lines: inout [IngestLine]) {
        var line = IngestLine(number: number, bytes: Array(start.prefix(64)))
        line.overlong = true
        lines.append(line)
        number += 1
    }

    /// Takes one line (without its line feed).
    mutating func take(_ line: Slice<UnsafeBufferPointer<UInt8>>, into lines: inout [IngestLine]) {
        var end = line.endIndex
        if end > line.startIndex, line[end - 1] == 0x0D { end -= 1 }
        let text = line[line.startIndex..<end]
        if !text.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            lines.append(IngestLine(number: number, bytes: Array(text)))
        }
        number += 1
    }
}

/// Reads lines a few at a time, from a file (block by block) or from memory. Used from one thread at a time.
final class IngestLineReader {
    private let path: String?
    private var descriptor: Int32 = -1
    private var memory: [IngestLine] = []
    private var memoryIndex = 0
    private var splitter = LineSplitter()
    /// Bytes read and not yet split: `buffer[start..<end]`.
    private var buffer: [UInt8] = []
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// Bytes read from the file so far.
    private var bytesRead = 0
    /// The file's size, when it is a regular file.
    private var fileSize: Int?
    /// Set while the rest of an overlong line is skipped, up to its line feed.
    private var skipping = false

    /// The longest line read as a record: one record's limit, and a carriage return. A longer line is refused
    /// as soon as that much of it has been read, and the rest of it skipped, never held whole.
    static let maxLineBytes = JSONParser.Limits().maxDocumentBytes + 1

    private static let blockSize = 1 << 20
    private var counter: ProgressCounter?

    /// Tells `counter` the total (the file's size, the lines' count) and, as reading goes, how much is read.
    func report(to counter: ProgressCounter?) {
        guard let counter else { return }
        self.counter = counter
        counter.set(0)
        counter.setTotal(path == nil ? memory.count : fileSize)
    }

    init(path: String) throws(StoreError) {
        self.path = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw IngestInput.unreadable(path) }
        buffer = [UInt8](repeating: 0, count: Self.blockSize)
        fileSize = Self.regularFileSize(descriptor)
    }

    /// Reads `descriptor`, already open on `path`, and closes it when done.
    init(descriptor: Int32, path: String) {
        self.path = path
        self.descriptor = descriptor
        buffer = [UInt8](repeating: 0, count: Self.blockSize)
        fileSize = Self.regularFileSize(descriptor)
    }

    private static func regularFileSize(_ descriptor: Int32) -> Int? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// How much of the input has been handed out, of how much: bytes of a regular file, lines in memory; `nil` when
    /// the size is not known (a pipe, say).
    var progress: (done: Int, total: Int)? {
        guard path != nil else { return (memoryIndex, memory.count) }
        return fileSize.map { size in (min(size, bytesRead - (end - start)), size) }
    }

    init(lines: [IngestLine]) {
        path = nil
        memory = lines
        atEnd = true
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Every line left.
    func all() throws(StoreError) -> [IngestLine] {
        var lines: [IngestLine] = []
        while true {
            let next = try next(upTo: 4096)
            if next.isEmpty { return lines }
            lines.append(contentsOf: next)
        }
    }

    /// Up to `count` lines (fewer only at the end of the input); none once the input is read.
    func next(upTo count: Int) throws(StoreError) -> [IngestLine] {
        guard let path else {
            let taken = memory[memoryIndex..<min(memory.count, memoryIndex + count)]
            memoryIndex += taken.count
            counter?.add(taken.count)
            return Array(taken)
        }
        var lines: [IngestLine] = []
        lines.reserveCapacity(count)
        while lines.count < count {
            let found = buffer.withUnsafeBufferPointer { all in
                splitter.lineEnd(in: UnsafeBufferPointer(rebasing: all[..<end]), from: start)
            }
            if let found {
                if skipping {
                    skipping = false
                } else {
                    buffer.withUnsafeBufferPointer { all in splitter.take(all[start..<found], into: &lines) }
                }
                start = found + 1
                continue
            }
            if skipping {
                start = end
            } else if end - start > Self.maxLineBytes {
                buffer.withUnsafeBufferPointer { all in splitter.takeOverlong(all[start..<end], into: &lines) }
                skipping = true
                start = end
            }
            if atEnd {
                if start < end {
                    buffer.withUnsafeBufferPointer { all in splitter.take(all[start..<end], into: &lines) }
                    start = end
                }
                break
            }
            try fill(path)
        }
        return lines
    }

    /// Reads the next block after what is left unsplit, growing the buffer for a line longer than it.
    private func fill(_ path: String) throws(StoreError) {
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { all in
                guard let base = all.baseAddress else { return }
                memmove(base, base + start, end - start)
            }
            end -= start
            start = 0
        }
        if buffer.count - end < Self.blockSize / 2 { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        let room = buffer.count - end
        let count = buffer.withUnsafeMutableBufferPointer { all in
            var count: Int
            repeat { count = read(descriptor, all.baseAddress! + end, room) } while count < 0 && errno == EINTR
            return count
        }
        guard count >= 0 else { throw IngestInput.unreadable(path) }
        if count == 0 { atEnd = true }
        end += count
        bytesRead += count
        counter?.add(count)
    }
}
