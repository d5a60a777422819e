import Foundation
import TraceModel

/// Writing to standard output and standard error without Foundation's buffering surprises.
///
/// Standard output that cannot be written (a full disk, an I/O error) ends the command at once with exit 4 and the
/// system's reason on standard error, never a crash and never a success; a reader that went away (a closed pipe) ends
/// it quietly with the same code.
enum Console {
    static func out(_ text: String) { write(Array((text + "\n").utf8)) }

    static func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                if code != EPIPE {
                    error("foodtrace: cannot write to standard output: \(String(cString: strerror(code)))")
                }
                exit(ExitStatus.internal.rawValue)
            }
            offset += written
        }
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// True when standard error is a terminal (progress bars show only there).
    static var stderrIsTerminal: Bool { isatty(2) != 0 }
}

/// Buffered writing to a file descriptor (an ``OutputFile``'s temporary file, or standard output).
///
/// Writing never throws: the first failure is kept, later writes are dropped, and ``finish()`` reports it.
final class OutputSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var failure: Int32?

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(_ text: String) { write(text.utf8) }

    func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            offset += written
        }
    }

    /// Flushes what is buffered; the errno of the first failed write, if any.
    func finish() -> Int32? {
        flush()
        return failure
    }
}
