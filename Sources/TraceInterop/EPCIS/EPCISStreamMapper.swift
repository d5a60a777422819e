/// Maps a document's events one at a time, in document order, as ``EPCISImportMapper/map(_:)`` maps a whole
/// document: an event naming a logistic unit acts on what the document's earlier AggregationEvents (and those attested
/// before) say it holds. For a document read as a stream (``EPCISStreamReader``).
public struct EPCISStreamMapper: Sendable {
    /// The mapper, its partner's names and attestation set as the caller needs.
    public var mapper: EPCISImportMapper
    private var units: LogisticUnits

    /// A mapping from the first event of a document.
    public init(_ mapper: EPCISImportMapper) {
        self.mapper = mapper
        units = mapper.knownUnits
    }

    /// The outcome for the next event of the document.
    public mutating func map(_ event: ImportedEvent) -> ImportOutcome {
        let outcome = mapper.map(event, units: units)
        units.record(event)
        return outcome
    }
}
