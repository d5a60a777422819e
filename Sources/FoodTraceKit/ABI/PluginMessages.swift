import TraceModel

/// What a plugin says about itself: the answer of the table's `manifest()`.
public struct PluginManifest: Sendable, Codable, Hashable {
    /// Stable name, e.g. `source-tickets`.
    public var name: String
    public var version: String
    /// The ABI version the plugin was built for (informational; the table's `abi_version` decides).
    public var abi: UInt32
    public var rules: [AuditRule]

    /// The manifest of `plugin`.
    public init(_ plugin: some AuditPlugin) {
        name = plugin.name
        version = plugin.version
        abi = PluginABI.version
        rules = plugin.rules
    }
}

/// The request of the table's `run(host, request)`: everything an ``AuditContext`` holds but the query view.
public struct PluginRunRequest: Sendable, Codable, Hashable {
    /// "Now" for the audit, milliseconds since 1970.
    public var now: Int64
    public var scope: AuditScope
    /// Overrides of rule parameters, keyed `rule-id.parameter`.
    public var parameters: [String: String]

    public init(now: Int64, scope: AuditScope, parameters: [String: String]) {
        self.now = now
        self.scope = scope
        self.parameters = parameters
    }
}

/// The answer of `run`: the findings, or why the run failed.
public struct PluginRunResponse: Sendable, Codable, Hashable {
    public var findings: [Finding]?
    public var error: String?

    public init(findings: [Finding]) {
        self.findings = findings
        error = nil
    }

    public init(error: String) {
        findings = nil
        self.error = error
    }
}

/// The query methods a plugin may call through `foodtrace_host.query`; one per ``AuditQuery`` method.
public enum PluginQueryMethod: String, Sendable, Codable, CaseIterable {
    case parties, documents, receipts, records, node, parents, children, ancestors, descendants, movements
    /// ``AuditQuery/shipments(of:)``: the shipments of one batch.
    case batchShipments = "batch-shipments"
    /// ``AuditQuery/shipments(_:)``: every shipment in a scope.
    case shipments
    case traceUp = "trace-up"
    /// ``AuditQuery/nodesWithoutInputs(createdBy:_:)``: nodes made by records of some kinds with no input edge.
    case nodesWithoutInputs = "nodes-without-inputs"
    /// ``AuditQuery/overdrawnBatches(outflows:through:)``: batches whose outflows exceed what was created.
    case overdrawnBatches = "overdrawn-batches"
    /// ``AuditQuery/documentsQuoted(creating:)``: the documents quoted by the receipt that created a batch.
    case documentsQuoted = "documents-quoted"
}

/// A query from a plugin to the host: `{"method": ..., "scope"?: ..., "kind"?: ..., "kinds"?: ..., "code"?: ...,
/// "movementKinds"?: ..., "through"?: ...}`.
public struct PluginQueryRequest: Sendable, Codable, Hashable {
    public var method: PluginQueryMethod
    /// For `receipts`, `records`, `shipments` and `nodes-without-inputs`.
    public var scope: AuditScope?
    /// For `records`.
    public var kind: RecordKind?
    /// For `nodes-without-inputs`: the kinds of the creating records.
    public var kinds: [RecordKind]?
    /// For the methods about one trace code.
    public var code: String?
    /// For `overdrawn-batches`: the movement kinds that take goods out of a batch.
    public var movementKinds: [String]?
    /// For `overdrawn-batches`: the latest movement time counted (inclusive, milliseconds since 1970).
    public var through: Int64?

    public init(
        method: PluginQueryMethod, scope: AuditScope? = nil, kind: RecordKind? = nil, code: String? = nil,
        kinds: [RecordKind]? = nil, movementKinds: [String]? = nil, through: Int64? = nil
    ) {
        self.method = method
        self.scope = scope
        self.kind = kind
        self.kinds = kinds
        self.code = code
        self.movementKinds = movementKinds
        self.through = through
    }
}

/// The host's answer to a query: `{"result": ...}` or `{"error": "..."}`.
///
/// `result` is absent for `node` when the store has no such node.
public struct PluginQueryResponse<Result: Codable & Sendable>: Sendable, Codable {
    public var result: Result?
    public var error: String?

    public init(result: Result?) {
        self.result = result
        error = nil
    }

    public init(error: String) {
        result = nil
        self.error = error
    }
}
