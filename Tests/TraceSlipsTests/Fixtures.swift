import Foundation
import TraceCrypto
import TraceModel

@testable import TraceSlips

/// Sample keys, records, bundles and slip content shared by the tests.
enum Fixtures {
    static let stallID = "STALL-110105-012"  // 16 characters, the size the QR budget is tested with
    static let marketID = "MKT-110105-001"
    static let regulatorID = "SAMR-110000"
    static let soldAt = Timestamp("2026-11-28T08:15:30+08:00")!

    static func code(_ serial: Int, date: String = "261128", node: String = "012") -> TraceCode {
        TraceCode(area: "110105", node: node, date: date, serial: serial)!
    }

    static let slipCode = code(42)
    static let batchCode = code(7, date: "261127")

    /// A deterministic Ed25519 key (fixed seed), so Ed25519 payloads are the same on every run.
    static func ed25519Key(_ seedByte: UInt8 = 7) -> PrivateKey {
        try! PrivateKey(ed25519Seed: (0..<32).map { UInt8($0) &+ seedByte })
    }

    static func key(_ algorithm: SignatureAlgorithm) -> PrivateKey {
        algorithm == .ed25519 ? ed25519Key() : try! PrivateKey.generate(.sm2sm3)
    }

    static func sellBody(amount: String = "35") -> SellBody {
        SellBody(
            slip: slipCode, batch: batchCode, quantity: Quantity(Amount("1.25")!, .kilogram), unitPrice: Amount("28")!,
            amount: Amount(amount)!)
    }

    /// An unsigned sell record of the sample stall.
    static func sale(issuer: String = stallID, at: Timestamp = soldAt, seq: Int = 42, amount: String = "35") -> Record {
        let prev = seq == 1 ? nil : RecordID.from(digest: Digest.sha256(Array("record \(seq - 1)".utf8)))
        return try! Record(kind: .sell, issuer: issuer, seq: seq, prev: prev, at: at, body: sellBody(amount: amount))
    }

    static func signedSale(_ key: PrivateKey, issuer: String = stallID, at: Timestamp = soldAt) -> Record {
        try! sale(issuer: issuer, at: at).signed(by: key)
    }

    static func registered(_ key: PublicKey) -> RegisteredKey {
        RegisteredKey(id: key.keyID, alg: key.algorithm.rawValue, spki: Data(key.spkiDER).base64EncodedString())
    }

    static let regulatorKey = ed25519Key(100)

    static var anchor: TrustBundle.Anchor {
        let key = regulatorKey.publicKey
        return TrustBundle.Anchor(
            party: regulatorID, key: key.keyID, alg: key.algorithm.rawValue,
            spki: Data(key.spkiDER).base64EncodedString())
    }

    /// A bundle with the market and the stall holding `stallKey`.
    static func bundle(
        stallKey: PublicKey, role: Role = .stall, revocations: [TrustBundle.Revocation] = [], includeStall: Bool = true
    ) -> TrustBundle {
        var parties = [
            TrustBundle.Party(
                id: marketID, name: "双井农贸市场", role: .retailMarket, area: "110105",
                keys: [registered(ed25519Key(50).publicKey)])
        ]
        if includeStall {
            parties.append(
                TrustBundle.Party(
                    id: stallID, name: "王记猪肉", role: role, area: "110105", parent: marketID,
                    keys: [registered(stallKey)], revocations: revocations
                ))
        }
        return try! TrustBundle.make(
            issuedAt: Timestamp("2026-11-28T00:00:00+08:00")!, anchors: [anchor], parties: parties, signer: regulatorKey
        )
    }

    /// A real payload (the Ed25519 sample sale), fixed here so rendering snapshots do not depend on crypto.
    static let samplePayload =
        "FT1:200*22ETA2T94W5$96$96NW6746HF6-PGINQ0WNM*50/L3VT97S0F6TD9E-P$SVAOH6D5$T9C091%2K+O9HQUT1--1M7NW1OH89--1M7NW1OHA4X$T550990.C0634O2E:OEU.5/KUNPFCLT$ZF95GCJA3$ARDPR5L$PJ8GW1:KJ0T*IT.EQDL0XD03UR AECCF225Q64NB9SOOWHEWZA 4VOCP86A3QTPCB$S1:ZDW EK55/3"

    static let upstream = SlipContent.Upstream(
        originFarm: "河北省定州市丰收生猪养殖专业合作社", originPlace: "河北省保定市定州市", slaughterhouse: "北京顺义定点屠宰厂",
        quarantineCertificate: "1301234567", meatInspectionCertificate: "110113-2026-0042",
        lastTest: SlipContent.LastTest(
            analyte: "clenbuterol", result: "negative", date: Timestamp("2026-11-27T16:00:00+08:00")!)
    )

    static func content(payload: String = samplePayload, upstream: SlipContent.Upstream = upstream) -> SlipContent {
        SlipContent(
            marketName: "北京市朝阳区双井农贸市场", stallID: stallID, stallName: "王记猪肉", productName: "白条猪肉(后腿)",
            quantity: Quantity(Amount("1.25")!, .kilogram), unitPrice: Amount("28")!, amount: Amount("35")!,
            soldAt: soldAt,
            slipCode: slipCode, batchCode: batchCode, upstream: upstream, payload: payload
        )
    }
}
