import TraceModel

/// A drill report as one self-contained HTML page: inline CSS, no script, no network, no external asset.
///
/// The reconciliation is `<table id="reconciliation">`, one `<tr data-measure="…">` per measure; gaps are
/// `<table id="gaps">`, the forward trace `<table id="parties">`, `<table id="slips">` and `<table id="meals">`.
public enum DrillHTMLRenderer {
    /// The page; `reportSHA256`, the hash of the JSON report, is shown when given.
    public static func render(_ report: DrillReport, reportSHA256: String? = nil) -> String {
        var html = Page()
        let lot = report.lot
        let r = report.reconciliation
        let verdict = report.passed ? "PASS 通过" : "FAIL 未通过"
        html.raw(
            """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>模拟召回报告 Mock recall \(escape(lot.code))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <h1>模拟召回报告 <small>Mock recall drill</small></h1>
            <p class="verdict \(report.passed ? "pass" : "fail")" id="verdict">\(verdict)</p>
            </header>
            """)
        html.raw("<section><h2>场景与批次 Scenario and lot</h2><table id=\"lot\">")
        html.pair("场景 Scenario", report.scenario)
        html.pair("批次 Lot", "\(lot.code) \(lot.product ?? "")")
        html.pair("数量 Quantity", "\(lot.quantity) \(lot.unit)")
        html.pair(
            "持有方 Holder",
            "\(lot.holderName) (\(lot.holder), \(lot.role?.rawValue ?? "?"))\(lot.contact.map { ", \($0)" } ?? "")")
        html.pair("创建 Created", "\(lot.createdAt) · \(lot.record)")
        html.pair("开始 Started", report.startedAt)
        html.pair("结束 Ended", report.endedAt)
        html.pair(
            "用时 Time to trace",
            "\(DrillDuration.text(milliseconds: report.elapsedMilliseconds)) (\(report.elapsedMicroseconds) µs) · 目标 target \(DrillDuration.text(milliseconds: report.targetMilliseconds)) · \(report.withinTarget ? "within 达标" : "OVER 超时")"
        )
        html.pair("存证 Stored", report.storage.note)
        if let reportSHA256 { html.pair("报告哈希 JSON report", "sha256:\(reportSHA256)") }
        html.raw("</table></section>")

        html.raw("<section><h2>对账 Reconciliation <small>(\(escape(r.unit)) of the lot)</small></h2>")
        html.raw(
            "<table id=\"reconciliation\"><thead><tr><th>项目 Measure</th><th class=\"num\">数量 Quantity (\(escape(r.unit)))</th></tr></thead><tbody>"
        )
        let keys = [
            "produced", "shipped", "received", "on-hand", "sold", "used", "destroyed", "returned", "in-transit",
            "unaccounted", "excess-out", "accounted",
        ]
        for ((label, value), key) in zip(DrillTextRenderer.rows(r), keys) {
            html.raw(
                "<tr data-measure=\"\(key)\"><th>\(escape(label))</th><td class=\"num\">\(escape(value))</td></tr>")
        }
        html.raw(
            "<tr data-measure=\"accounted-percent\" class=\"\(r.exact ? "pass" : "fail")\"><th>已查明 Accounted for</th><td class=\"num\">\(escape(r.accountedPercent))% <small>(target 100%)</small></td></tr>"
        )
        html.raw("</tbody></table>")
        html.table(
            "forms",
            [
                "产品 Product", "单位 Unit", "生产/加工得 Made", "收货 Received", "加工投入 Processed", "发出 Shipped", "销售 Sold",
                "用餐 Used", "库存 On hand", "退回 Returned", "销毁 Destroyed", "未查明 Unaccounted",
            ],
            report.forms.map {
                [
                    $0.product ?? "", $0.unit, $0.made, $0.received, $0.processed, $0.shipped, $0.sold, $0.used,
                    $0.onHand, $0.returned, $0.destroyed, $0.unaccounted,
                ]
            })
        html.table(
            "conversions", ["记录 Record", "投入 From", "产出 To", "得率 Yield"],
            report.conversions.map {
                [
                    $0.record, "\($0.fromQuantity) \($0.fromUnit) \($0.fromProduct ?? "")",
                    "\($0.toQuantity) \($0.toUnit) \($0.toProduct ?? "")", $0.yield,
                ]
            })
        html.raw("</section>")

        html.raw("<section><h2>问题 Gaps (\(report.gaps.count))</h2>")
        if report.gaps.isEmpty {
            html.raw("<p id=\"no-gaps\">无 None.</p>")
        } else {
            html.table(
                "gaps", ["类型 Kind", "批次 Batch", "记录 Record", "数量 Quantity", "说明 Message"],
                report.gaps.map {
                    [$0.kind.rawValue, $0.batch, $0.records.joined(separator: " "), $0.quantity ?? "", $0.message]
                })
        }
        if !report.failures.isEmpty {
            html.raw("<ul class=\"failures\">")
            for failure in report.failures { html.raw("<li>\(escape(failure))</li>") }
            html.raw("</ul>")
        }
        html.raw("</section>")

        let forward = report.forward
        html.raw(
            "<section><h2>向下追踪 Forward trace <small>\(forward.parties.count) parties · \(forward.slips.count) slips · \(forward.meals.count) meals</small></h2>"
        )
        html.table(
            "parties",
            ["主体 Party", "角色 Role", "联系 Contact", "经手 Handled (each form in its own unit)", "小票 Slips", "餐次 Meals"],
            forward.parties.map {
                [
                    "\($0.name) (\($0.id))", $0.role?.rawValue ?? "", $0.contact ?? "",
                    $0.forms.map(\.summary).joined(separator: "; "), String($0.slips), String($0.meals),
                ]
            })
        html.details(
            "slips", "小票 Slips (\(forward.slips.count))",
            ["追溯码 Code", "摊位 Stall", "时间 Time", "数量 Quantity", "批次单位 Lot units", "记录 Record"],
            forward.slips.map { [$0.code, $0.party, $0.at, "\($0.quantity) \($0.unit)", $0.lotQuantity, $0.record] })
        html.details(
            "meals", "餐次 Meals (\(forward.meals.count))",
            ["追溯码 Code", "食堂 Canteen", "时间 Time", "数量 Quantity", "批次单位 Lot units", "记录 Record"],
            forward.meals.map { [$0.code, $0.party, $0.at, "\($0.quantity) \($0.unit)", $0.lotQuantity, $0.record] })
        html.details(
            "batches", "批次台账 Batch ledger (\(report.batches.count))",
            [
                "批次 Batch", "持有方 Holder", "单位 Unit", "创建 Created", "加工 Transformed", "发出 Shipped", "销售 Sold", "用餐 Used",
                "退回 Returned", "销毁 Destroyed", "库存 On hand", "批次单位/单位 Lot/unit",
            ],
            report.batches.map {
                [
                    $0.code, $0.holder, $0.unit, $0.created, $0.transformed, $0.shipped, $0.sold, $0.used, $0.returned,
                    $0.destroyed, $0.onHand, $0.lotUnitsPerUnit,
                ]
            })
        html.raw("</section>")

        let back = report.backward
        html.raw(
            "<section><h2>向上追踪 Backward trace <small>\(back.supplierLots.count) supplier lots · \(back.receipts.count) receipts · \(back.certificates.count) certificates</small></h2>"
        )
        html.table(
            "supplier-lots", ["批次 Lot", "主体 Party", "产品 Product", "数量 Quantity", "记录 Record", "时间 Time"],
            back.supplierLots.map {
                [
                    "\($0.code)", "\($0.partyName) (\($0.party))", $0.product ?? "", "\($0.quantity) \($0.unit)",
                    "\($0.kind.rawValue) \($0.record)", $0.at,
                ]
            })
        html.table(
            "receipts", ["批次 Batch", "收货方 Receiver", "数量 Quantity", "记录 Record", "时间 Time"],
            back.receipts.map {
                [$0.code, "\($0.partyName) (\($0.party))", "\($0.quantity) \($0.unit)", $0.record, $0.at]
            })
        html.table(
            "certificates", ["批次 Batch", "类型 Type", "编号 Number", "签发 Issuer", "有效期至 Valid until", "存证 Certified"],
            back.certificates.map {
                [
                    $0.batch, $0.type.rawValue, $0.number, $0.issuer ?? "", $0.validUntil ?? "",
                    $0.certified ? "yes" : "NO",
                ]
            })
        html.raw("</section>")
        html.raw(
            "<footer>foodtrace recall drill · report format \(escape(report.format)) v\(report.v)</footer>\n</body>\n</html>\n"
        )
        return html.text
    }

