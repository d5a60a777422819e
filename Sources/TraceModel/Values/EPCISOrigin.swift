/// The foreign GS1 EPCIS event a record was imported from: its event hash ID and the event itself.
///
/// The event is kept as its RFC 8785 canonical text (EPCIS events may hold floating-point numbers,
/// which records never do as JSON numbers), so it can be re-hashed and compared with `eventID`.
public struct EPCISOrigin: Sendable, Hashable, Codable {
    /// `ni:///sha-256;…?ver=CBV2.0`.
    public var eventID: String
    /// The event as canonical JSON text.
    public var event: String

    public init(eventID: String, event: String) {
        self.eventID = eventID
        self.event = event
    }
}
