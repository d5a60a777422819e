import TraceModel

/// A drill report as plain text: the summary a recall coordinator reads in a terminal.
public enum DrillTextRenderer {
    /// The whole report in `language`; `parties` caps the per-party lines (the JSON and HTML list every one);
    /// `reportSHA256` is the hash of the JSON report, shown when given. Names, products and the scenario keep the
    /// text they were given.
    public static func render(
        _ report: DrillReport, parties limit: Int = 15, reportSHA256: String? = nil, language: Language = .zhEn
    ) -> String {
        func l(_ zh: String, _ en: String) -> String { language.pick(zh, en) }
        let colon = language == .zh ? "：" : ": "
        var lines: [String] = []
        let lot = report.lot
        let r = report.reconciliation
        let unit = Message.Trace.unit(lot.unit).text(language)
        let role = Message.Trace.role(lot.role).text(language)
        let verdict = report.passed ? l("通过", "PASS") : l("未通过", "FAIL")
        lines.append(l("模拟召回演练", "mock recall drill") + colon + verdict)
        lines.append(l("场景", "scenario") + colon + report.scenario)
        lines.append(
            l("批次", "lot") + colon + "\(lot.code) \(lot.product ?? "") \(lot.quantity) \(unit)"
                + l("，持有方 ", ", held by ") + "\(lot.holderName) (\(lot.holder), \(role))"
                + l("，创建于 ", ", created ") + lot.createdAt)
        let took = DrillDuration.text(milliseconds: report.elapsedMilliseconds)
        let target = DrillDuration.text(milliseconds: report.targetMilliseconds)
        lines.append(
            l(
                "开始 \(report.startedAt)，结束 \(report.endedAt)：追溯用时",
                "started \(report.startedAt), ended \(report.endedAt): time to trace")
                + " \(took) (\(report.elapsedMicroseconds) µs)" + l("，目标 ", ", target ") + target + colon
                + (report.withinTarget ? l("达标", "within") : l("超时", "OVER")))
        let back = report.backward
        lines.append(
            l(
                "向上：\(back.supplierLots.count) 个供货批次，\(back.receipts.count) 次收货，\(back.certificates.count) 张票证；源头：",
                "backward: \(back.supplierLots.count) supplier lots, \(back.receipts.count) receipts, \(back.certificates.count) certificates; origins: "
            ) + back.trace.origins.map { "\($0.code) \($0.partyName)" }.joined(separator: language == .zh ? "、" : ", "))
        let forward = report.forward
        lines.append(
            l(
                "向下：\(forward.parties.count) 个主体，\(forward.slips.count) 张小票，\(forward.meals.count) 个餐次",
                "forward: \(forward.parties.count) parties, \(forward.slips.count) slips, \(forward.meals.count) meals")
        )
        for party in forward.parties.prefix(limit) {
            let partyRole = Message.Trace.role(party.role).text(language)
            let contact = party.contact.map { l(" 电话 ", " tel ") + $0 } ?? ""
            let forms = party.forms.map { $0.summary(in: language) }.joined(separator: language == .zh ? "；" : "; ")
            lines.append(
                "  \(party.id) \(party.name) [\(partyRole)]\(contact)" + colon + forms
                    + l("；\(party.slips) 张小票，\(party.meals) 个餐次", "; \(party.slips) slips, \(party.meals) meals"))
        }
        if forward.parties.count > limit {
            let more = forward.parties.count - limit
            lines.append(
                l(
                    "  … 另有 \(more) 个主体（--format json 或 html 列出全部）",
                    "  … \(more) more parties (--format json or html lists all)"))
        }
        if !report.forms.isEmpty {
            lines.append(l("各产品形态，各用其单位（各环节合计）：", "per product form, each in its own unit (summed over hops):"))
            for form in report.forms { lines.append("  " + form.summary(in: language)) }
        }
        for c in report.conversions {
            let (from, to) = (
                Message.Trace.unit(c.fromUnit).text(language), Message.Trace.unit(c.toUnit).text(language)
            )
            let step = "\(c.fromQuantity) \(from) \(c.fromProduct ?? "") → \(c.toQuantity) \(to) \(c.toProduct ?? "")"
            lines.append(
                l(
                    "  转换：\(step)（得率 \(DrillConversion.chineseYield(c))，记录 \(c.record)）",
                    "  conversion: \(step) (\(c.yield), record \(c.record))"))
        }
        lines += attestedLines(report, language: language)
        let lotUnit = Message.Trace.unit(r.unit).text(language)
        lines.append(
            l(
                "对账（批次的\(lotUnit)，其他形态按上列得率换算）：",
                "reconciliation (\(lotUnit) of the lot, other forms converted by the yields above):"))
        for (label, value) in DrillTextRenderer.rows(r, language: language) {
            lines.append("  " + label + String(repeating: " ", count: max(1, 28 - width(label))) + value)
        }
        lines.append(
            l("  已查明：\(r.accountedPercent)%（目标 100%）", "  accounted for: \(r.accountedPercent)% (target 100%)"))
        if report.gaps.isEmpty {
            lines.append(l("缺口：无", "gaps: none"))
        } else {
            lines.append(l("缺口（\(report.gaps.count)）：", "gaps (\(report.gaps.count)):"))
            for gap in report.gaps {
                let kind = Message.Drill.gapKind(gap.kind.rawValue).text(language)
                let share = gap.quantity.map { " [\($0) \(lotUnit)]" } ?? ""
                lines.append(
                    "  \(kind) \(gap.batch) " + l("记录", "record") + " \(gap.record)\(share)" + colon
                        + gap.message(in: language))
            }
        }
        let failures = report.failureTexts.map { $0.text(language) }.joined(separator: language == .zh ? "；" : "; ")
        lines.append(report.passed ? l("结论：通过", "result: PASS") : l("结论：未通过：", "result: FAIL: ") + failures)
        lines.append(report.storageText.text(language))
        if let reportSHA256 { lines.append(l("JSON 报告 sha256:", "JSON report sha256:") + reportSHA256) }
        return lines.joined(separator: "\n")
    }

