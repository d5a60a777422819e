/// A critical tracking event of FDA FSMA 204 (21 CFR 1 Subpart S).
public enum CriticalTrackingEvent: String, Sendable, Hashable, CaseIterable {
    case harvesting = "Harvesting"
    case cooling = "Cooling"
    case initialPacking = "Initial packing"
    case firstLandBasedReceiving = "First land-based receiving"
    case shipping = "Shipping"
    case receiving = "Receiving"
    case transformation = "Transformation"
}

/// One row of the FSMA 204 sortable spreadsheet: a critical tracking event with its key data elements.
///
/// Times are in two columns: `eventDateTimeUTC` (`2026-11-28T01:10:00.000Z`, so a text sort is a
/// time sort) and `eventLocalTime` as the record wrote it.
public struct FSMA204Row: Sendable, Hashable {
    public var traceabilityLotCode: String
    /// Where the lot code was assigned (name, party id, area code).
    public var tlcSourceLocation: String
    public var productDescription: String
    /// Exact decimal text, e.g. `1250.5`.
    public var quantity: String
    public var unitOfMeasure: String
    public var event: CriticalTrackingEvent
    public var eventDateTimeUTC: String
    public var eventLocalTime: String
    /// Where the event took place (the receiving location for receipts).
    public var location: String
    public var shipFromLocation: String
    public var shipToLocation: String
    /// Reference documents, `; `-separated, types and numbers in the same order.
    public var referenceDocumentTypes: String
    public var referenceDocumentNumbers: String
    /// For transformations: the input lots with quantities, `; `-separated.
    public var inputLots: String
    public var recordID: String

    public init(
        traceabilityLotCode: String, tlcSourceLocation: String, productDescription: String, quantity: String,
        unitOfMeasure: String, event: CriticalTrackingEvent, eventDateTimeUTC: String, eventLocalTime: String,
        location: String, shipFromLocation: String = "", shipToLocation: String = "",
        referenceDocumentTypes: String = "",
        referenceDocumentNumbers: String = "", inputLots: String = "", recordID: String = ""
    ) {
        self.traceabilityLotCode = traceabilityLotCode
        self.tlcSourceLocation = tlcSourceLocation
        self.productDescription = productDescription
        self.quantity = quantity
        self.unitOfMeasure = unitOfMeasure
        self.event = event
        self.eventDateTimeUTC = eventDateTimeUTC
        self.eventLocalTime = eventLocalTime
        self.location = location
        self.shipFromLocation = shipFromLocation
        self.shipToLocation = shipToLocation
        self.referenceDocumentTypes = referenceDocumentTypes
        self.referenceDocumentNumbers = referenceDocumentNumbers
        self.inputLots = inputLots
        self.recordID = recordID
    }

    /// The header row, in column order.
    public static let columns = [
        "Traceability Lot Code (TLC)", "TLC Source Location", "Product Description", "Quantity", "Unit of Measure",
        "Critical Tracking Event", "Event Date and Time (UTC)", "Event Local Time", "Location", "Ship-From Location",
        "Ship-To Location", "Reference Document Type", "Reference Document Number", "Input Traceability Lot Codes",
        "FoodTrace Record ID",
    ]

    /// The row's cells, in ``columns`` order.
    public var cells: [String] {
        [
            traceabilityLotCode, tlcSourceLocation, productDescription, quantity, unitOfMeasure, event.rawValue,
            eventDateTimeUTC,
            eventLocalTime, location, shipFromLocation, shipToLocation, referenceDocumentTypes,
            referenceDocumentNumbers, inputLots, recordID,
        ]
    }
}
