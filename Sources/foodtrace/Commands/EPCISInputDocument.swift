import Foundation
import TraceCrypto
import TraceInterop
import TraceModel

/// The EPCIS document a command reads, as a stream (``EPCISStreamReader``): a regular file as it is, standard input
/// (`-`) or a pipe copied a block at a time to a temporary file first (removed when the document is released), so that
/// it can be read block by block and read twice. Memory stays flat whatever the document's size.
final class EPCISInputDocument {
    /// The file read: the document's own, or the copy.
    let url: URL
    private let temporary: String?

    /// The document for a reader.
    var source: EPCISDocumentSource { .file(url) }

    init(_ path: String) throws {
        var status = stat()
        if path != "-", stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            url = URL(fileURLWithPath: path)
            temporary = nil
            return
        }
        let input: FileHandle
        if path == "-" {
            input = FileHandle.standardInput
        } else if let handle = FileHandle(forReadingAtPath: path) {
            input = handle
        } else {
            throw CLIError.input(.cannotRead(path: path))
        }
        let copy = NSTemporaryDirectory() + "foodtrace-epcis-input-" + UUID().uuidString
        guard FileManager.default.createFile(atPath: copy, contents: nil, attributes: [.posixPermissions: 0o600]),
            let output = FileHandle(forWritingAtPath: copy)
        else { throw CLIError.internal(Message.Interchange.noSpool(NSTemporaryDirectory())) }
        temporary = copy
        url = URL(fileURLWithPath: copy)
        defer { try? output.close() }
        do {
            while let block = try input.read(upToCount: 1 << 20), !block.isEmpty { try output.write(contentsOf: block) }
        } catch {
            throw CLIError.input(.cannotRead(path: path))
        }
    }

    deinit {
        if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// `sha256:<hex>` of the document's bytes as received, read a block at a time.
    func sha256() throws -> String {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw CLIError.input(.cannotRead(path: url.path))
        }
        defer { try? handle.close() }
        let digest = Digest.SHA256Stream()
        do {
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty { digest.update(block) }
        } catch {
            throw CLIError.input(.cannotRead(path: url.path))
        }
        return "sha256:" + Hex.encode(digest.finish())
    }
}
