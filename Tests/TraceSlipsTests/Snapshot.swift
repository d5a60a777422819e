import Foundation
import Testing

/// Compares output with a stored file under `Snapshots/`; with `RECORD_SNAPSHOTS=1` writes it instead.
///
/// Stored files are read from the source folder next to this file (so a fresh recording counts at
/// once, without a rebuild), falling back to the test bundle's copy when the sources are not there;
/// recordings go to the source folder.
enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    static func stored(_ name: String) -> [UInt8]? {
        let candidates = [
            sourceFolder.appendingPathComponent(name),
            Bundle.module.resourceURL?.appendingPathComponent("Snapshots").appendingPathComponent(name),
        ]
        for case let url? in candidates {
            if let data = FileManager.default.contents(atPath: url.path) { return Array(data) }
        }
        return nil
    }

    static func check(_ actual: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if recording {
            let url = sourceFolder.appendingPathComponent(name)
            #expect(
                FileManager.default.createFile(atPath: url.path, contents: Data(actual)), "cannot write \(url.path)",
                sourceLocation: sourceLocation)
            return
        }
        guard let expected = stored(name) else {
            Issue.record(
                "no snapshot \(name); run the tests with RECORD_SNAPSHOTS=1 to record it",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let firstDifference =
                zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expected.count, actual.count)
            let message =
                "\(name) differs from its snapshot at byte \(firstDifference) (stored \(expected.count) bytes, now \(actual.count)); "
                + "if the change is intended, re-record with RECORD_SNAPSHOTS=1"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// Text snapshots also show both texts when they differ.
    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if !recording, let expected = stored(name), expected != Array(text.utf8) {
            #expect(
                String(decoding: expected, as: UTF8.self) == text, "\(name) differs from its snapshot",
                sourceLocation: sourceLocation)
            return
        }
        check(Array(text.utf8), named: name, sourceLocation: sourceLocation)
    }
}
