import Testing
import TraceCrypto
import TraceModel
import TraceStore

/// Defences of the references a record's body makes (`RecordApplier+Graph`, `RecordApplier+Nodes`):
/// batches, trace codes, shipments and units must exist, belong to the issuer and agree.
@Suite("ingest refuses records whose references do not hold")
struct ReferenceRejectionTests {
    /// A builder with the basic parties and a farm lot of 10 live pigs in the store.
    private func chainWithLot(_ engine: StoreEngine) throws -> (ChainBuilder, BasicParties, TraceCode) {
        let chain = try ChainBuilder(engine: engine)
        let parties = try chain.registerBasicParties()
        let (record, lot) = try chain.produce(parties.farm)
        try chain.ingestAll([record])
        return (chain, parties, lot)
    }

    // Guards: a batch must exist before anything can be taken out of it.
    @Test(arguments: StoreEngine.all) func unknownBatchIsRefused(engine: StoreEngine) throws {
        let (chain, parties, _) = try chainWithLot(engine)
        let missing = chain.code(parties.farm)
        let record = try chain.ship(
            parties.farm, missing, .head(1), to: parties.slaughterhouse.id, shipment: "F-1", advance: false)
        try chain.expectRefused([record], field: "$.body.batch", phrase: "batch \(missing) is not in the store")
    }

    // Guards: only the holder of a batch can ship (or otherwise take from) it.
    @Test(arguments: StoreEngine.all) func batchHeldByAnotherPartyIsRefused(engine: StoreEngine) throws {
        let (chain, parties, lot) = try chainWithLot(engine)
        let record = try chain.ship(
            parties.slaughterhouse, lot, .head(1), to: parties.stall.id, shipment: "S-1", advance: false)
        try chain.expectRefused(
            [record], field: "$.body.batch",
            phrase: "is held by \(parties.farm.id), not by \(parties.slaughterhouse.id)")
    }

    // Guards: a trace code names one batch, slip or meal for ever.
    @Test(arguments: StoreEngine.all) func reusedTraceCodeIsRefused(engine: StoreEngine) throws {
        let (chain, parties, lot) = try chainWithLot(engine)
        let record = try chain.produce(parties.farm, code: lot, advance: false).0
        try chain.expectRefused([record], field: "$.body.batch", phrase: "trace code \(lot) is already used")
    }

    // Guards: a slip code cannot reuse a batch code either.
    @Test(arguments: StoreEngine.all) func slipReusingABatchCodeIsRefused(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let body = SellBody(
            slip: sample.carcass, batch: sample.stallLot, quantity: .kg("1"), unitPrice: Amount(28), amount: Amount(28))
        let record = try chain.make(sample.stall, body, advance: false)
        try chain.expectRefused([record], field: "$.body.slip", phrase: "is already used")
    }

    // Guards: a receipt must name a shipment that was sent.
    @Test(arguments: StoreEngine.all) func receiptOfUnknownShipmentIsRefused(engine: StoreEngine) throws {
        let (chain, parties, lot) = try chainWithLot(engine)
        let record = try chain.receive(
            parties.slaughterhouse, shipment: "F-404", from: parties.farm.id, batch: lot, .head(10), advance: false
        ).0
        try chain.expectRefused([record], field: "$.body.shipment", phrase: "no shipment F-404")
    }

    // Guards: only the addressee can receive a shipment.
    @Test(arguments: StoreEngine.all) func receiptOfShipmentSentToSomeoneElseIsRefused(engine: StoreEngine) throws {
        let (chain, parties, lot) = try chainWithLot(engine)
        try chain.ingestAll([chain.ship(parties.farm, lot, .head(10), to: parties.slaughterhouse.id, shipment: "F-1")])
        let record = try chain.receive(
            parties.canteen, shipment: "F-1", from: parties.farm.id, batch: lot, .head(10), advance: false
        ).0
        try chain.expectRefused(
            [record], field: "$.body.shipment",
            phrase: "was sent to \(parties.slaughterhouse.id), not to \(parties.canteen.id)")
    }

