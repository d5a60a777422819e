import TraceModel

/// The backward trace: where the lot came from (the `trace up` result and its summary).
public struct DrillBackward: Sendable, Codable {
    /// Every batch upstream of the lot (the lot excluded).
    public var supplierLots: [DrillBatchRef]
    /// The receipts on the way: batches created by a `receive` record (the lot included when it was received).
    public var receipts: [DrillBatchRef]
    /// Every certificate quoted at a hop or issued for a batch upstream.
    public var certificates: [DrillCertificate]
    public var trace: TraceResult
}

/// The forward trace: every party, slip and meal the lot reached (the `trace down` result and its summary).
public struct DrillForward: Sendable, Codable {
    public var parties: [DrillParty]
    public var slips: [DrillOutlet]
    public var meals: [DrillOutlet]
    public var trace: TraceResult
}

/// A batch named in a trace summary.
public struct DrillBatchRef: Sendable, Codable, Hashable {
    public var code: String
    public var party: String
    public var partyName: String
    public var role: Role?
    public var product: String?
    public var quantity: String
    public var unit: String
    public var kind: RecordKind
    public var record: String
    public var at: String
    /// When the batch rests on a partner's word (see ``TraceNode/attested``).
    public var attested: HopAttestation?
}

/// A certificate seen upstream.
public struct DrillCertificate: Sendable, Codable, Hashable {
    public var batch: String
    public var type: DocumentType
    public var number: String
    public var issuer: String?
    public var validUntil: String?
    /// False when the number is quoted but the store holds no `certify` record for it.
    public var certified: Bool
}

/// A party the lot reached, with what it handled of it: per product form, in the unit it handled (kg of pork at a
/// stall, never a fraction of the lot's pigs).
public struct DrillParty: Sendable, Codable, Hashable {
    public var id: String
    public var name: String
    public var role: Role?
    public var contact: String?
    /// The party's batches made from the lot.
    public var batches: [String]
    /// What it made, received, processed, shipped, sold, used, holds, returned and destroyed, per form.
    public var forms: [DrillFormQuantities]
    public var slips: Int
    public var meals: Int
}

/// A slip or a canteen meal the lot reached.
public struct DrillOutlet: Sendable, Codable, Hashable {
    public var code: String
    public var party: String
    public var at: String
    /// The quantity taken from the lot's batches, in the batch's unit.
    public var quantity: String
    public var unit: String
    /// The same in lot units.
    public var lotQuantity: String
    public var record: String
}
