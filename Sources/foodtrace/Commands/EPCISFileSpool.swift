import Foundation
import TraceInterop
import TraceModel

/// An ``EPCISSpool`` in a temporary file, removed when the spool is released, so an export's master
/// data does not grow the exporter's memory.
final class EPCISFileSpool: EPCISSpool {
    private let path: String
    private let handle: FileHandle

    init() throws {
        path = NSTemporaryDirectory() + "foodtrace-epcis-spool-" + UUID().uuidString
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CLIError.internal(Message.Interchange.noSpool(NSTemporaryDirectory()))
        }
        handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    func append(_ bytes: [UInt8]) throws {
        try handle.write(contentsOf: bytes)
    }

    func replay(into sink: (ArraySlice<UInt8>) -> Void) throws {
        try handle.seek(toOffset: 0)
        while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
            sink(Array(chunk)[...])
        }
        try handle.seekToEnd()
    }
}
