import TraceModel

/// Which records are FSMA 204 critical tracking events, and their key data elements.
///
/// | record | event | lot code | location | ship-from / ship-to | reference documents |
/// |---|---|---|---|---|---|
/// | `produce` | Harvesting | the batch | the issuer | — | — |
/// | `transform` | Transformation, one row per output | the output | the issuer | — | — (inputs in their own column) |
/// | `ship` | Shipping | the batch | the issuer | issuer / `to` | shipment, then the documents carried |
/// | `receive` (accepted) | Receiving | the shipper's batch (the receiver's code is a reference) | the issuer | `from` / issuer | shipment, documents, local lot |
///
/// Refused receipts, sales, meals, tests, certificates, recalls and disposals are not critical
/// tracking events and give no row. A lot's source location is the party that assigned its code:
/// the issuer, except for a receipt, where it is the shipper.
public enum FSMA204Rows {
    /// The rows of one record whose id is `id` (none when it is not a critical tracking event).
    public static func rows(for record: Record, id: String, parties: any PartyLookup) throws(InteropError)
        -> [FSMA204Row]
    {
        rows(for: try RecordParts(record: record, id: id), parties: parties)
    }

    /// ``rows(for:id:parties:)`` for a record as a store keeps it: its canonical JSON with `sig`, verified
    /// when it was ingested, so `id` is taken as its id and the body is read without the strict
    /// parser's `Codable` round trip.
    public static func rows(forStoredRecord bytes: [UInt8], id: String, parties: any PartyLookup) throws(InteropError)
        -> [FSMA204Row]
    {
        rows(for: try RecordParts(stored: bytes, id: id), parties: parties)
    }

    static func rows(for record: RecordParts, parties: any PartyLookup) -> [FSMA204Row] {
        let body = record.body
        let id = record.id
        let issuer = describe(record.issuer, parties)
        let utc = HashValues.utcMilliseconds(record.at.text) ?? record.at.text
        func row(
            _ lot: TraceCode, source: String, product: Product?, _ quantity: Quantity, _ event: CriticalTrackingEvent
        ) -> FSMA204Row {
            FSMA204Row(
                traceabilityLotCode: lot.digits, tlcSourceLocation: source,
                productDescription: product.map(describe) ?? "",
                quantity: quantity.value.description, unitOfMeasure: quantity.unit.rawValue, event: event,
                eventDateTimeUTC: utc,
                eventLocalTime: record.at.text, location: issuer, recordID: id)
        }
        switch body {
        case .produce(let b):
            return [row(b.batch, source: issuer, product: b.product, b.quantity, .harvesting)]
        case .transform(let b):
            let inputs = b.inputs.map { "\($0.batch.digits) (\($0.quantity))" }.joined(separator: "; ")
            return b.outputs.map { output in
                var r = row(output.batch, source: issuer, product: output.product, output.quantity, .transformation)
                r.inputLots = inputs
                return r
            }
        case .ship(let b):
            var r = row(b.batch, source: issuer, product: parties.product(of: b.batch), b.quantity, .shipping)
            r.shipFromLocation = issuer
            r.shipToLocation = describe(b.to, parties)
            references(&r, shipment: b.shipment, documents: b.documents)
            return [r]
        case .receive(let b) where b.accepted:
            let shipper = describe(b.from, parties)
            var r = row(
                b.batch, source: shipper, product: parties.product(of: b.batch) ?? parties.product(of: b.as),
                b.quantity, .receiving)
            r.shipFromLocation = shipper
            r.shipToLocation = issuer
            references(&r, shipment: b.shipment, documents: b.documents, localLot: b.as == b.batch ? nil : b.as)
            return [r]
        default:
            return []
        }
    }

    private static func references(
        _ row: inout FSMA204Row, shipment: String, documents: [DocumentRef], localLot: TraceCode? = nil
    ) {
        var types = ["shipment"]
        var numbers = [shipment]
        for document in documents {
            types.append(document.type.rawValue)
            numbers.append(document.number)
        }
        if let localLot {
            types.append("receiver lot code")
            numbers.append(localLot.digits)
        }
        row.referenceDocumentTypes = types.joined(separator: "; ")
        row.referenceDocumentNumbers = numbers.joined(separator: "; ")
    }

    /// `name (party id), area 510104, address` as far as known.
    static func describe(_ party: String, _ parties: any PartyLookup) -> String {
        guard let info = parties.party(party) else { return party }
        var text = "\(info.name) (\(info.id)), area \(info.area)"
        if let address = info.address { text += ", " + address }
        return text
    }

    static func describe(_ product: Product) -> String { "\(product.name) (\(product.code))" }
}
