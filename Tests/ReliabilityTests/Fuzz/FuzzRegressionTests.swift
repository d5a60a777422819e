import Foundation
import Testing
import TraceInterop
import TraceModel
import TraceSlips

/// Replays every input of `Fixtures/fuzz-regressions/TARGET/` through the checks the fuzz target of the
/// same name makes (`Fuzz/Targets/TARGET.swift`): what once crashed must now be refused or read cleanly,
/// with the target's invariants holding.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
    static func inputs(_ target: String) throws -> [(String, [UInt8])] {
        let folder = BadInputCase.directory.deletingLastPathComponent().appendingPathComponent(
            "fuzz-regressions/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.sorted().filter { !$0.hasPrefix(".") }.map { name in
            (name, Array(try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }

    /// Guards the record reader and canonicaliser: canonical JSON is a fixed point, a parsed record's
    /// canonical form reads back as the same record.
    @Test("record: replayed inputs keep the reader's invariants")
    func record() throws {
        for (name, bytes) in try Self.inputs("record") {
            if let value = try? JSONParser.parse(bytes), let canonical = try? CanonicalJSON.bytes(value) {
                let again = try #require(
                    try? JSONParser.parse(canonical), "\(name): canonical JSON does not parse again")
                #expect((try? CanonicalJSON.bytes(again)) == canonical, "\(name): canonical JSON is not a fixed point")
            }
            guard let record = try? TraceModel.Record.parse(bytes) else { continue }
            let reread = try #require(
                try? TraceModel.Record.parse(record.canonicalBytes), "\(name): canonical form does not parse")
            #expect(
                reread.signedBytes == record.signedBytes && reread.canonicalBytes == record.canonicalBytes, "\(name)")
        }
    }

    /// Guards the slip payload decoder: refuse, or decode to a signed sale that survives a round trip.
    @Test("slip: replayed payloads are refused or decode to a record that survives a round trip")
    func slip() throws {
        for (name, bytes) in try Self.inputs("slip") {
            let text = String(decoding: bytes, as: UTF8.self)
            guard let record = try? SlipPayload.decode(text) else { continue }
            #expect(record.kind == .sell && record.sig != nil, "\(name)")
            let again = try #require(try? SlipPayload.encode(record: record), "\(name): cannot be encoded again")
            #expect(
                (try? SlipPayload.decode(again))?.canonicalBytes == record.canonicalBytes,
                "\(name): changes on a round trip")
        }
    }

    /// Guards the EPCIS reader and import mapper: refuse with a JSON path, or read events from the event list.
    @Test("epcis: replayed documents are refused with a path or read and mapped")
    func epcis() throws {
        let mapper = EPCISImportMapper(
            importer: ImportingParty(id: "WM-510106-001", area: "510106", node: "001"),
            defaults: .init(
                product: Product(code: "00000000", name: "EPCIS 导入批次", category: .processed),
                origin: Place(area: "510106", name: "EPCIS")))
        for (name, bytes) in try Self.inputs("epcis") {
            do {
                let document = try EPCISReader.read(document: bytes)
                #expect(document.events.allSatisfy { $0.path.hasPrefix("$.epcisBody") }, "\(name)")
                _ = mapper.map(document)
            } catch {
                #expect(error.path.hasPrefix("$"), "\(name): refused without a JSON path: \(error)")
            }
        }
    }
}
