import Foundation
import Testing

/// Reads the test fixtures copied into the test bundle (see Fixtures/README.md).
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
}

/// The repository checkout these tests come from: the first directory above this file that holds
/// `schemas/examples` (tests run from a clone, where it exists).
enum Repository {
    static func root(file: String = #filePath) throws -> URL {
        var directory = URL(fileURLWithPath: file).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("schemas/examples").path) {
                return directory
            }
            directory = directory.deletingLastPathComponent()
        }
        Issue.record("no schemas/examples above \(file)")
        throw CocoaError(.fileNoSuchFile)
    }

    /// The `.json` files of a directory below the repository root, sorted by name.
    static func jsonFiles(in relativePath: String) throws -> [URL] {
        let directory = try root().appendingPathComponent(relativePath)
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
