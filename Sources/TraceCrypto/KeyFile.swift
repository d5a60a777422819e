import COpenSSL
import TraceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Key files on disk.
///
/// A private key file starts with `FoodTrace-Party: <party id>`, then `FoodTrace-Algorithm: <algorithm>`,
/// then the unencrypted PKCS#8 PEM block. OpenSSL skips text before `-----BEGIN`, so
/// `openssl pkey -in FILE` reads the file as it is. Private key files are created with mode 0600 and
/// refused when group or others may read or write them. Public key files are plain PEM, mode 0644.
///
/// Neither kind of file is ever overwritten: writing to an existing path fails, so a slip of the
/// path cannot destroy a key.
public enum KeyFile {
    static let partyPrefix = "FoodTrace-Party:"
    static let algorithmPrefix = "FoodTrace-Algorithm:"
    /// Key files are a few hundred bytes; anything much larger is not a key file.
    static let maxFileSize = 64 * 1024

    /// Writes `key` for `party` to a new file at `path`, created with mode 0600 (no moment with wider access).
    ///
    /// Fails when `path` exists, when `party` is not a valid party id, or when the file cannot be written;
    /// a partly written file is removed.
    public static func write(_ key: PrivateKey, party: String, to path: String) throws(CryptoError) {
        guard PartyID.isValid(party) else {
            throw CryptoError(Message.Keys.badParty(path: path, party: party))
        }
        let text = "\(partyPrefix) \(party)\n\(algorithmPrefix) \(key.algorithm.rawValue)\n" + key.pkcs8PEM
        var bytes = Array(text.utf8)
        defer { wipe(&bytes) }
        try create(path, mode: 0o600, bytes: bytes, what: "key file")
    }

    /// Reads a private key file written by ``write(_:party:to:)`` (or by hand in the same format).
    ///
    /// Refuses a file that group or others may read or write, naming the fix (`chmod 600 PATH`),
    /// before reading any of it.
    public static func read(_ path: String) throws(CryptoError) -> (party: String, key: PrivateKey) {
        var bytes = try load(path, what: "key file", requirePrivate: true)
        defer { wipe(&bytes) }
        // Lines are cut on LF bytes (a Swift Character would keep CR LF together); a trailing CR is dropped.
        // Values read from the file are not echoed in errors: a damaged file could put key text there.
        var lines = bytes.split(separator: UInt8(ascii: "\n"), maxSplits: 2, omittingEmptySubsequences: false).map {
            line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }[...]
        let firstLine = lines.popFirst()
        guard let first = firstLine, first.hasPrefix(partyPrefix) else {
            if let firstLine, firstLine.hasPrefix("-----BEGIN "), firstLine.hasSuffix("PRIVATE KEY-----") {
                throw CryptoError(Message.Keys.plainPEM(path: path, prefix: partyPrefix))
            }
            throw CryptoError(Message.Keys.badFirstLine(path: path, prefix: partyPrefix))
        }
        let party = first.dropFirst(partyPrefix.count).trimmingSpaces()
        guard PartyID.isValid(party) else {
            throw CryptoError(Message.Keys.badPartyLine(path: path))
        }
        var named: SignatureAlgorithm?
        if let second = lines.first, second.hasPrefix(algorithmPrefix) {
            let value = second.dropFirst(algorithmPrefix.count).trimmingSpaces()
            guard let algorithm = SignatureAlgorithm(rawValue: value) else {
                let known = SignatureAlgorithm.allCases.map(\.rawValue).joined(separator: ", ")
                throw CryptoError(Message.Keys.badAlgorithmLine(path: path, prefix: algorithmPrefix, known: known))
            }
            named = algorithm
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let key: PrivateKey
        do {
            key = try PrivateKey(pem: text)
        } catch {
            throw CryptoError(Message.Keys.unusable("key file", path: path, detail: error.message))
        }
        if let named, named != key.algorithm {
            throw CryptoError(
                Message.Keys.algorithmMismatch(
                    path: path, prefix: algorithmPrefix, named: named.rawValue, holds: key.algorithm.rawValue))
        }
        return (party, key)
    }

    /// Writes `key` as a PEM public key to a new file at `path`, mode 0644. Fails when `path` exists.
    public static func writePublic(_ key: PublicKey, to path: String) throws(CryptoError) {
        try create(path, mode: 0o644, bytes: Array(key.pem.utf8), what: "public key file")
    }

    /// Reads a PEM public key (`-----BEGIN PUBLIC KEY-----`) from `path`.
    public static func readPublic(_ path: String) throws(CryptoError) -> PublicKey {
        let bytes = try load(path, what: "public key file", requirePrivate: false)
        do {
            return try PublicKey(pem: String(decoding: bytes, as: UTF8.self))
        } catch {
            throw CryptoError(Message.Keys.unusable("public key file", path: path, detail: error.message))
        }
    }

    // MARK: - Files

    /// Creates `path` exclusively with exactly `mode` and writes `bytes`; removes the file when writing fails.
    private static func create(_ path: String, mode: mode_t, bytes: [UInt8], what: String) throws(CryptoError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let code = errno
            if code == EEXIST {
                throw CryptoError(Message.Keys.exists(what, path: path))
            }
            throw CryptoError(Message.Keys.cannotCreate(what, path: path, system(code)))
        }
        var failure: Int32?
        // The umask may have narrowed the mode; a public key file is meant to be world-readable.
        if fchmod(fd, mode) != 0 { failure = errno }
        var offset = 0
        while failure == nil, offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
            } else {
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(path)
            throw CryptoError(Message.Keys.cannotWrite(what, path: path, system(failure)))
        }
    }

    /// The contents of the regular file at `path`. With `requirePrivate`, refuses a file whose mode lets
    /// group or others read or write it, checked on the open descriptor before anything is read.
    static func load(_ path: String, what: String, requirePrivate: Bool) throws(CryptoError) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO left at the path must not hang; it is then refused as not a regular file.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT {
                throw CryptoError(Message.Keys.missing(what, path: path))
            }
            throw CryptoError(Message.Keys.cannotOpen(what, path: path, system(code)))
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            throw CryptoError(Message.Keys.cannotStat(what, path: path, system(errno)))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw CryptoError(Message.Keys.notRegular(what, path: path))
        }
        let permissions = status.st_mode & 0o777
        if requirePrivate, permissions & 0o077 != 0 {
            throw CryptoError(Message.Keys.notPrivate(what, path: path, mode: octal(permissions)))
        }
        guard Int(status.st_size) <= maxFileSize else {
            throw CryptoError(
                Message.Keys.tooLarge(what, path: path, bytes: "\(status.st_size)", limitKiB: maxFileSize / 1024))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        defer { wipe(&chunk) }
        while true {
            let count = chunk.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                wipe(&bytes)
                throw CryptoError(Message.Keys.cannotRead(what, path: path, system(code)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            guard bytes.count <= maxFileSize else {
                wipe(&bytes)
                throw CryptoError(Message.Keys.grewTooLarge(what, path: path, limitKiB: maxFileSize / 1024))
            }
        }
        return bytes
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    private static func system(_ code: Int32) -> Message { .systemError(code, english: describe(code)) }

    private static func octal(_ mode: mode_t) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Overwrites a buffer that held key material before it is released.
    static func wipe(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { OPENSSL_cleanse($0.baseAddress, $0.count) }
    }
}

/// The POSIX calls, named apart from `KeyFile.write`/`read` which would otherwise shadow them.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}

private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    fileprivate func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
