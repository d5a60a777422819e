import Foundation
import Testing
import TraceCrypto
import TraceGraph
import TraceModel
import TraceStore

/// Defences of `TraceStore.verify()`: it re-checks what is stored, so a database edited behind the
/// store's back, or a key revoked after the fact, is reported.
@Suite("verify re-checks the stored records")
struct VerifyTests {
    // The baseline for the tests below: an honest store verifies clean.
    @Test func cleanStoreHasNoFindings() throws {
        let chain = try ChainBuilder()
        let sample = try chain.ingestSampleChain()
        let report = try chain.store.verify()
        #expect(report.records == sample.records.count)
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.ok)
    }

    // Guards: verify recomputes each stored record's id and signature from its raw bytes.
    @Test func editedRawBytesAreReported() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        let store = chain.store
        let sample = try chain.ingestSampleChain()
        #expect(try store.verify().findings.isEmpty)

        // The farm lot's quantity goes from 10 to 90 head, written straight into SQLite.
        let produce = try #require(sample.records.first { $0.kind == .produce })
        let raw = try RawDatabase.blob(path: path, "SELECT raw FROM records WHERE id = ?", arguments: [produce.id])
        let text = String(decoding: raw, as: UTF8.self)
        #expect(text.contains(#""value":"10""#))
        let edited = Data(text.replacingOccurrences(of: #""value":"10""#, with: #""value":"90""#).utf8)
        try RawDatabase.execute(path: path, "UPDATE records SET raw = ? WHERE id = ?", arguments: [edited, produce.id])

        let report = try store.verify()
        #expect(!report.ok)
        #expect(
            report.findings.contains { $0.check == "id" && $0.record == produce.id && $0.message.contains("hash to") })
        #expect(report.findings.contains { $0.check == "signature" && $0.record == produce.id })
        #expect(report.findings.allSatisfy { $0.record == produce.id }, "\(report.findings)")
    }

    // Guards: verify checks the prev links of the stored chains, not just each record alone.
    @Test func removedRecordBreaksTheChainInVerify() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        let store = chain.store
        let sample = try chain.ingestSampleChain()
        let stallRegister = sample.records[4]
        #expect(stallRegister.kind == .register && stallRegister.seq == 5)
        try RawDatabase.execute(path: path, "DELETE FROM records WHERE id = ?", arguments: [stallRegister.id])
        let report = try store.verify()
        let next = sample.records[5].id
        // Both chain checks see it: the seq order in the ledger, and the prev link to a missing record.
        #expect(
            report.findings.contains {
                $0.check == "chain" && $0.record == next && $0.message.contains("seq 6 follows seq 4")
            })
        #expect(
            report.findings.contains {
                $0.check == "chain" && $0.record == next && $0.message.contains("prev does not name")
            })
    }

    // Guards: a key revoked from a time before records already stored turns those records into findings,
    // and the trace shows their hop as unverified (and incomplete).
    @Test func retroactiveRevocationIsReportedAndShownInTraces() throws {
        let chain = try ChainBuilder()
        let sample = try chain.ingestSampleChain()
        let farmRecords = sample.records.filter { $0.issuer == sample.farm.id }
        #expect(farmRecords.count == 2)
        let revoke = try chain.make(
            chain.regulator, RevokeBody(key: sample.farm.keyID, from: ChainBuilder.start, reason: "key stolen"))
        try chain.ingestAll([revoke])

        let report = try chain.store.verify()
        let flagged = Set(report.findings.filter { $0.check == "key" }.compactMap(\.record))
        #expect(flagged == Set(farmRecords.map(\.id)), "\(report.findings)")
        #expect(report.findings.allSatisfy { $0.check == "key" && $0.message.contains("was revoked from") })

        let trace = try chain.store.withGraph { reader in
            var tracer = Tracer(reader: reader)
            return try tracer.up(from: sample.slip.digits)
        }
        let farmHop = try #require(trace.nodes.first { $0.code == sample.farmLot.digits })
        #expect(!farmHop.verified)
        #expect(trace.nodes.filter { $0.code != sample.farmLot.digits }.allSatisfy { $0.verified })
        #expect(!trace.complete)
        #expect(trace.gaps.contains { $0.contains(sample.farmLot.digits) && $0.contains("does not verify") })
    }

    // Guards: in a store file, records are read while those read before are checked and the store-wide checks run
    // beside them; the findings still come batch by batch in ledger order (a batch's chain findings, then its
    // signature findings), the store-wide ones last, then the graph rows no record supports, the same each time.
    @Test func findingsKeepTheLedgerOrderAcrossBatches() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("store.sqlite")
        let chain = try ChainBuilder(storeAt: path)
        let store = chain.store
        let (farm, register) = try chain.registration("FARM-510112-003", role: .farm, area: "510112", node: "003")
        var records = [register]
        for _ in 0..<4_300 { records.append(try chain.produce(farm).0) }
        try chain.ingestAll(records)

        // `records[n]` is ledger row n + 1: an edit in the first batch of 4,096 records read, one in the second, and
        // a record missing from the second.
        let (early, late, removed, afterRemoved) = (records[100], records[4_200], records[4_250], records[4_251])
        for record in [early, late] {
            let raw = try RawDatabase.blob(path: path, "SELECT raw FROM records WHERE id = ?", arguments: [record.id])
            let edited = Data(
                String(decoding: raw, as: UTF8.self).replacingOccurrences(of: #""value":"10""#, with: #""value":"11""#)
                    .utf8)
            try RawDatabase.execute(
                path: path, "UPDATE records SET raw = ? WHERE id = ?", arguments: [edited, record.id])
        }
        try RawDatabase.execute(path: path, "DELETE FROM records WHERE id = ?", arguments: [removed.id])

        let report = try store.verify()
        #expect(report.records == records.count - 1)
        // The graph rows the edited records make differ from the stored ones, and the removed record's batch is
        // made by no record: derived findings, after the store-wide ones.
        let expected: [(String, String?)] = [
            ("id", early.id), ("signature", early.id), ("chain", afterRemoved.id), ("id", late.id),
            ("signature", late.id), ("chain", afterRemoved.id), ("derived", early.id), ("derived", late.id),
            ("derived", nil),
        ]
        #expect(report.findings.map(\.check) == expected.map(\.0), "\(report.findings)")
        #expect(report.findings.map(\.record) == expected.map(\.1))
        #expect(report.findings[5].message.contains("prev does not name"))
        #expect(report.findings[6].message.contains("quantityMicros 10000000, the record says 11000000"))
        #expect(report.findings[8].message.contains("(naming record \(removed.id)), but no record makes it"))
        #expect(try store.verify().findings == report.findings)
    }
}
