import Foundation
import Testing

/// Compares text with a stored file under `Snapshots/`; `RECORD_SNAPSHOTS=1` writes the file instead.
///
/// Stored files are read from the source folder (so a recording counts without a rebuild), else from
/// the test bundle's copy; recordings go to the source folder.
enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Snapshots")
    }

    static func stored(_ name: String) -> String? {
        let candidates = [
            sourceFolder.appendingPathComponent(name),
            Bundle.module.resourceURL?.appendingPathComponent("Snapshots").appendingPathComponent(name),
        ]
        for case let url? in candidates {
            if let data = FileManager.default.contents(atPath: url.path) {
                return String(decoding: data, as: UTF8.self)
            }
        }
        return nil
    }

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if recording {
            let url = sourceFolder.appendingPathComponent(name)
            #expect(
                FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8)), "cannot write \(url.path)",
                sourceLocation: sourceLocation)
            return
        }
        guard let expected = stored(name) else {
            Issue.record(
                "no snapshot \(name); run the tests with RECORD_SNAPSHOTS=1 to record it",
                sourceLocation: sourceLocation)
            return
        }
        #expect(
            text == expected, "\(name) differs from its snapshot; if intended, re-record with RECORD_SNAPSHOTS=1",
            sourceLocation: sourceLocation)
    }
}

/// Files of the test target's `Fixtures/` and of the repository.
enum Files {
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Fixtures")
    }

    /// The repository's `schemas/` folder.
    static var schemas: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schemas")
    }

    static func fixture(_ name: String) -> URL {
        let source = fixtures.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: source.path) { return source }
        return Bundle.module.resourceURL?.appendingPathComponent("Fixtures").appendingPathComponent(name) ?? source
    }
}

/// Runs `python3` for checks made with Python's libraries (jsonschema, xml.etree).
enum Python {
    static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Validates the JSON file `instance` against `schema` (draft from its `$schema`); `nil` when valid,
    /// else the validator's messages. The schema's relative `$ref`s resolve within its folder.
    static func validate(_ instance: URL, against schema: URL) throws -> String? {
        let script = """
            import json, sys, pathlib
            from jsonschema import validators
            from referencing import Registry, Resource
            schema_path = pathlib.Path(sys.argv[1])
            resources = []
            for path in schema_path.parent.glob('*.json'):
                try:
                    document = json.loads(path.read_text())
                except Exception:
                    continue
                if isinstance(document, dict) and '$id' in document:
                    resources.append((document['$id'], Resource.from_contents(document)))
            schema = json.loads(schema_path.read_text())
            cls = validators.validator_for(schema)
            cls.check_schema(schema)
            validator = cls(schema, registry=Registry().with_resources(resources))
            errors = sorted(validator.iter_errors(json.loads(pathlib.Path(sys.argv[2]).read_text())), key=lambda e: list(e.path))
            for error in errors:
                print('/'.join(str(p) for p in error.path) + ': ' + error.message)
            sys.exit(1 if errors else 0)
            """
        let result = try run(script, [schema.path, instance.path])
        return result.status == 0 ? nil : result.output
    }
}
