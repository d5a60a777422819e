import TraceGraph
import TraceModel
import TraceStore

/// A trace with each hop's flags and, on a store that keeps a transparency log, each hop's logged time: what
/// `foodtrace trace`, the hub's console and the slip page's status show, made one way for all three.
public struct FlaggedTrace {
    /// The hops from the start.
    public var result: TraceResult
    /// The flagger that judged the hops, with the log's logged times loaded (recall notices, logged time per record).
    public var flagger: TraceFlagger
    /// Each hop's flags (``TraceFlagger/flags(of:)``), logged-late and logged-after-revocation among them.
    public var flags: TraceFlags

    /// Traces `code` (a code the store holds) up or down and flags each hop.
    ///
    /// A downstream walk reads no documents or tests (its slips are many); the flags need them at the batches, which
    /// are few, so they are read for those.
    public init(code: String, direction: TraceResult.Direction, store: any GraphStore) throws {
        result = try store.withGraphReader { reader in
            var tracer = Tracer(reader: reader)
            guard direction == .down else { return try tracer.up(from: code) }
            var result = try tracer.down(from: code)
            let batches = result.nodes.indices.filter { result.nodes[$0].type == .batch }
            let evidence = try reader.evidence(for: batches.map { result.nodes[$0].code })
            for (index, hop) in zip(batches, evidence) {
                result.nodes[index].documents = hop.documents
                result.nodes[index].tests = hop.tests
            }
            return result
        }
        var flagger = try TraceFlagger(store: store)
        try flagger.loadLog(for: result, store: store)
        self.flagger = flagger
        flags = TraceFlags(result) { flagger.flags(of: $0) }
    }

    /// Each hop's logged time (the first tree head that includes its record) by record id; empty on a store without
    /// a log.
    public var logged: [String: String] {
        var logged: [String: String] = [:]
        for node in result.nodes {
            if let time = flagger.loggedTime(of: node.record) { logged[node.record] = time.logged }
        }
        return logged
    }
}