    /// The hops of both traces that rest on a partner's word, one line per attesting party and document.
    static func attestedLines(_ report: DrillReport, language: Language) -> [String] {
        var counts: [String: Int] = [:]
        var order: [(key: String, by: String, document: String, from: String)] = []
        var seen: Set<String> = []
        for node in report.backward.trace.nodes + report.forward.trace.nodes where seen.insert(node.code).inserted {
            guard let attested = node.attested else { continue }
            let key = "\(attested.by)|\(attested.document)|\(attested.from)"
            if counts[key] == nil { order.append((key, attested.by, attested.document, attested.from)) }
            counts[key, default: 0] += 1
        }
        guard !order.isEmpty else { return [] }
        let total = counts.values.reduce(0, +)
        return [
            language.pick(
                "经证明的环节（合作方之言，非该环节主体签名）：\(total)",
                "attested hops (a partner's word, not signed by the hop's party): \(total)")
        ]
            + order.map { item in
                let count = counts[item.key] ?? 0
                return "  "
                    + language.pick(
                        "\(count) 个由 \(item.by) 依据 \(item.from) 发送的文件 \(item.document) 证明",
                        "\(count) attested by \(item.by) from document \(item.document) (sent by \(item.from))")
            }
    }

    /// Columns a terminal gives `text`: two for CJK and other wide characters, one otherwise.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1.value != 0x2013 && $1.value != 0x2212 ? 2 : 1) }
    }

    /// The reconciliation's rows as (label, value) in `language`, in the order every report shows them.
    public static func rows(_ r: DrillReconciliation, language: Language = .zhEn) -> [(String, String)] {
        let labels: [(String, String)] = [
            ("生产", "produced"), ("发出（各环节）", "shipped (all hops)"), ("收货（各环节）", "received (all hops)"),
            ("库存", "on hand"), ("销售", "sold"), ("用餐", "used in meals"), ("销毁", "destroyed"), ("退回", "returned"),
            ("在途", "in transit"), ("未查明", "unaccounted"), ("超出", "excess out"), ("已查明", "accounted"),
        ]
        let values = [
            r.produced, r.shipped, r.received, r.onHand, r.sold, r.used, r.destroyed, r.returned, r.inTransit,
            r.unaccounted, r.excessOut, r.accounted,
        ]
        return zip(labels, values).map { label, value in (language.pick(label.0, label.1), value) }
    }
}
