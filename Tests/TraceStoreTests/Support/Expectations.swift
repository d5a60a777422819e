import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// The parties most tests need, registered one by one in the builder's store.
struct BasicParties {
    var vet: TestParty
    var farm: TestParty
    var slaughterhouse: TestParty
    var market: TestParty
    var stall: TestParty
    var canteen: TestParty
}

extension ChainBuilder {
    func registerBasicParties() throws -> BasicParties {
        let vet = try register("VET-510100", role: .vetAuthority, node: "900")
        let farm = try register("FARM-510112-003", role: .farm, area: "510112", node: "003")
        let house = try register("SH-510113-001", role: .slaughterhouse, area: "510113", node: "001")
        let market = try register("MKT-510104-001", role: .retailMarket, area: "510104", node: "001")
        let stall = try register("STALL-510104-001-A12", role: .stall, area: "510104", node: "112", parent: market.id)
        let canteen = try register("CANTEEN-510107-001", role: .schoolCanteen, area: "510107", node: "001")
        return BasicParties(vet: vet, farm: farm, slaughterhouse: house, market: market, stall: stall, canteen: canteen)
    }

    /// Ingests `records` as one all-or-nothing input and requires: the record on `line` (default: the
    /// last) refused with `field` and a reason containing `phrase`, its id reported, nothing committed,
    /// and every table of the store exactly as before.
    @discardableResult
    func expectRefused(
        _ records: [Record], line: Int? = nil, field: String, phrase: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> IngestRejection {
        let before = try StoreSnapshot(target)
        let report = try ingest(records)
        let line = line ?? records.count
        let rejection = try #require(
            report.rejected.first { $0.line == line }, "line \(line) was not refused; rejections: \(report.rejected)",
            sourceLocation: sourceLocation)
        #expect(rejection.recordID == records[line - 1].id, sourceLocation: sourceLocation)
        #expect(rejection.field == field, "reason: \(rejection.reason)", sourceLocation: sourceLocation)
        #expect(rejection.reason.contains(phrase), "reason: \(rejection.reason)", sourceLocation: sourceLocation)
        #expect(!report.committed, sourceLocation: sourceLocation)
        #expect(report.accepted == 0, sourceLocation: sourceLocation)
        #expect(try StoreSnapshot(target) == before, "the store changed", sourceLocation: sourceLocation)
        return rejection
    }
}

extension Record {
    /// The same record with one bit of its signature bytes inverted (still well-formed base64url).
    func withFlippedSignature(byte: Int = 0) -> Record {
        guard let sig, var bytes = Base64URL.decode(sig.value) else { fatalError("test record is not signed") }
        bytes[byte] ^= 0x01
        return signed(with: Signature(alg: sig.alg, key: sig.key, value: Base64URL.encode(bytes), seal: sig.seal))
    }
}
