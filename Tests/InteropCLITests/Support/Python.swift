import Foundation
import Testing

/// Runs `python3 -c SCRIPT ARGS…`, for checks made with Python's own libraries (csv, jsonschema).
enum Python {
    static func run(_ script: String, _ arguments: [String]) throws -> RunResult {
        try launch(["-c", script] + arguments)
    }

    /// Runs `python3 FILE ARGS…` (the browser checks in scripts/browser).
    static func script(_ file: String, _ arguments: [String]) throws -> RunResult {
        try launch([file] + arguments)
    }

    private static func launch(_ arguments: [String]) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let outFile = NSTemporaryDirectory() + "interop-python-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: outFile, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outFile) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: outFile))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = String(decoding: try Data(contentsOf: URL(fileURLWithPath: outFile)), as: UTF8.self)
        return RunResult(status: process.terminationStatus, stdout: output, stderr: "")
    }

    /// Validates a document against the EPCIS 2.0.1 JSON Schema with `jsonschema`'s Draft7Validator,
    /// checking `date-time` and (with a plain absolute-URI rule, since no RFC 3987 checker is installed)
    /// `uri` formats. Prints the problems; exit 1 when there are any.
    static let schemaScript = """
        import json, re, sys
        from jsonschema import Draft7Validator, FormatChecker
        checker = FormatChecker()
        @checker.checks("uri")
        def is_uri(value):
            return not isinstance(value, str) or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$", value) is not None
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        errors = list(Draft7Validator(schema, format_checker=checker).iter_errors(document))
        for error in errors[:20]: print(list(error.absolute_path), error.message[:300])
        print(f"{len(errors)} problems")
        sys.exit(1 if errors else 0)
        """
}

/// The EPCIS reference material of the library tests (Tests/TraceInteropTests/Fixtures/epcis), read
/// from the source tree so the two test targets share one copy.
enum EPCISFixtures {
    static let root: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("TraceInteropTests/Fixtures/epcis").path
    }()

    static var schema: String { root + "/schema/epcis-json-schema-2.0.1.json" }

    /// Paths of the files under `folder` whose names end in `suffix`, sorted.
    static func files(_ folder: String, suffix: String) -> [String] {
        let base = root + "/" + folder
        let names = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { base + "/" + $0 }
    }
}
