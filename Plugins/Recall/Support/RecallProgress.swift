import FoodTraceKit
import TraceGraph
import TraceModel

/// How far a recall has come: per holder, what reached them, what they recovered and what is still out.
///
/// The scope is the recalled batch and every descendant (everything made from it is recalled whole). Per
/// holder and unit: **distributed** — the quantity of the holder's batches in the scope that came to them
/// (received, or made in another unit; a cut of their own batch in the same unit is not counted twice);
/// **recovered** — returned or destroyed by `dispose` records that quote the notice number; **outstanding** —
/// what they still hold (on hand ≥ 0) plus what is in transit to them.
public struct RecallStatus: Sendable, Codable {
    public var notice: String
    public var record: String
    public var issuer: String
    public var batch: String
    public var level: Int
    public var reason: String
    public var issuedAt: String
    public var startDeadline: String
    public var finishDeadline: String
    /// The first disposal under the notice, if any.
    public var started: String?
    /// Nil while the start deadline has not passed and nothing was done yet.
    public var startMet: Bool?
    /// When nothing remained outstanding (the last disposal under the notice), if so.
    public var finished: String?
    /// Nil while quantity is outstanding and the finish deadline has not passed.
    public var finishMet: Bool?
    /// `complete`, `in-progress` or `overdue`.
    public var state: String
    public var holders: [RecallHolderStatus]
    /// Sales and canteen uses of the scope at or after the notice time.
    public var afterNotice: [RecallOutlet]
    /// Every batch, slip and meal in the scope.
    public var scope: Int

    /// True when the finish deadline passed with quantity outstanding, or something was sold or used after the notice.
    public var failing: Bool {
        state == "overdue" || state == "unaccounted" || !afterNotice.isEmpty || startMet == false
    }
}

/// One holder's progress on a recall, in one unit.
public struct RecallHolderStatus: Sendable, Codable, Hashable {
    public var party: String
    public var name: String
    public var role: Role?
    public var unit: String
    /// The holder's batches in the recall scope.
    public var batches: [String]
    public var distributed: String
    public var shippedOn: String
    public var soldBeforeNotice: String
    public var soldAfterNotice: String
    public var recovered: String
    public var returned: String
    public var destroyed: String
    public var outstanding: String
    /// Found missing by the holder's stock counts (盘点): gone, neither recovered nor outstanding.
    public var unaccounted: String = "0"
    /// The holder's first disposal under the notice.
    public var started: String?
    /// `done`, `open` or `overdue`.
    public var state: String
    /// The holder's batch-creating records and disposals under the notice (evidence for findings).
    public var records: [String]
}

/// A sale or canteen use of a recalled batch.
public struct RecallOutlet: Sendable, Codable, Hashable {
    public var code: String
    public var type: String
    public var party: String
    public var batch: String
    public var record: String
    public var at: String
    public var atMilliseconds: Int64
    public var quantity: String
    public var unit: String
}

/// Computes ``RecallStatus`` from the audit view.
public struct RecallProgress {
    let query: any AuditQuery
    let now: Int64
    let disposals: [RecallNotices.Disposal]
    private var names: [String: AuditParty] = [:]

    /// - Parameters:
    ///   - query: the read-only view of the store.
    ///   - now: "now" for deadlines (milliseconds since 1970).
    public init(query: any AuditQuery, now: Int64) throws {
        self.query = query
        self.now = now
        disposals = try RecallNotices.disposals(query)
        for party in try query.parties() { names[party.id] = party }
    }

    /// One holder's totals in millionths, added in 128 bits: signed records may carry the largest amount many
    /// times over, and a 64-bit sum would trap. Shown clamped to the largest amount (only absurd input gets there).
    private struct Row {
        var batches: [String] = []
        var distributed: Int128 = 0, shipped: Int128 = 0, before: Int128 = 0, after: Int128 = 0
        var returned: Int128 = 0, destroyed: Int128 = 0, onHand: Int128 = 0, inbound: Int128 = 0
        var unaccounted: Int128 = 0
        var started: Int64?
        var lastDisposal: Int64?
        var records: [String] = []
    }

