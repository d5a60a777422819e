import Foundation
import TraceModel
import TraceStore

/// `foodtrace push`: sends a store's records that a hub lacks, in ingest order, in compressed batches.
///
/// The hub's per-issuer heads (high-water marks) say what it lacks: every record past an issuer's head. A record of
/// the local store at the hub's head seq with another id is sent too, so that the hub finds the equivocation and
/// keeps both records as evidence. Each batch is one all-or-nothing ingest at the hub; a batch sent twice (after a
/// lost answer, a restart of either side) changes nothing the second time, so a push cut anywhere is resumed by
/// pushing again.
public struct Push {
    /// What a push did.
    public struct Outcome: Sendable, Equatable {
        public var batches = 0
        public var sent = 0
        public var accepted = 0
        public var alreadyPresent = 0
    }

    public let store: TraceStore
    public let client: HubClient
    /// Records per batch.
    public var batchSize: Int

    public init(store: TraceStore, client: HubClient, batchSize: Int = 2_000) {
        self.store = store
        self.client = client
        self.batchSize = max(1, batchSize)
    }

    /// Pushes everything the hub lacks; `progress` is told after each batch.
    /// - Throws: ``SyncError/Code/refused`` with the hub's per-line reasons when it refused a batch (nothing of that
    ///   batch stored; batches before it stay), ``SyncError/Code/unreachable`` after the retries.
    public func run(progress: (Outcome) -> Void = { _ in }) throws(SyncError) -> Outcome {
        let heads = try fetchHeads()
        var outcome = Outcome()
        var batch: [[UInt8]] = []
        var position: Int64 = 0
        func flush() throws(SyncError) {
            guard !batch.isEmpty else { return }
            let report = try send(batch)
            outcome.batches += 1
            outcome.sent += batch.count
            outcome.accepted += report.accepted
            outcome.alreadyPresent += report.alreadyPresent
            batch.removeAll(keepingCapacity: true)
            progress(outcome)
        }
        while true {
            let page: [PositionedRecord]
            do { page = try store.records(after: position, limit: 10_000) } catch {
                throw SyncError(.store, Message.Sync.cannotReadStore(error.text))
            }
            guard let last = page.last else { break }
            position = last.position
            for item in page where Self.hubLacks(item.record, heads: heads) {
                batch.append(item.record.raw)
                if batch.count >= batchSize { try flush() }
            }
        }
        try flush()
        return outcome
    }

    /// True when the hub, with these heads, does not hold `record`, or holds another record at its seq.
    static func hubLacks(_ record: StoredRecord, heads: [String: IssuerHead]) -> Bool {
        guard let head = heads[record.issuer] else { return true }
        return record.seq > head.seq || (record.seq == head.seq && record.id != head.id)
    }

    private func fetchHeads() throws(SyncError) -> [String: IssuerHead] {
        let response = try client.send("GET", "/heads", headers: ["Accept": "application/json"])
        guard response.status == 200 else {
            throw SyncError(
                .refused, Message.Sync.refused(request: "GET /heads", hub: HubWire.message(of: response)),
                status: response.status)
        }
        do {
            return try JSONDecoder().decode(HubWire.Heads.self, from: Data(response.body)).heads
        } catch {
            throw SyncError(.badData, Message.Sync.notHeads("\(error)"))
        }
    }

    private func send(_ lines: [[UInt8]]) throws(SyncError) -> HubWire.PushReport {
        var body: [UInt8] = []
        body.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
        for line in lines {
            body += line
            body.append(0x0A)
        }
        let response = try client.send(
            "POST", "/records", body: Gzip.compress(body),
            headers: [
                "Content-Type": HubWire.recordsType, "Content-Encoding": "gzip", "Accept": "application/json",
            ])
        guard response.status == 200 else {
            throw SyncError(
                .refused, Message.Sync.refused(request: "POST /records", hub: HubWire.message(of: response)),
                status: response.status)
        }
        do {
            return try JSONDecoder().decode(HubWire.PushReport.self, from: Data(response.body))
        } catch {
            throw SyncError(.badData, Message.Sync.notPushReport("\(error)"))
        }
    }
}