    /// Text safe inside HTML elements and attribute values.
    public static func escape(_ text: String) -> String { MarkupText.escape(text) }

    private struct Page {
        var text = ""

        mutating func raw(_ html: String) { text += html + "\n" }

        mutating func pair(_ label: String, _ value: String) {
            raw("<tr><th>\(escape(label))</th><td>\(escape(value))</td></tr>")
        }

        mutating func table(_ id: String, _ headers: [String], _ rows: [[String]]) {
            raw(
                "<table id=\"\(id)\"><thead><tr>" + headers.map { "<th>\(escape($0))</th>" }.joined()
                    + "</tr></thead><tbody>")
            for row in rows { raw("<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>") }
            raw("</tbody></table>")
        }

        mutating func details(_ id: String, _ summary: String, _ headers: [String], _ rows: [[String]]) {
            raw("<details><summary>\(escape(summary))</summary>")
            table(id, headers, rows)
            raw("</details>")
        }
    }

    private static let style = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#1b1b1b;line-height:1.45}
        h1{font-size:1.6em;margin:0}h1 small,h2 small{font-weight:normal;color:#555;font-size:.7em}
        h2{font-size:1.2em;border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
        header{display:flex;align-items:center;justify-content:space-between;gap:1em}
        .verdict{font-size:1.4em;font-weight:bold;padding:.2em .8em;border-radius:.3em;margin:0}
        .pass{background:#e3f4e1;color:#1d5e1a}.fail{background:#fbe3e1;color:#8a1c12}
        table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.9em}
        th,td{border:1px solid #d6d6d6;padding:.25em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
        thead th{background:#f3f3f3}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        #reconciliation{width:auto;min-width:28em}#lot{width:auto}#lot th{background:#f8f8f8;width:12em}
        details{margin:.6em 0}summary{cursor:pointer;font-weight:bold}
        ul.failures{color:#8a1c12}footer{margin-top:2em;color:#777;font-size:.8em}
        @media print{details{display:block}summary{display:none}}
        """
}
