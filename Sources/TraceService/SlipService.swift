import Foundation
import TraceCrypto
import TraceGraph
import TraceModel
import TraceSlips
import TraceStore

/// The operations a market node runs over its store: record a sale, gather a slip, make a trust bundle.
///
/// The CLI calls these today; the planned HTTP hub and slip pages call the same ones.
public struct SlipService {
    public let store: TraceStore

    public init(store: TraceStore) { self.store = store }

    /// Records a signed sale of `quantity` from the stall's `batch` at `unitPrice` (yuan per unit), made at `time`.
    ///
    /// Refused, with nothing recorded, when the key is not the stall's, the stall does not hold the batch,
    /// the batch has less on hand, or (when the appender checks) the till's stop-sale rules stop it (``TillGate``).
    /// `pricedIn`: the market unit the stall priced in; `quantity` is then in kg and `unitPrice` per kg. The amount is quantity × unit price rounded half up to the fen.
    @discardableResult
    public func sell(
        stall: String, batch: TraceCode, quantity: Quantity, unitPrice: Amount, pricedIn: MarketUnit? = nil,
        appender: RecordAppender, at time: Timestamp, now: Int64
    ) throws -> Record {
        guard appender.party == stall else {
            throw Refusal("the key belongs to \(appender.party), not to stall \(stall)")
        }
        guard let total = quantity.value.multiplied(by: unitPrice) else { throw Refusal("the amount overflows") }
        // The quantity on hand and the slip's code are read in the transaction that records the sale:
        // two scales selling from one batch at the same moment cannot both take the last kilogram or
        // print the same code.
        return try appender.append(.sell, at: time, now: now) { reader in
            guard let (holder, onHand) = try reader.onHand(batch.digits) else {
                throw Refusal("no batch \(batch) in the store")
            }
            guard holder == stall else { throw Refusal("batch \(batch) is held by \(holder), not by \(stall)") }
            guard let inBatchUnit = quantity.converted(to: onHand.unit) else {
                throw Refusal("\(quantity) cannot be sold from a batch counted in \(onHand.unit.rawValue)")
            }
            guard inBatchUnit <= onHand.value else {
                throw Refusal(
                    "batch \(batch) has \(onHand) on hand at \(stall); cannot sell \(quantity). Nothing was recorded")
            }
            let slip = try reader.nextTraceCode(for: stall, at: time)
            return try Record.json(
                of: SellBody(
                    slip: slip, batch: batch, quantity: quantity, unitPrice: unitPrice,
                    amount: Amount(micros: (total.micros + 5_000) / 10_000 * 10_000), pricedIn: pricedIn))
        }
    }

    /// What the slip of a sale shows: the sale, stall and market names, the upstream summary and the store's hub URL.
    public func content(slip code: String) throws -> SlipContent {
        guard let recordID = try store.recordID(forCode: code), let stored = try store.record(id: recordID),
            stored.kind == .sell
        else { throw Refusal("\(code) is not a slip (no sell record with that trace code)") }
        let record = try Record.parse(stored.raw)
        let hubURL = try store.hubURL()
        var content = try store.withGraph { reader in
            let stall = try reader.party(record.issuer)
            let market = try stall?.parent.flatMap { try reader.party($0) }
            var tracer = Tracer(reader: reader)
            let trace = try tracer.up(from: code)
            let product = trace.nodes.first { $0.type == .batch }?.product ?? "—"
            return try SlipContent(
                record: record, marketName: market?.name ?? stall?.name ?? record.issuer,
                stallName: stall?.name ?? record.issuer, productName: product,
                upstream: Self.upstream(of: trace))
        }
        content.hubURL = hubURL
        return content
    }

    /// Origin farm, slaughterhouse, certificate numbers and the latest test, from an upstream trace.
    public static func upstream(of trace: TraceResult) -> SlipContent.Upstream {
        var upstream = SlipContent.Upstream()
        if let origin = trace.nodes.first(where: { $0.kind == .produce }) {
            upstream.originFarm = origin.partyName
            upstream.originPlace = origin.origin?.name
        }
        upstream.slaughterhouse = trace.nodes.first { $0.role == .slaughterhouse }?.partyName
        let documents = trace.nodes.flatMap(\.documents)
        upstream.quarantineCertificate =
            documents.first { $0.type == .productQuarantine }?.number
            ?? documents.first { $0.type == .animalQuarantine }?.number
        upstream.meatInspectionCertificate = documents.first { $0.type == .meatInspection }?.number
        let tests = trace.nodes.flatMap(\.tests).compactMap { test in Timestamp(test.at).map { (test, $0) } }
        if let (test, date) = tests.max(by: { $0.1 < $1.1 }) {
            upstream.lastTest = SlipContent.LastTest(analyte: test.analyte, result: test.result, date: date)
        }
        return upstream
    }

    /// The trust bundle: the store's anchors and every registered party's keys and revocations, signed by `regulator`.
    public func trustBundle(signedBy regulator: PrivateKey, issuedAt: Timestamp, expiresAt: Timestamp? = nil) throws
        -> TrustBundle
    {
        let anchors = try store.anchors()
        guard anchors.contains(where: { $0.key.keyID == regulator.publicKey.keyID }) else {
            throw Refusal("key \(regulator.publicKey.keyID) is not a trust anchor of this store")
        }
        let parties = try bundleParties()
        return try TrustBundle.make(
            issuedAt: issuedAt, expiresAt: expiresAt,
            anchors: anchors.map { anchor in
                TrustBundle.Anchor(
                    party: anchor.party, key: anchor.key.keyID, alg: anchor.key.algorithm.rawValue,
                    spki: Data(anchor.key.spkiDER).base64EncodedString())
            },
            parties: parties, signer: regulator)
    }

    /// Every registered party with its keys and revocations, as a trust bundle lists them.
    public func bundleParties() throws -> [TrustBundle.Party] {
        try store.registeredParties().map { registered in
            TrustBundle.Party(
                id: registered.info.id, name: registered.info.name, role: registered.info.role,
                area: registered.info.area,
                parent: registered.info.parent, keys: registered.keys,
                revocations: registered.revocations.map {
                    TrustBundle.Revocation(key: $0.key, from: $0.from, reason: $0.reason, lastSeq: $0.lastSeq)
                })
        }
    }
}
