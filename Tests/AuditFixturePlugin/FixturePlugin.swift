import FoodTraceKit
import Foundation
import TraceModel

/// A small audit plugin for the loader and report tests: one rule of each severity, a parameter,
/// and a rule that reads every query of the view, so a loaded copy matches the linked one only
/// when every answer survives the trip through the C ABI.
public struct FixturePlugin: AuditPlugin {
    public let name = "fixture"
    public let version = "0.1.0"
    public let rules: [AuditRule] = [
        AuditRule(
            id: "query-digest", title: "查询摘要", titleEnglish: "Query digest", severity: .info,
            source: "FoodTrace test fixture",
            parameters: [
                RuleParameter(
                    name: "detail", defaultValue: "digest",
                    description: "digest: counts and a hash of every answer; counts: counts only.",
                    choices: ["digest", "counts"])
            ]),
        AuditRule(
            id: "unreceived-shipment", title: "发货未收货", titleEnglish: "Shipment not received", severity: .warning,
            source: "FoodTrace test fixture"),
        AuditRule(
            id: "receipt-without-documents", title: "收货无索证索票", titleEnglish: "Receipt without source tickets",
            severity: .violation, source: "食品经营许可和备案管理办法 (test fixture)",
            parameters: [
                RuleParameter(
                    name: "exempt-roles", defaultValue: "",
                    description: "Receiver roles not checked (comma-separated).", type: .list,
                    choices: Role.allCases.map(\.rawValue))
            ]),
        AuditRule(
            id: "large-sale", title: "单笔销售过大", titleEnglish: "Sale above limit", severity: .violation,
            source: "FoodTrace test fixture",
            parameters: [
                RuleParameter(
                    name: "max-kg", defaultValue: "100", description: "Largest sale in kilograms.", type: .decimal)
            ]),
        AuditRule(
            id: "expired-document", title: "证明已过期", titleEnglish: "Document expired", severity: .critical,
            source: "FoodTrace test fixture"),
    ]

    public init() {}

    public func run(_ context: AuditContext) throws -> [Finding] {
        var findings: [Finding] = []
        let query = context.query
        let receipts = try query.receipts(context.scope)
        let exempt = Set(try context.list(rule("receipt-without-documents"), "exempt-roles"))
        for receipt in receipts where receipt.documents.isEmpty && !exempt.contains(receipt.receiverRole.rawValue) {
            findings.append(
                finding(
                    "receipt-without-documents", subject: receipt.local ?? receipt.batch,
                    message:
                        "\(receipt.receiver) received \(receipt.quantity) from \(receipt.sender) without any document",
                    evidence: [receipt.record] + (receipt.shipRecord.map { [$0] } ?? [])))
        }
        for shipment in try query.shipments(context.scope) where shipment.receivedBy == nil {
            findings.append(
                finding(
                    "unreceived-shipment", subject: shipment.shipment,
                    message:
                        "\(shipment.quantity) of \(shipment.batch) sent to \(shipment.receiver) was never received",
                    evidence: [shipment.record]))
        }
        let limit = try context.amount(rule("large-sale"), "max-kg")
        for record in try query.records(kind: .sell, context.scope) {
            guard case .sell(let body) = try record.body(), let kilograms = body.quantity.converted(to: .kilogram),
                kilograms > limit
            else { continue }
            findings.append(
                finding(
                    "large-sale", subject: body.slip.digits,
                    message: "sold \(body.quantity) in one sale, above \(limit) kg", evidence: [record.id]))
        }
        for document in try query.documents() where (document.validUntil ?? .max) < context.now {
            findings.append(
                finding(
                    "expired-document", subject: document.number,
                    message: "\(document.type.rawValue) \(document.number) expired before the audit",
                    evidence: [document.record]))
        }
        findings.append(try digest(query, receipts: receipts, context: context))
        return findings
    }

    /// One finding whose message counts and hashes every query answer.
    private func digest(_ query: any AuditQuery, receipts: [AuditReceipt], context: AuditContext) throws -> Finding {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var bytes = Data()
        var counts: [String] = []
        func add<T: Encodable>(_ label: String, _ value: T, count: Int? = nil) throws {
            bytes += Data(label.utf8) + (try encoder.encode(value))
            if let count { counts.append("\(label) \(count)") }
        }
        let parties = try query.parties()
        try add("parties", parties, count: parties.count)
        let documents = try query.documents()
        try add("documents", documents, count: documents.count)
        try add("receipts", receipts, count: receipts.count)
        var records = 0
        for kind in RecordKind.allCases {
            let found = try query.records(kind: kind, context.scope)
            records += found.count
            try add("records.\(kind.rawValue)", found)
        }
        counts.append("records \(records)")
        let shipments = try query.shipments(context.scope).map(ShipmentMessage.init)
        try add("shipments", shipments, count: shipments.count)
        try add(
            "nodes-without-inputs",
            try query.nodesWithoutInputs(createdBy: RecordKind.allCases, context.scope).map(NodeMessage.init))
        let outflows = ["destroy", "return", "sell", "ship", "transform", "use"]
        try add("overdrawn-batches", try query.overdrawnBatches(outflows: outflows, through: context.now))
        // Every code a receipt names, plus one the store does not hold.
        var codes = Set(receipts.flatMap { [$0.batch] + ($0.local.map { [$0] } ?? []) })
        codes.insert("00000000000000000000")
        var nodes = 0
        for code in codes.sorted() {
            let node = try query.node(code).map(NodeMessage.init)
            if node != nil { nodes += 1 }
            try add("node", node)
            try add("parents", try query.parents(of: code).map(EdgeMessage.init))
            try add("children", try query.children(of: code).map(EdgeMessage.init))
            try add("ancestors", try query.ancestors(of: code))
            try add("descendants", try query.descendants(of: code))
            try add("movements", try query.movements(of: code).map(MovementMessage.init))
            try add("batch-shipments", try query.shipments(of: code).map(ShipmentMessage.init))
            try add("documents-quoted", try query.documentsQuoted(creating: code))
            if node != nil { try add("trace-up", try query.traceUp(code)) }
        }
        counts.append("nodes \(nodes)")
        let hash = context.parameter(rule("query-digest"), "detail") == "counts" ? "" : "; digest \(fnv(bytes))"
        return finding("query-digest", subject: "store", message: counts.joined(separator: ", ") + hash, evidence: [])
    }

    private func fnv(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
