import TraceGraph
import TraceModel
import TraceStore

/// The store's ``GraphReader`` with a memory: each upstream hop is read once per audit, however many traces
/// pass through it.
///
/// Upstream traces share most of their hops (one market batch lies behind hundreds of school batches, one farm
/// lot behind thousands of slips), and a hop's details cost several statements (node, inputs, party, signature
/// status, quoted and issued documents, tests). Answers stay true for the life of the audit's read transaction,
/// which sees one snapshot. Only what an upstream trace reads is remembered; the rest is passed through.
final class RememberingGraphReader: GraphReader {
    private let store: StoreGraphReader
    private var nodes: [String: GraphNode?] = [:]
    private var inputs: [String: [GraphEdge]] = [:]
    private var parties: [String: PartyInfo?] = [:]
    private var hopDocuments: [String: [HopDocument]] = [:]
    private var hopTests: [String: [HopTest]] = [:]
    private var statuses: [String: RecordStatus?] = [:]

    init(_ store: StoreGraphReader) { self.store = store }

    private func remembered<Value>(
        _ key: String, _ memory: ReferenceWritableKeyPath<RememberingGraphReader, [String: Value]>,
        _ read: (String) throws -> Value
    ) throws -> Value {
        if let known = self[keyPath: memory][key] { return known }
        let value = try read(key)
        self[keyPath: memory][key] = value
        return value
    }

    func node(_ code: String) throws -> GraphNode? { try remembered(code, \.nodes, store.node) }
    func parents(of code: String) throws -> [GraphEdge] { try remembered(code, \.inputs, store.parents) }
    func party(_ id: String) throws -> PartyInfo? { try remembered(id, \.parties, store.party) }
    func documents(for code: String) throws -> [HopDocument] { try remembered(code, \.hopDocuments, store.documents) }
    func tests(for code: String) throws -> [HopTest] { try remembered(code, \.hopTests, store.tests) }
    func recordStatus(_ id: String) throws -> RecordStatus? { try remembered(id, \.statuses, store.recordStatus) }
    func children(of code: String) throws -> [GraphEdge] { try store.children(of: code) }
    func movements(of code: String) throws -> [Movement] { try store.movements(of: code) }
    func shipments(of code: String) throws -> [Shipment] { try store.shipments(of: code) }
    func attestations(of records: [String]) throws -> [HopAttestation?] { try store.attestations(of: records) }
}
