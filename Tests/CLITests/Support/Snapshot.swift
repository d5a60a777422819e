import Foundation
import Testing

/// Compares what users see with the files in `Tests/CLITests/Snapshots/`.
///
/// Run with `RECORD_SNAPSHOTS=1` to (re)write the files in the source tree instead of comparing; review
/// the diff and commit it. The copy in the test bundle is read when present (SwiftPM copies `Snapshots/`
/// into it), else the source file.
enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// The source directory of the snapshots, from this file's path.
    static var sourceDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Snapshots")
    }

    /// Replaces what changes from run to run (record ids, their 12-digit short forms, key ids) with placeholders.
    /// A short id is 12 hexadecimal digits with at least one letter (SM2 signatures, hence some ids, differ per run).
    static func normalise(_ text: String) -> String {
        var text = text
        let patterns = [
            (#"sha256:[0-9a-f]{64}"#, "sha256:<id>"),
            (#"k-[0-9a-f]{16}"#, "k-<key>"),
            (#"\b(?=[0-9]*[a-f])[0-9a-f]{12}\b"#, "<id>"),
        ]
        for (pattern, placeholder) in patterns {
            text = text.replacingOccurrences(of: pattern, with: placeholder, options: .regularExpression)
        }
        return text
    }

    static func expect(_ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let text = normalise(actual)
        let source = sourceDirectory.appendingPathComponent(name)
        if recording {
            try Data(text.utf8).write(to: source)
            return
        }
        let bundled = Bundle.module.resourceURL?.appendingPathComponent("Snapshots").appendingPathComponent(name)
        let url = bundled.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil } ?? source
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no snapshot \(name); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard text != expected else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let shown = { (lines: [Substring]) in first < lines.count ? String(lines[first]) : "(end)" }
        Issue.record(
            """
            output differs from snapshot \(name) at line \(first + 1):
              expected: \(shown(expectedLines))
              actual:   \(shown(actualLines))
            (re-record with RECORD_SNAPSHOTS=1 if the change is intended)
            """, sourceLocation: sourceLocation)
    }
}
