import Foundation
import TraceModel

/// Which existing paths an output may replace (see ``OutputFile``).
enum OutputFileCheck {
    /// Why `path` may not be written, or `nil` when it may.
    static func refusal(_ path: String, force: Bool) -> Message? {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            let code = errno
            guard code == ENOENT else { return .Files.cannotExamine(OutputFile.system(code)) }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var folderStatus = stat()
            guard stat(folder, &folderStatus) == 0, folderStatus.st_mode & S_IFMT == S_IFDIR else {
                return .Files.folderMissing(folder)
            }
            return nil
        }
        switch status.st_mode & S_IFMT {
        case S_IFLNK:
            return .Files.symbolicLink
        case S_IFDIR:
            return .Files.folder
        case S_IFREG:
            break
        default:
            return .Files.notRegular
        }
        switch kind(of: path) {
        case .store:
            return .Files.store
        case .key:
            return .Files.key
        case .unreadable(let code):
            return .Files.unreadable(OutputFile.system(code))
        case .other:
            return force ? nil : .Files.exists
        }
    }

    /// Whether anything (a dangling link included) is at `path`.
    static func occupied(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    enum Kind: Equatable {
        case store, key, other
        case unreadable(Int32)
    }

    /// What an existing regular file holds, from its first bytes (and, for `-shm`, the database beside it).
    static func kind(of path: String) -> Kind {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return .unreadable(errno) }
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: 8192)
        let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        guard count >= 0 else { return .unreadable(errno) }
        head.removeLast(head.count - count)
        if isStoreFile(head) { return .store }
        for suffix in ["-shm", "-wal", "-journal"] where path.hasSuffix(suffix) {
            if isStoreFile(prefix(of: String(path.dropLast(suffix.count)))) { return .store }
        }
        if isKey(head) { return .key }
        return .other
    }

    /// SQLite's database header, its write-ahead log's magic numbers and its rollback journal's.
    static func isStoreFile(_ head: [UInt8]) -> Bool {
        let database = Array("SQLite format 3".utf8) + [0]
        let journal: [UInt8] = [0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7]
        if head.starts(with: database) || head.starts(with: journal) { return true }
        return head.starts(with: [0x37, 0x7F, 0x06, 0x82]) || head.starts(with: [0x37, 0x7F, 0x06, 0x83])
    }

    /// A FoodTrace key file, or a PEM block of any key (private, public, encrypted, EC, …).
    static func isKey(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("FoodTrace-Party:") { return true }
        guard let begin = text.range(of: "-----BEGIN ") else { return false }
        let label = text[begin.upperBound...].prefix(64)
        guard let end = label.range(of: "-----") else { return false }
        return label[..<end.lowerBound].hasSuffix("KEY")
    }

    private static func prefix(of path: String) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: 16)
        let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        return count > 0 ? Array(head[..<count]) : []
    }
}
