import Foundation

/// Fresh folders under the temporary directory, mode 0755 whatever the umask, removed when the test
/// process exits (plugin copies are megabytes each).
enum TemporaryFolder {
    static func make(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "foodtrace-audit-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        Created.shared.add(url)
        return url
    }
}

/// The folders made so far, and the exit handler that removes them.
private final class Created: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    static let shared: Created = {
        atexit { Created.shared.removeAll() }
        return Created()
    }()

    private let lock = NSLock()
    private var folders: [URL] = []

    func add(_ url: URL) {
        lock.lock()
        folders.append(url)
        lock.unlock()
    }

    func removeAll() {
        lock.lock()
        let all = folders
        folders = []
        lock.unlock()
        for url in all { try? FileManager.default.removeItem(at: url) }
    }
}
