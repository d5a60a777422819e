import FoodTraceKit
import Foundation
import TraceGraph
import TraceModel

/// Reads the receipts in a scope as ``AuditReceipt``s from the `receive` record bodies, the shipments and the
/// graph nodes — the same fields `AuditQuery.receipts(_:)` gives, without parsing and re-checking every
/// record in full (see ``AuditRecord/body(as:)``).
struct ReceiptReader {
    /// The receipts, and the inspectors each one names (by receive record id).
    var receipts: [AuditReceipt] = []
    var inspectors: [String: [String]] = [:]

    /// Reads the receipts in `context`'s scope; with `receivers`, only the bodies of their receipts are read.
    init(_ context: AuditContext, parties: [String: AuditParty], graph: GraphCache, receivers: Set<String>? = nil)
        throws
    {
        let scope = context.scope
        var shipRecords: [String: String] = [:]
        // A ship record comes before its receipt, perhaps before the window: only the window's end bounds it.
        for shipment in try context.query.shipments(
            AuditScope(party: scope.party, members: scope.members, until: scope.until))
        {
            if let receivedBy = shipment.receivedBy { shipRecords[receivedBy] = shipment.record }
        }
        for record in try context.query.records(kind: .receive, scope)
        where record.at <= context.now && (receivers.map { $0.contains(record.issuer) } ?? true) {
            guard let receiver = parties[record.issuer] else { continue }
            let body = try record.body(as: ReceiveBody.self)
            let product = try graph.node(body.as.digits)?.product ?? graph.node(body.batch.digits)?.product
            receipts.append(
                AuditReceipt(
                    record: record.id, at: record.at, receiver: record.issuer, receiverRole: receiver.role,
                    sender: body.from,
                    senderRole: parties[body.from]?.role, batch: body.batch.digits,
                    local: body.accepted ? body.as.digits : nil,
                    product: product, quantity: body.quantity, documents: body.documents, accepted: body.accepted,
                    expires: body.expires?.epochMilliseconds, shipRecord: shipRecords[record.id]))
            inspectors[record.id] = body.inspectors ?? []
        }
    }
}
