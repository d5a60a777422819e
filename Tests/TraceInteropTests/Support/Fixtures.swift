import Foundation
import Testing

/// Reads the test fixtures copied into the test bundle (see Fixtures/epcis/README.md).
enum Fixtures {
    static func url(_ relativePath: String) throws -> URL {
        let base = try #require(Bundle.module.resourceURL, "the test bundle has no resources")
        return base.appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url(relativePath)))
    }

    static func text(_ relativePath: String) throws -> String {
        String(decoding: try bytes(relativePath), as: UTF8.self)
    }

    /// Paths (relative to Fixtures/) of the files below `directory` whose names end in `suffix`, sorted.
    static func files(under directory: String, suffix: String) throws -> [String] {
        let root = try url(directory)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var found: [String] = []
        for case let file as URL in walker where file.lastPathComponent.hasSuffix(suffix) {
            found.append(directory + "/" + file.path.dropFirst(root.path.count + 1))
        }
        return found.sorted()
    }
}
