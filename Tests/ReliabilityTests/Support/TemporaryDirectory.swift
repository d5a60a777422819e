import Foundation

/// A fresh directory under the system temporary folder, removed when released.
final class TemporaryDirectory: @unchecked Sendable {
    let path: String

    init(_ label: String) throws {
        path = NSTemporaryDirectory() + "foodtrace-reliability-\(label)-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    }

    func write(_ name: String, lines: [[UInt8]]) throws {
        try write(name, Array(lines.map { $0 + [0x0A] }.joined()))
    }

    /// Names of the files in the directory, sorted.
    func listing() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }
}

/// Copying a store file with its SQLite companions, so a test can start from a fresh copy of a base store.
enum StoreFiles {
    static let companions = ["", "-wal", "-shm", "-journal"]

    /// Copies `source` (and its `-wal` when present) to `destination`, replacing what is there.
    ///
    /// Only call it while no process writes to `source`: the copy is then the committed state.
    static func copy(_ source: String, to destination: String) throws {
        remove(destination)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: destination + suffix)
        }
    }

    static func remove(_ path: String) {
        for suffix in companions { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
