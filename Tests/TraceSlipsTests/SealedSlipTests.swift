import Foundation
import Testing
import TraceCrypto
import TraceLog
import TraceModel

@testable import TraceSlips

/// Slips of sales sealed in batches: the payload carries the sale, the batch head's one signature, the leaf and its
/// inclusion path (the root is computed), rebuilds the sealed record byte for byte and verifies offline; a path or
/// leaf changed is refused. The QR size each batch size costs is pinned here (the README's table).
@Suite struct SealedSlipTests {
    /// `count` sales of the sample stall (seq 42 on, as in a stall's working day), sealed by `key`.
    static func sealedDay(_ count: Int, key: PrivateKey = Fixtures.ed25519Key()) throws -> [Record] {
        var sales: [Record] = []
        for n in 0..<count {
            let body = SellBody(
                slip: Fixtures.code(1000 + n), batch: Fixtures.batchCode,
                quantity: Quantity(Amount("1.25")!, .kilogram),
                unitPrice: Amount("28")!, amount: Amount("35")!)
            sales.append(
                try Record(
                    kind: .sell, issuer: Fixtures.stallID, seq: n + 42,
                    prev: sales.last?.id ?? RecordID.from(digest: Digest.sha256(Array("record 41".utf8))),
                    at: Fixtures.soldAt.adding(milliseconds: Int64(n) * 1000), body: body))
        }
        return try SealedBatch.seal(sales, key: key)
    }

    @Test(arguments: [1, 2, 7, 64, 1000])
    func roundTripsAndVerifiesOffline(size: Int) throws {
        let key = Fixtures.ed25519Key()
        let day = try Self.sealedDay(size, key: key)
        let bundle = Fixtures.bundle(stallKey: key.publicKey)
        for sale in [day.first!, day[size / 2], day.last!] {
            let payload = try SlipPayload.encode(record: sale)
            let rebuilt = try SlipPayload.decode(payload)
            #expect(rebuilt.canonicalBytes == sale.canonicalBytes, "the stored record, seal and all")
            #expect(SlipVerifier.verify(payload: payload, bundle: bundle).isGenuine)
        }
    }

    // Guards: a path hash changed, or the leaf claimed elsewhere, leads to another root, which the head's signature
    // does not cover: bad signature, not genuine. A signature by another key of the same stall is unknown.
    @Test func aChangedPathOrLeafIsNotGenuine() throws {
        let key = Fixtures.ed25519Key()
        let day = try Self.sealedDay(64, key: key)
        let bundle = Fixtures.bundle(stallKey: key.publicKey)
        var sig = day[9].sig!
        var path = sig.seal!.pathHashes!
        path[5][31] ^= 0x80
        sig.seal!.path = Base64URL.encode(path.flatMap { $0 })
        let changedPath = try SlipPayload.encode(record: day[9].signed(with: sig))
        #expect(
            SlipVerifier.verify(payload: changedPath, bundle: bundle).rejection
                == .badSignature(issuer: Fixtures.stallID, key: key.publicKey.keyID))
        var moved = day[9].sig!
        moved.seal!.index = 8
        let movedLeaf = try SlipPayload.encode(record: day[9].signed(with: moved))
        #expect(!SlipVerifier.verify(payload: movedLeaf, bundle: bundle).isGenuine)
        // A tree head signed by the same key for the log (another prefix) is no seal.
        let treeHead = try TreeHead.sign(
            size: 64, root: MerkleHash.parse(day[9].sig!.seal!.root)!, timestamp: 0, key: key)
        var replayed = day[9].sig!
        replayed.value = treeHead.sig!
        let replay = try SlipPayload.encode(record: day[9].signed(with: replayed))
        #expect(!SlipVerifier.verify(payload: replay, bundle: bundle).isGenuine)
    }

    // Guards: the decoder reads the seal fields strictly: an index at or past the size, a size of 0 or past 2^16.
    @Test func sealFieldsOutOfRangeAreMalformed() throws {
        let sale = try Self.sealedDay(4)[3]
        let fields = try PayloadFields.encode(sale)
        // The seal's size and index are the two bytes after the 64-byte signature, before 2 × 32 path bytes and the
        // 8-byte id check.
        let sizeAt = fields.count - 8 - 64 - 2
        #expect(fields[sizeAt] == 4 && fields[sizeAt + 1] == 3)
        for (offset, value, field) in [(0, UInt8(0), "seal.size"), (1, UInt8(4), "seal.index")] {
            var bad = fields
            bad[sizeAt + offset] = value
            #expect(throws: SlipError.self, "\(field) \(value)") { try PayloadFields.decode(bad, checkingID: true) }
        }
    }

    /// The QR code a sealed slip needs (level M): the payload, and the slip page's address with the longest base.
    /// Pinned: the README states this table. A normal slip is version 9 (payload) and at most 10 (address).
    @Test func qrVersionsBySizeOfBatch() throws {
        var versions: [Int: (payload: Int, link: Int, bytes: Int)] = [:]
        for size in [1, 64, 256, 1000, 4096] {
            let day = try Self.sealedDay(size)
            // Leaf 0 has the longest path there is in a tree of this size.
            #expect(
                day[0].sig?.seal?.pathHashes?.count == (size == 1 ? 0 : Int.bitWidth - (size - 1).leadingZeroBitCount))
            let payload = try SlipPayload.encode(record: day[0])
            let link = try SlipLink.url(base: SlipLinkTests.base32, payload: payload)
            let container = try Base45.decode(String(payload.dropFirst(SlipPayload.prefix.count)))
            versions[size] = (try QRCode(payload).version, try QRCode(link).version, container.count)
        }
        let table = versions.keys.sorted().map {
            "\($0): v\(versions[$0]!.payload)/v\(versions[$0]!.link) \(versions[$0]!.bytes) B"
        }
        // Payload bytes: 163 (a batch of one) plus 32 a level of the tree; 16-character stall id, seq past 127.
        let expected: [Int: (payload: Int, link: Int, bytes: Int)] = [
            1: (9, 10, 163), 64: (15, 15, 355), 256: (16, 17, 420), 1000: (17, 18, 484), 4096: (19, 19, 548),
        ]
        for (size, want) in expected {
            #expect(versions[size]! == want, "batch of \(size): \(table)")
        }
    }
}
