import TraceModel

/// A drill report as plain text: the summary a recall coordinator reads in a terminal.
public enum DrillTextRenderer {
    /// The whole report; `parties` caps the per-party lines (the JSON and HTML list every one); `reportSHA256`
    /// is the hash of the JSON report, shown when given.
    public static func render(_ report: DrillReport, parties limit: Int = 15, reportSHA256: String? = nil) -> String {
        var lines: [String] = []
        let lot = report.lot
        let r = report.reconciliation
        lines.append("模拟召回 mock recall drill: \(report.passed ? "PASS" : "FAIL")")
        lines.append("scenario: \(report.scenario)")
        lines.append(
            "lot: \(lot.code) \(lot.product ?? "") \(lot.quantity) \(lot.unit), held by \(lot.holderName) (\(lot.holder), \(lot.role?.rawValue ?? "?")), created \(lot.createdAt)"
        )
        lines.append(
            "started \(report.startedAt), ended \(report.endedAt): time to trace \(DrillDuration.text(milliseconds: report.elapsedMilliseconds)) (\(report.elapsedMicroseconds) µs), target \(DrillDuration.text(milliseconds: report.targetMilliseconds)): \(report.withinTarget ? "within" : "OVER")"
        )
        let back = report.backward
        lines.append(
            "backward: \(back.supplierLots.count) supplier lots, \(back.receipts.count) receipts, \(back.certificates.count) certificates; origins: "
                + (back.trace.origins.map { "\($0.code) \($0.partyName)" }.joined(separator: ", ")))
        let forward = report.forward
        lines.append(
            "forward: \(forward.parties.count) parties, \(forward.slips.count) slips, \(forward.meals.count) meals")
        for party in forward.parties.prefix(limit) {
            lines.append(
                "  \(party.id) \(party.name) [\(party.role?.rawValue ?? "?")]\(party.contact.map { " tel \($0)" } ?? ""): "
                    + party.forms.map(\.summary).joined(separator: "; ")
                    + "; \(party.slips) slips, \(party.meals) meals")
        }
        if forward.parties.count > limit {
            lines.append("  … \(forward.parties.count - limit) more parties (--format json or html lists all)")
        }
        if !report.forms.isEmpty {
            lines.append("per product form, each in its own unit (summed over hops):")
            for form in report.forms { lines.append("  " + form.summary) }
        }
        for conversion in report.conversions {
            lines.append(
                "  conversion: \(conversion.fromQuantity) \(conversion.fromUnit) \(conversion.fromProduct ?? "") → \(conversion.toQuantity) \(conversion.toUnit) \(conversion.toProduct ?? "") (\(conversion.yield), record \(conversion.record))"
            )
        }
        lines += attestedLines(report)
        lines.append("reconciliation (\(r.unit) of the lot, other forms converted by the yields above):")
        for (label, value) in DrillTextRenderer.rows(r) {
            lines.append("  " + label + String(repeating: " ", count: max(1, 28 - width(label))) + value)
        }
        lines.append("  accounted for: \(r.accountedPercent)% (target 100%)")
        if report.gaps.isEmpty {
            lines.append("gaps: none")
        } else {
            lines.append("gaps (\(report.gaps.count)):")
            for gap in report.gaps {
                lines.append(
                    "  \(gap.kind.rawValue) \(gap.batch) record \(gap.record)\(gap.quantity.map { " [\($0) \(r.unit)]" } ?? ""): \(gap.message)"
                )
            }
        }
        lines.append(report.passed ? "result: PASS" : "result: FAIL: " + report.failures.joined(separator: "; "))
        lines.append(report.storage.note)
        if let reportSHA256 { lines.append("JSON report sha256:\(reportSHA256)") }
        return lines.joined(separator: "\n")
    }

    /// The hops of both traces that rest on a partner's word, one line per attesting party and document.
    static func attestedLines(_ report: DrillReport) -> [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        var seen: Set<String> = []
        for node in report.backward.trace.nodes + report.forward.trace.nodes where seen.insert(node.code).inserted {
            guard let attested = node.attested else { continue }
            let key = "by \(attested.by) from document \(attested.document) (sent by \(attested.from))"
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        guard !order.isEmpty else { return [] }
        let total = counts.values.reduce(0, +)
        return ["attested hops (a partner's word, not signed by the hop's party): \(total)"]
            + order.map { "  \(counts[$0]!) attested \($0)" }
    }

    /// Columns a terminal gives `text`: two for CJK and other wide characters, one otherwise.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1.value != 0x2013 && $1.value != 0x2212 ? 2 : 1) }
    }

    /// The reconciliation's rows as (label, value), in the order every report shows them.
    public static func rows(_ r: DrillReconciliation) -> [(String, String)] {
        [
            ("produced 生产", r.produced), ("shipped 发出 (all hops)", r.shipped), ("received 收货 (all hops)", r.received),
            ("on hand 库存", r.onHand), ("sold 销售", r.sold), ("used in meals 用餐", r.used), ("destroyed 销毁", r.destroyed),
            ("returned 退回", r.returned), ("in transit 在途", r.inTransit), ("unaccounted 未查明", r.unaccounted),
            ("excess out 超出", r.excessOut), ("accounted 已查明", r.accounted),
        ]
    }
}
