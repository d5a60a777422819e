import Foundation
import Testing
import TraceModel

/// The Swift reader and the JSON Schemas in `schemas/` agree on the examples beside them: every valid
/// example is read, and every invalid one is refused at the field its README names.
@Suite("Schema examples agree with Record.parse")
struct SchemaExampleTests {
    @Test func everyValidExampleIsRead() throws {
        let files = try Repository.jsonFiles(in: "schemas/examples/valid")
        #expect(files.count >= RecordKind.allCases.count)
        var kinds = Set<RecordKind>()
        for file in files {
            let bytes = Array(try Data(contentsOf: file))
            do {
                let record = try Record.parse(bytes)
                kinds.insert(record.kind)
                #expect(file.lastPathComponent.hasPrefix(record.kind.rawValue + "-"), "\(file.lastPathComponent)")
                #expect(record.sig != nil, "\(file.lastPathComponent) is unsigned")
                // Canonical form reads back to the same signed bytes.
                #expect(try Record.parse(record.canonicalBytes).signedBytes == record.signedBytes)
                // The typed body says everything the JSON says.
                let again = try Record.json(of: try record.decodedBody().value)
                #expect(
                    try CanonicalJSON.string(again) == CanonicalJSON.string(record.body), "\(file.lastPathComponent)")
            } catch {
                Issue.record("\(file.lastPathComponent): \(error)")
            }
        }
        #expect(
            kinds == Set(RecordKind.allCases),
            "kinds without a valid example: \(Set(RecordKind.allCases).subtracting(kinds))")
    }

    /// `file → field` from the table in schemas/examples/invalid/README.md.
    static func expectedFields() throws -> [String: String] {
        let readme = try String(
            contentsOf: Repository.root().appendingPathComponent("schemas/examples/invalid/README.md"), encoding: .utf8)
        var fields: [String: String] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, cells[0].hasSuffix(".json`") else { continue }
            fields[String(cells[0].dropFirst().dropLast())] = String(cells[1].dropFirst().dropLast())
        }
        return fields
    }

    @Test func everyInvalidExampleIsRefusedAtItsField() throws {
        let files = try Repository.jsonFiles(in: "schemas/examples/invalid")
        let expected = try Self.expectedFields()
        #expect(files.count >= 20)
        #expect(Set(expected.keys) == Set(files.map(\.lastPathComponent)), "README table and files differ")
        for file in files {
            let name = file.lastPathComponent
            let bytes = Array(try Data(contentsOf: file))
            do {
                _ = try Record.parse(bytes)
                Issue.record("\(name) was accepted")
            } catch {
                #expect(error.field == expected[name], "\(name): \(error)")
                #expect(!error.reason.isEmpty)
            }
        }
    }
}
