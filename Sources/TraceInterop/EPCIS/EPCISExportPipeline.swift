import Dispatch
import TraceModel

/// Prepares the records of a store for an ``EPCISWriter`` a batch at a time on every core, while the
/// caller reads the next batch and the batch before is written, in ledger order.
///
/// Mapping a record (read, build, hash, serialise) is most of an export's work and needs nothing from
/// the others; reading the store and writing the document go one record after another. Mapping one
/// batch in the background while the caller reads and writes keeps every core busy. Besides the batch
/// being filled, at most two are held (one mapped, one being written), so memory stays bounded
/// whatever the number of records.
public struct EPCISExportPipeline {
    /// Records per batch.
    public static let batchSize = 1024

    private let parties: StaticPartyLookup
    private let binding: EPCISWriter.Binding
    private var pending: [StoredInput] = []
    private var running: BackgroundWork<[Result<EPCISPreparedRecord, InteropError>], Never>?

    /// A pipeline looking parties up in `parties`, preparing events in `binding` (the writer's).
    public init(parties: StaticPartyLookup, binding: EPCISWriter.Binding = .jsonLD) {
        self.parties = parties
        self.binding = binding
        pending.reserveCapacity(Self.batchSize)
    }

    /// Adds a record as a store keeps it (see ``EPCISWriter/prepare(storedRecord:id:context:)``). A full
    /// batch starts mapping, and the batch mapped before it is written to `writer`; a record that
    /// cannot be mapped fails there, after the events before it.
    public mutating func add(storedRecord bytes: [UInt8], id: String, to writer: inout EPCISWriter) throws(InteropError)
    {
        pending.append(StoredInput(bytes: bytes, id: id))
        if pending.count >= Self.batchSize { try advance(writingTo: &writer) }
    }

    /// Maps and writes every record added so far.
    public mutating func finish(writingTo writer: inout EPCISWriter) throws(InteropError) {
        try advance(writingTo: &writer)
        try advance(writingTo: &writer)
    }

    /// Starts mapping the pending records (if any) and writes the batch mapped before them.
    private mutating func advance(writingTo writer: inout EPCISWriter) throws(InteropError) {
        let previous = running
        running = pending.isEmpty ? nil : Self.mapping(pending, parties: parties, binding: binding)
        pending = []
        pending.reserveCapacity(Self.batchSize)
        guard let previous else { return }
        do {
            for result in previous.result() { try writer.write(result.get()) }
        } catch {
            // Leave no work behind: the batch just started finishes before the error is reported.
            _ = running?.result()
            running = nil
            throw error
        }
    }
}

/// A record's canonical bytes and id, as a store keeps them.
private struct StoredInput: Sendable {
    var bytes: [UInt8]
    var id: String
}

extension EPCISExportPipeline {
    /// `records` being mapped on a background queue, on every core.
    fileprivate static func mapping(_ records: [StoredInput], parties: StaticPartyLookup, binding: EPCISWriter.Binding)
        -> BackgroundWork<[Result<EPCISPreparedRecord, InteropError>], Never>
    {
        let work = BackgroundWork<[Result<EPCISPreparedRecord, InteropError>], Never> {
            Parallel.map(records.count) { index in
                Result { () throws(InteropError) in
                    try EPCISWriter.prepare(
                        storedRecord: records[index].bytes, id: records[index].id, context: parties, binding: binding)
                }
            }
        }
        work.start()
        return work
    }
}
