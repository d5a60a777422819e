import Foundation
import Synchronization
import TraceCrypto
import TraceGraph

/// The recall drill reports a hub keeps: JSON reports (what `foodtrace recall drill --out X.json` and
/// `scripts/recall-drill` write) in one folder, found by their SHA-256, the hash a stored drill record names.
///
/// A report arrives by `POST /drills/reports` (kept as `SHA256.json`) or is copied into the folder by hand, at any
/// depth and under any name (`scripts/recall-drill --out FOLDER` writes dated folders): files are hashed once and
/// again only when their size or time changes.
final class DrillReportFolder: Sendable {
    let path: String?
    private let hashes = Mutex<[String: (size: Int, modified: Date, sha256: String)]>([:])

    init(path: String?) { self.path = path }

    /// The lowercase hex SHA-256 of `bytes`.
    static func sha256(_ bytes: [UInt8]) -> String {
        Digest.sha256(bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The bytes of the report whose SHA-256 is `sha256`, if the folder holds it.
    func bytes(sha256: String) -> [UInt8]? {
        guard let path, sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else { return nil }
        let named = path + "/" + sha256.lowercased() + ".json"
        if let data = FileManager.default.contents(atPath: named), Self.sha256(Array(data)) == sha256.lowercased() {
            return Array(data)
        }
        let files = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
            .filter { $0.lowercased().hasSuffix(".json") }
        for file in files {
            let full = path + "/" + file
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: full),
                let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
            else { continue }
            var hash = hashes.withLock { $0[full] }.flatMap {
                $0.size == size && $0.modified == modified ? $0.sha256 : nil
            }
            if hash == nil, let data = FileManager.default.contents(atPath: full) {
                let made = Self.sha256(Array(data))
                hashes.withLock { $0[full] = (size, modified, made) }
                hash = made
            }
            if hash == sha256.lowercased(), let data = FileManager.default.contents(atPath: full) { return Array(data) }
        }
        return nil
    }

    /// Keeps `bytes` as `SHA256.json` (written beside, then renamed), making the folder when missing.
    func keep(_ bytes: [UInt8], sha256: String) throws {
        guard let path else { throw HubError.notImplemented("this hub keeps no drill reports (--drill-reports DIR)") }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let target = URL(fileURLWithPath: path + "/" + sha256 + ".json")
        try Data(bytes).write(to: target, options: .atomic)
    }

    /// The report in `bytes`, if they are one.
    static func decode(_ bytes: [UInt8]) -> DrillReport? {
        guard let report = try? JSONDecoder().decode(DrillReport.self, from: Data(bytes)),
            report.format == "foodtrace-recall-drill"
        else { return nil }
        return report
    }
}
