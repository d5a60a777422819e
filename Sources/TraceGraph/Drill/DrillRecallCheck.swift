import TraceModel

/// Sales and canteen uses after a recall notice, within a drill's forward trace.
///
/// A notice applies to a batch of the forward trace when it names the lot, an ancestor of the lot, or a batch
/// of the forward trace from which the batch descends. A sale or use at or after the notice time is a gap, unless
/// the stall voided the sale (`voided`: slip codes).
enum DrillRecallCheck {
    static func gaps(
        notices: [RecallNotice], upstream: Set<String>, scope: [String: GraphNode], childEdges: [String: [GraphEdge]],
        outFactor: [String: Double], voided: Set<String>
    ) -> [DrillGap] {
        var applicable: [String: [RecallNotice]] = [:]
        let batches = scope.values.filter { $0.type == .batch }.map(\.code)
        for notice in notices.sorted(by: { $0.atMilliseconds < $1.atMilliseconds }) {
            if upstream.contains(notice.batch) {
                for code in batches { applicable[code, default: []].append(notice) }
            } else if scope[notice.batch] != nil {
                for code in descendants(of: notice.batch, scope: scope, childEdges: childEdges) {
                    applicable[code, default: []].append(notice)
                }
            }
        }
        var gaps: [DrillGap] = []
        for code in applicable.keys.sorted() {
            guard let notices = applicable[code], let batch = scope[code] else { continue }
            for edge in childEdges[code] ?? []
            where (edge.kind == .sell && !voided.contains(edge.child)) || edge.kind == .use {
                guard let outlet = scope[edge.child],
                    let notice = notices.first(where: { $0.atMilliseconds <= outlet.atMilliseconds })
                else { continue }
                let own = edge.quantity.converted(to: batch.quantity.unit)?.micros ?? edge.quantity.value.micros
                let sold = edge.kind == .sell
                let when = Timestamp(epochMilliseconds: outlet.atMilliseconds).text
                let noticeAt = Timestamp(epochMilliseconds: notice.atMilliseconds).text
                gaps.append(
                    DrillGap(
                        kind: sold ? .soldAfterRecall : .usedAfterRecall, batch: code, record: edge.record,
                        records: [edge.record, notice.record],
                        quantity: LotUnits.text(LotUnits.units(own) * (outFactor[code] ?? 0)),
                        text: .Drill.afterRecall(
                            holder: outlet.holder, sold: sold, quantity: edge.quantity, code: code, outlet: outlet.code,
                            at: when, notice: notice.notice, batch: notice.batch, noticeAt: noticeAt)
                    ))
            }
        }
        return gaps
    }

    private static func descendants(of code: String, scope: [String: GraphNode], childEdges: [String: [GraphEdge]])
        -> [String]
    {
        var seen: Set<String> = [code]
        var order = [code]
        var head = 0
        while head < order.count {
            for edge in childEdges[order[head]] ?? []
            where scope[edge.child]?.type == .batch && seen.insert(edge.child).inserted {
                order.append(edge.child)
            }
            head += 1
        }
        return order
    }
}
