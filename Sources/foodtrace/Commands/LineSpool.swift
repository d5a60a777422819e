import Foundation
import TraceModel

/// Lines in a temporary file (removed when the spool is released), written through a buffer: the records an import
/// prepares, which the ingest then reads as it applies them, or the hash IDs `epcis hash` prints once every document
/// is read. Memory stays flat whatever their number.
final class LineSpool {
    let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// Bytes written so far.
    private(set) var size = 0

    init() throws {
        path = NSTemporaryDirectory() + "foodtrace-lines-" + UUID().uuidString + ".jsonl"
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CLIError.internal(Message.Interchange.noSpool(NSTemporaryDirectory())) }
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Appends one line (its line feed added).
    func append(_ line: [UInt8]) throws {
        buffer += line
        buffer.append(0x0A)
        size += line.count + 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes what the buffer holds.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Forgets what was written after the first `size` bytes.
    func truncate(to size: Int) throws {
        try flush()
        try handle.truncate(atOffset: UInt64(size))
        try handle.seekToEnd()
        self.size = size
    }

    /// Writes every line to `output`.
    func copy(to output: FileHandle) throws {
        try flush()
        guard let input = FileHandle(forReadingAtPath: path) else { throw CLIError.input(.cannotRead(path: path)) }
        defer { try? input.close() }
        while let block = try input.read(upToCount: 1 << 20), !block.isEmpty { try output.write(contentsOf: block) }
    }
}