    /// The status of one recall notice.
    public func status(of notice: RecallNoticeRecord) throws -> RecallStatus {
        let codes = try query.descendants(of: notice.batch)
        var nodes: [String: GraphNode] = [:]
        for code in codes { if let node = try query.node(code) { nodes[code] = node } }
        let underNotice = Dictionary(
            disposals.filter { $0.notice == notice.notice && nodes[$0.batch] != nil }.map { ($0.record, $0) },
            uniquingKeysWith: { first, _ in first })
        var rows: [String: Row] = [:]
        var outlets: [RecallOutlet] = []
        // Slips whose sale its stall voided: rung up wrong, never sold, so never sold after the notice.
        var voided: Set<String> = []
        func key(_ party: String, _ unit: QuantityUnit) -> String { party + "|" + unit.rawValue }

        for code in codes {
            guard let node = nodes[code] else { continue }
            if node.type != .batch {
                guard node.atMilliseconds >= notice.at else { continue }
                for edge in try query.parents(of: code) where nodes[edge.parent] != nil {
                    outlets.append(
                        RecallOutlet(
                            code: code, type: node.type.rawValue, party: node.holder, batch: edge.parent,
                            record: node.record,
                            at: Timestamp(epochMilliseconds: node.atMilliseconds).text,
                            atMilliseconds: node.atMilliseconds,
                            quantity: edge.quantity.value.description, unit: edge.quantity.unit.rawValue))
                }
                continue
            }
            let unit = node.quantity.unit
            var row = rows[key(node.holder, unit)] ?? Row()
            row.batches.append(code)
            row.records.append(node.record)
            if try countsAsDistributed(node, nodes: nodes) { row.distributed += Int128(node.quantity.value.micros) }
            for movement in try query.movements(of: code) {
                row.onHand += Int128(movement.delta.micros)
                let out = -Int128(movement.delta.micros)
                switch movement.kind {
                case "ship": row.shipped += out
                case "sell", "use":
                    if movement.atMilliseconds >= notice.at { row.after += out } else { row.before += out }
                case "void":
                    // A void puts a sale back on hand (its `out` is negative), in the period of the sale it takes
                    // back: a sale before the notice voided after it was never a sale after the notice.
                    let soldAt = movement.counterparty.flatMap { nodes[$0]?.atMilliseconds } ?? movement.atMilliseconds
                    if let slip = movement.counterparty { voided.insert(slip) }
                    if soldAt >= notice.at { row.after += out } else { row.before += out }
                case "count":
                    // Shrinkage a stock count found: missing, and never "on hand" to recover.
                    if out > 0 { row.unaccounted += out }
                case "return", "destroy":
                    guard underNotice[movement.record] != nil else { continue }
                    if movement.kind == "return" { row.returned += out } else { row.destroyed += out }
                    row.started = min(row.started ?? movement.atMilliseconds, movement.atMilliseconds)
                    row.lastDisposal = max(row.lastDisposal ?? movement.atMilliseconds, movement.atMilliseconds)
                    row.records.append(movement.record)
                default: break
                }
            }
            rows[key(node.holder, unit)] = row
            for shipment in try query.shipments(of: code) where shipment.receivedBy == nil {
                var inbound = rows[key(shipment.receiver, shipment.quantity.unit)] ?? Row()
                inbound.inbound += Int128(shipment.quantity.value.micros)
                inbound.records.append(shipment.record)
                rows[key(shipment.receiver, shipment.quantity.unit)] = inbound
            }
        }
        return assemble(
            notice, rows: rows, outlets: outlets.filter { !voided.contains($0.code) }, scope: nodes.count)
    }

    /// A batch counts towards its holder's distributed quantity unless it is a transform output of the same
    /// holder's batch in the same unit (a cut or split of what they already had).
    private func countsAsDistributed(_ node: GraphNode, nodes: [String: GraphNode]) throws -> Bool {
        guard node.kind == .transform else { return true }
        for edge in try query.parents(of: node.code) {
            if let parent = nodes[edge.parent], parent.holder == node.holder, parent.quantity.unit == node.quantity.unit
            {
                return false
            }
        }
        return true
    }

    private func assemble(_ notice: RecallNoticeRecord, rows: [String: Row], outlets: [RecallOutlet], scope: Int)
        -> RecallStatus
    {
        let startDeadline = RecallDeadlines.start(level: notice.level, noticeAt: notice.at)
        let finishDeadline = RecallDeadlines.finish(level: notice.level, noticeAt: notice.at)
        func text(_ milliseconds: Int64) -> String { Timestamp(epochMilliseconds: milliseconds).text }
        func amount(_ micros: Int128) -> String { Amount(micros: Int64(clamping: micros)).description }
        var holders: [RecallHolderStatus] = []
        var outstandingTotal: Int128 = 0
        var unaccountedTotal: Int128 = 0
        var started: Int64?
        var last: Int64?
        for key in rows.keys.sorted() {
            let row = rows[key]!
            let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
            let outstanding = max(0, row.onHand) + row.inbound
            outstandingTotal += outstanding
            unaccountedTotal += row.unaccounted
            if let first = row.started { started = min(started ?? first, first) }
            if let latest = row.lastDisposal { last = max(last ?? latest, latest) }
            let state = outstanding == 0 ? "done" : (now > finishDeadline ? "overdue" : "open")
            let party = names[parts[0]]
            holders.append(
                RecallHolderStatus(
                    party: parts[0], name: party?.name ?? parts[0], role: party?.role, unit: parts[1],
                    batches: row.batches,
                    distributed: amount(row.distributed),
                    shippedOn: amount(row.shipped),
                    soldBeforeNotice: amount(row.before),
                    soldAfterNotice: amount(row.after),
                    recovered: amount(row.returned + row.destroyed),
                    returned: amount(row.returned),
                    destroyed: amount(row.destroyed),
                    outstanding: amount(outstanding), unaccounted: amount(row.unaccounted),
                    started: row.started.map(text), state: state, records: row.records))
        }
        var startMet: Bool?
        if let started {
            startMet = started <= startDeadline
        } else if outstandingTotal == 0 {
            startMet = true
        } else if now > startDeadline {
            startMet = false
        }
        var finished: String?
        var finishMet: Bool?
        let state: String
        if outstandingTotal == 0 && unaccountedTotal > 0 {
            // Nothing left to recover, but stock counts found part of it missing: not a completed recall.
            state = "unaccounted"
        } else if outstandingTotal == 0 {
            let at = max(last ?? notice.at, notice.at)
            finished = text(at)
            finishMet = at <= finishDeadline
            state = "complete"
        } else if now > finishDeadline {
            finishMet = false
            state = "overdue"
        } else {
            state = "in-progress"
        }
        return RecallStatus(
            notice: notice.notice, record: notice.record, issuer: notice.issuer, batch: notice.batch,
            level: notice.level,
            reason: notice.reason, issuedAt: text(notice.at), startDeadline: text(startDeadline),
            finishDeadline: text(finishDeadline),
            started: started.map(text), startMet: startMet, finished: finished, finishMet: finishMet, state: state,
            holders: holders,
            afterNotice: outlets.sorted { ($0.atMilliseconds, $0.code) < ($1.atMilliseconds, $1.code) }, scope: scope)
    }
}