    // Guards: a shipment is received once (no double counting of goods).
    @Test(arguments: StoreEngine.all) func secondReceiptOfAShipmentIsRefused(engine: StoreEngine) throws {
        let (chain, parties, lot) = try chainWithLot(engine)
        try chain.ingestAll([
            chain.ship(parties.farm, lot, .head(10), to: parties.slaughterhouse.id, shipment: "F-1"),
            chain.receive(parties.slaughterhouse, shipment: "F-1", from: parties.farm.id, batch: lot, .head(10)).0,
        ])
        let again = try chain.receive(
            parties.slaughterhouse, shipment: "F-1", from: parties.farm.id, batch: lot, .head(10), advance: false
        ).0
        try chain.expectRefused([again], field: "$.body.shipment", phrase: "was already received by record")
    }

    // Guards: quantities are taken in the batch's unit or an exactly convertible one (no head ↔ kg).
    @Test(arguments: StoreEngine.all) func unconvertibleUnitIsRefused(engine: StoreEngine) throws {
        let (chain, parties, lot) = try chainWithLot(engine)
        let record = try chain.ship(
            parties.farm, lot, .kg("10"), to: parties.slaughterhouse.id, shipment: "F-1", advance: false)
        try chain.expectRefused(
            [record], field: "$.body.quantity.unit", phrase: "cannot be expressed exactly in the batch's unit head")
    }

    // Guards: mass units do convert exactly (500 g from a kg batch is accepted), so the check above is about the unit.
    @Test(arguments: StoreEngine.all) func convertibleUnitIsAccepted(engine: StoreEngine) throws {
        let chain = try ChainBuilder(engine: engine)
        let sample = try chain.ingestSampleChain()
        let (record, _) = try chain.sell(sample.stall, sample.stallLot, Quantity(Amount(500), .gram))
        try chain.ingestAll([record])
    }

    // Guards: goods go to a registered party, and not to the sender itself.
    @Test(arguments: StoreEngine.all) func shipmentToUnregisteredPartyOrSelfIsRefused(engine: StoreEngine) throws {
        let (chain, parties, lot) = try chainWithLot(engine)
        let nowhere = try chain.ship(parties.farm, lot, .head(1), to: "SH-999999-999", shipment: "F-1", advance: false)
        try chain.expectRefused(
            [nowhere], field: "$.body.to", phrase: "receiving party SH-999999-999 is not registered")
        let itself = try chain.ship(parties.farm, lot, .head(1), to: parties.farm.id, shipment: "F-1", advance: false)
        try chain.expectRefused([itself], field: "$.body.to", phrase: "cannot ship to itself")
    }

    // Guards: a document number is issued once per type (a second certificate with it is forged or reused).
    @Test(arguments: StoreEngine.all) func reissuedDocumentNumberIsRefused(engine: StoreEngine) throws {
        let (chain, parties, lot) = try chainWithLot(engine)
        try chain.ingestAll([
            chain.certify(parties.vet, .animalQuarantine, number: "AQ-1", batch: lot, subject: parties.farm.id)
        ])
        let body = CertifyBody(type: .animalQuarantine, number: "AQ-1", batch: lot, validFrom: chain.now)
        let record = try chain.make(parties.vet, body, advance: false)
        try chain.expectRefused([record], field: "$.body.number", phrase: "was already issued by record")
    }

    // Guards: a certificate is about a batch in the store.
    @Test(arguments: StoreEngine.all) func certificateForUnknownBatchIsRefused(engine: StoreEngine) throws {
        let (chain, parties, _) = try chainWithLot(engine)
        let body = CertifyBody(
            type: .animalQuarantine, number: "AQ-1", batch: chain.code(parties.farm), validFrom: chain.now)
        let record = try chain.make(parties.vet, body, advance: false)
        try chain.expectRefused([record], field: "$.body.batch", phrase: "is not in the store")
    }
}
