import Foundation
import TraceModel

/// A file a command was asked to write (`--out`, `--manifest`): checked before the command does any work, then
/// written whole or not at all. Every file the CLI writes goes through here.
///
/// - An existing file is refused unless `--force` is given.
/// - Never replaced, even with `--force`: a symbolic link (nothing is ever written through one), a folder or
///   anything else that is not a regular file, a key file (FoodTrace's own or any PEM key), a store (a SQLite
///   database, its `-wal`, `-shm` or `-journal` file).
/// - The output goes to a temporary file in the same folder, is flushed to disk and then renamed over the path, so
///   a failure (a full disk, an error half-way through an export) leaves the old file, or nothing, never half an
///   output. The rename replaces the directory entry: a link swapped in after the check is replaced, not followed.
struct OutputFile {
    let path: String
    let force: Bool
    /// The option that named the file, for messages (`--out`, `--manifest`).
    let option: String

    /// Checks `path` against the rules above; throws an input error (exit 2) naming the file and the reason.
    init(_ path: String, force: Bool, option: String = "--out") throws(CLIError) {
        self.path = path
        self.force = force
        self.option = option
        try check()
    }

    /// Checks the path again (the file system may have changed since `init`).
    func check() throws(CLIError) {
        if let reason = OutputFileCheck.refusal(path, force: force) {
            throw CLIError.input(.about("\(option) \(path)", reason))
        }
    }

    /// Writes `bytes` as the whole file.
    func write(_ bytes: [UInt8]) throws(CLIError) { try commit(Self.writing(bytes)) }

    /// Writes `text` (UTF-8) as the whole file.
    func write(_ text: String) throws(CLIError) { try write(Array(text.utf8)) }

    /// Streams `body`'s output into the file; nothing replaces the path unless `body` returns and every byte was
    /// written.
    func stream(_ body: (OutputSink) throws -> Void) throws {
        var thrown: (any Error)?
        try commit { descriptor in
            let sink = OutputSink(descriptor: descriptor)
            do { try body(sink) } catch {
                thrown = error
                return nil
            }
            return sink.finish()
        } abandon: {
            thrown != nil
        }
        if let thrown { throw thrown }
    }

    /// Streams to `path`, or to standard output when it is `nil` (after checking `path` with `force`).
    static func streaming(to path: String?, force: Bool, _ body: (OutputSink) throws -> Void) throws {
        guard let path else {
            let sink = OutputSink(descriptor: 1)
            try body(sink)
            if let code = sink.finish() { throw failure(code, .Files.cannotWriteStandardOutput(system(code))) }
            return
        }
        try OutputFile(path, force: force).stream(body)
    }

    /// Writes `bytes` to a temporary file beside the path, without replacing it yet: a command that must store
    /// something only once every output is ready prepares its outputs, stores, then publishes them.
    func prepare(_ bytes: [UInt8]) throws(CLIError) -> PreparedOutput {
        try temporary(Self.writing(bytes), abandon: { false })!
    }

    /// Writes `text` (UTF-8) to a temporary file beside the path (see ``prepare(_:)-([UInt8])``).
    func prepare(_ text: String) throws(CLIError) -> PreparedOutput { try prepare(Array(text.utf8)) }

    /// A fill function writing `bytes` whole, returning an errno on failure.
    private static func writing(_ bytes: [UInt8]) -> (Int32) -> Int32? {
        { descriptor in
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { buffer in
                    Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// Makes the temporary file, lets `fill` write it (returning an errno on failure), then syncs and renames it.
    private func commit(_ fill: (Int32) -> Int32?, abandon: () -> Bool = { false }) throws(CLIError) {
        try temporary(fill, abandon: abandon)?.publish()
    }

    /// Makes the temporary file, lets `fill` write it and syncs it; `nil` when `abandon` says to drop it.
    private func temporary(_ fill: (Int32) -> Int32?, abandon: () -> Bool) throws(CLIError) -> PreparedOutput? {
        try check()
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary =
            folder + "/." + url.lastPathComponent + ".foodtrace-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let code = errno
            throw Self.failure(code, .Files.cannotCreateIn(option, path, folder: folder, Self.system(code)))
        }
        // A replaced file keeps its permission bits.
        var old = stat()
        if lstat(path, &old) == 0 { fchmod(descriptor, old.st_mode & 0o777) }
        var failure = fill(descriptor)
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if abandon() {
            unlink(temporary)
            return nil
        }
        if let failure {
            unlink(temporary)
            throw Self.failure(failure, .Files.cannotWrite(option, path, Self.system(failure), unchanged: true))
        }
        return PreparedOutput(file: self, temporary: temporary, folder: folder)
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// A system error in each language (its C library text in English).
    static func system(_ code: Int32) -> Message { .systemError(code, english: describe(code)) }

    /// A failed write as the user meets it: a full disk, a quota reached or an I/O error is the machine's failure
    /// (exit 4); any other reason (no permission, a read-only or missing folder) is about the path given (exit 2).
    static func failure(_ code: Int32, _ text: Message) -> CLIError {
        [ENOSPC, EDQUOT, EIO, EFBIG, ENOMEM].contains(code) ? .internal(text) : .input(text)
    }
}

/// An output written in full to a temporary file beside its path: ``publish()`` renames it over the path,
/// ``discard()`` removes it.
struct PreparedOutput {
    let file: OutputFile
    let temporary: String
    let folder: String

    /// Replaces the path with the prepared file (after checking the path again).
    func publish() throws(CLIError) {
        do { try file.check() } catch {
            discard()
            throw error
        }
        guard rename(temporary, file.path) == 0 else {
            let code = errno
            discard()
            throw OutputFile.failure(
                code, .Files.cannotWrite(file.option, file.path, OutputFile.system(code), unchanged: false))
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Removes the prepared file; the path is left as it was.
    func discard() { unlink(temporary) }
}
