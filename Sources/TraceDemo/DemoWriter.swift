import TraceCrypto
import TraceModel

/// Builds records with each party's seq/prev, signs them on all cores in chunks, and hands them on.
final class DemoWriter {
    private var pending: [(TraceModel.Record, PrivateKey)] = []
    private let sink: ([TraceModel.Record]) throws -> Void
    private(set) var count = 0
    private(set) var kinds: [String: Int] = [:]
    private let chunk: Int

    init(chunk: Int = 4096, sink: @escaping ([TraceModel.Record]) throws -> Void) {
        self.chunk = chunk
        self.sink = sink
    }

    /// Appends a record by `actor` at `time`; returns its id.
    @discardableResult
    func emit(_ actor: DemoActor, _ body: some RecordBody, at requested: Timestamp) throws -> String {
        // A record is dated no earlier than the party's last one (a store refuses time going back along a chain):
        // the generator plans some records ahead of others it writes first, and those wait.
        let time = actor.lastAt.map { max($0, requested) } ?? requested
        actor.lastAt = time
        actor.seq += 1
        let record = try TraceModel.Record(
            kind: type(of: body).kind, issuer: actor.id, seq: actor.seq, prev: actor.prev, at: time, body: body)
        let id = record.id
        actor.prev = id
        pending.append((record, actor.key))
        count += 1
        kinds[record.kind.rawValue, default: 0] += 1
        if pending.count >= chunk { try flush() }
        return id
    }

    func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        let signed = Parallel.map(batch.count) { index in
            // Signing with a valid in-memory key cannot fail short of memory exhaustion.
            try! batch[index].0.signed(by: batch[index].1)
        }
        try sink(signed)
    }
}
