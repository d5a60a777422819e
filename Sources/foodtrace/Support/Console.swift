import Foundation
import TraceModel

/// Writing to standard output and standard error without Foundation's buffering surprises.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// True when standard error is a terminal (progress bars show only there).
    static var stderrIsTerminal: Bool { isatty(2) != 0 }
}

/// Buffered writing to a file or standard output, for large exports.
final class OutputSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let path: String?

    init(path: String?) throws {
        self.path = path
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CLIError.input(.cannotWrite(path: path))
            }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        } else {
            handle = FileHandle.standardOutput
        }
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(_ text: String) { write(text.utf8) }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        if path != nil { try? handle.close() }
    }

    /// Streams `body`'s output to `path` (standard output when `nil`). When `body` throws, a file is removed rather
    /// than left half written, and the error is passed on.
    static func streaming(to path: String?, _ body: (OutputSink) throws -> Void) throws {
        let sink = try OutputSink(path: path)
        do {
            try body(sink)
        } catch {
            sink.close()
            if let path { try? FileManager.default.removeItem(atPath: path) }
            throw error
        }
        sink.close()
    }
}
