import Foundation
import TraceModel

/// An EPCIS document to read as a stream (``EPCISStreamReader``): a file, read a block at a time and read again when
/// a reader needs a second pass, or bytes already in memory.
public enum EPCISDocumentSource: Sendable {
    /// A regular file. Standard input or a pipe, which cannot be read twice, is copied to a file first.
    case file(URL)
    /// A document already in memory.
    case bytes([UInt8])

    /// Where errors say the document is (the file's path, or `document` for bytes in memory).
    var name: String {
        switch self {
        case .file(let url): url.path
        case .bytes: "document"
        }
    }
}

/// Reads an ``EPCISDocumentSource`` from its first byte, a block at a time. Used from one thread at a time.
final class EPCISBlockReader {
    /// The size of a block read (tests read documents in tiny blocks to cross every boundary).
    @TaskLocal static var blockSize = 1 << 20

    private let source: EPCISDocumentSource
    private let blockSize = EPCISBlockReader.blockSize
    private var handle: FileHandle?
    /// Bytes in memory handed out so far.
    private var offset = 0

    init(_ source: EPCISDocumentSource) throws(InteropError) {
        self.source = source
        if case .file(let url) = source {
            do {
                handle = try FileHandle(forReadingFrom: url)
            } catch {
                throw InteropError(place: .verbatim(url.path), because: Message.cannotRead(path: url.path))
            }
        }
    }

    deinit {
        try? handle?.close()
    }

    /// The next block, or `nil` at the end of the document.
    func next() throws(InteropError) -> ArraySlice<UInt8>? {
        switch source {
        case .bytes(let bytes):
            guard offset < bytes.count else { return nil }
            let end = min(bytes.count, offset + blockSize)
            defer { offset = end }
            return bytes[offset..<end]
        case .file(let url):
            do {
                guard let data = try handle?.read(upToCount: blockSize), !data.isEmpty else { return nil }
                return Array(data)[...]
            } catch {
                throw InteropError(place: .verbatim(url.path), because: Message.cannotRead(path: url.path))
            }
        }
    }
}
