import TraceModel

/// A drill report as one self-contained HTML page: inline CSS, no script, no network, no external asset.
///
/// The reconciliation is `<table id="reconciliation">`, one `<tr data-measure="…">` per measure; gaps are
/// `<table id="gaps">`, the forward trace `<table id="parties">`, `<table id="slips">` and `<table id="meals">`.
public enum DrillHTMLRenderer {
    /// The page in `language`; `reportSHA256`, the hash of the JSON report, is shown when given. Names, products and
    /// the scenario keep the text they were given.
    public static func render(_ report: DrillReport, reportSHA256: String? = nil, language: Language = .zhEn) -> String
    {
        func l(_ zh: String, _ en: String) -> String { language.pick(zh, en) }
        var html = Page()
        let lot = report.lot
        let r = report.reconciliation
        let verdict = report.passed ? l("通过", "PASS") : l("未通过", "FAIL")
        html.raw(
            """
            <!DOCTYPE html>
            <html lang="\(language.tag)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(l("模拟召回报告", "Mock recall")) \(escape(lot.code))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <h1>\(l("模拟召回报告", "Mock recall drill"))</h1>
            <p class="verdict \(report.passed ? "pass" : "fail")" id="verdict">\(verdict)</p>
            </header>
            """)
        html.raw("<section><h2>\(l("场景与批次", "Scenario and lot"))</h2><table id=\"lot\">")
        html.pair(l("场景", "Scenario"), report.scenario)
        html.pair(l("批次", "Lot"), "\(lot.code) \(lot.product ?? "")")
        let unit = Message.Trace.unit(lot.unit).text(language)
        html.pair(l("数量", "Quantity"), "\(lot.quantity) \(unit)")
        html.pair(
            l("持有方", "Holder"),
            "\(lot.holderName) (\(lot.holder), \(Message.Trace.role(lot.role).text(language)))\(lot.contact.map { ", \($0)" } ?? "")"
        )
        html.pair(l("创建", "Created"), "\(lot.createdAt) · \(lot.record)")
        html.pair(l("开始", "Started"), report.startedAt)
        html.pair(l("结束", "Ended"), report.endedAt)
        html.pair(
            l("用时", "Time to trace"),
            "\(DrillDuration.text(milliseconds: report.elapsedMilliseconds)) (\(report.elapsedMicroseconds) µs) · \(l("目标", "target")) \(DrillDuration.text(milliseconds: report.targetMilliseconds)) · \(report.withinTarget ? l("达标", "within") : l("超时", "OVER"))"
        )
        html.pair(l("存证", "Stored"), report.storageText.text(language))
        if let reportSHA256 { html.pair(l("报告哈希", "JSON report"), "sha256:\(reportSHA256)") }
        html.raw("</table></section>")

        let lotUnit = escape(Message.Trace.unit(r.unit).text(language))
        html.raw(
            "<section><h2>\(l("对账", "Reconciliation")) <small>\(l("（批次的\(lotUnit)）", "(\(lotUnit) of the lot)"))</small></h2>"
        )
        html.raw(
            "<table id=\"reconciliation\"><thead><tr><th>\(l("项目", "Measure"))</th><th class=\"num\">\(l("数量", "Quantity")) (\(lotUnit))</th></tr></thead><tbody>"
        )
        let keys = [
            "produced", "shipped", "received", "on-hand", "sold", "used", "destroyed", "returned", "in-transit",
            "unaccounted", "excess-out", "accounted",
        ]
        for ((label, value), key) in zip(DrillTextRenderer.rows(r, language: language), keys) {
            html.raw(
                "<tr data-measure=\"\(key)\"><th>\(escape(label))</th><td class=\"num\">\(escape(value))</td></tr>")
        }
        html.raw(
            "<tr data-measure=\"accounted-percent\" class=\"\(r.exact ? "pass" : "fail")\"><th>\(l("已查明", "Accounted for"))</th><td class=\"num\">\(escape(r.accountedPercent))% <small>\(l("（目标 100%）", "(target 100%)"))</small></td></tr>"
        )
        html.raw("</tbody></table>")
        html.table(
            "forms",
            [
                l("产品", "Product"), l("单位", "Unit"), l("生产/加工得", "Made"), l("收货", "Received"),
                l("加工投入", "Processed"), l("发出", "Shipped"), l("销售", "Sold"), l("用餐", "Used"), l("库存", "On hand"),
                l("退回", "Returned"), l("销毁", "Destroyed"), l("未查明", "Unaccounted"),
            ],
            report.forms.map {
                [
                    $0.product ?? "", Message.Trace.unit($0.unit).text(language), $0.made, $0.received, $0.processed,
                    $0.shipped, $0.sold, $0.used, $0.onHand, $0.returned, $0.destroyed, $0.unaccounted,
                ]
            })
        html.table(
            "conversions", [l("记录", "Record"), l("投入", "From"), l("产出", "To"), l("得率", "Yield")],
            report.conversions.map {
                let (from, to) = (
                    Message.Trace.unit($0.fromUnit).text(language), Message.Trace.unit($0.toUnit).text(language)
                )
                return [
                    $0.record, "\($0.fromQuantity) \(from) \($0.fromProduct ?? "")",
                    "\($0.toQuantity) \(to) \($0.toProduct ?? "")",
                    language == .en ? $0.yield : language.pick(DrillConversion.chineseYield($0), $0.yield),
                ]
            })
        html.raw("</section>")

        html.raw("<section><h2>\(l("缺口", "Gaps")) (\(report.gaps.count))</h2>")
        if report.gaps.isEmpty {
            html.raw("<p id=\"no-gaps\">\(l("无。", "None."))</p>")
        } else {
            html.table(
                "gaps",
                [l("类型", "Kind"), l("批次", "Batch"), l("记录", "Record"), l("数量", "Quantity"), l("说明", "Message")],
                report.gaps.map {
                    [
                        Message.Drill.gapKind($0.kind.rawValue).text(language), $0.batch,
                        $0.records.joined(separator: " "),
                        $0.quantity ?? "", $0.message(in: language),
                    ]
                })
        }
        if !report.failures.isEmpty {
            html.raw("<ul class=\"failures\">")
            for failure in report.failureTexts { html.raw("<li>\(escape(failure.text(language)))</li>") }
            html.raw("</ul>")
        }
        html.raw("</section>")

        let forward = report.forward
        html.raw(
            "<section><h2>\(l("向下追踪", "Forward trace")) <small>\(l("\(forward.parties.count) 个主体 · \(forward.slips.count) 张小票 · \(forward.meals.count) 个餐次", "\(forward.parties.count) parties · \(forward.slips.count) slips · \(forward.meals.count) meals"))</small></h2>"
        )
        html.table(
            "parties",
            [
                l("主体", "Party"), l("角色", "Role"), l("联系", "Contact"),
                l("经手（各形态用其单位）", "Handled (each form in its own unit)"),
                l("小票", "Slips"), l("餐次", "Meals"),
            ],
            forward.parties.map {
                [
                    "\($0.name) (\($0.id))", $0.role.map { Message.Trace.role($0).text(language) } ?? "",
                    $0.contact ?? "",
                    $0.forms.map { $0.summary(in: language) }.joined(separator: language == .zh ? "；" : "; "),
                    String($0.slips), String($0.meals),
                ]
            })
        html.details(
            "slips", l("小票", "Slips") + " (\(forward.slips.count))",
            [
                l("追溯码", "Code"), l("摊位", "Stall"), l("时间", "Time"), l("数量", "Quantity"), l("批次单位", "Lot units"),
                l("记录", "Record"),
            ],
            forward.slips.map { [$0.code, $0.party, $0.at, "\($0.quantity) \($0.unit)", $0.lotQuantity, $0.record] })
        html.details(
            "meals", l("餐次", "Meals") + " (\(forward.meals.count))",
            [
                l("追溯码", "Code"), l("食堂", "Canteen"), l("时间", "Time"), l("数量", "Quantity"), l("批次单位", "Lot units"),
                l("记录", "Record"),
            ],
            forward.meals.map { [$0.code, $0.party, $0.at, "\($0.quantity) \($0.unit)", $0.lotQuantity, $0.record] })
        html.details(
            "batches", l("批次台账", "Batch ledger") + " (\(report.batches.count))",
            [
                l("批次", "Batch"), l("持有方", "Holder"), l("单位", "Unit"), l("创建", "Created"), l("加工", "Transformed"),
                l("发出", "Shipped"), l("销售", "Sold"), l("用餐", "Used"),
                l("退回", "Returned"), l("销毁", "Destroyed"), l("库存", "On hand"), l("批次单位/单位", "Lot/unit"),
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
            "<section><h2>\(l("向上追踪", "Backward trace")) <small>\(l("\(back.supplierLots.count) 个供货批次 · \(back.receipts.count) 次收货 · \(back.certificates.count) 张票证", "\(back.supplierLots.count) supplier lots · \(back.receipts.count) receipts · \(back.certificates.count) certificates"))</small></h2>"
        )
        html.table(
            "supplier-lots",
            [
                l("批次", "Lot"), l("主体", "Party"), l("产品", "Product"), l("数量", "Quantity"), l("记录", "Record"),
                l("时间", "Time"),
            ],
            back.supplierLots.map {
                [
                    "\($0.code)", "\($0.partyName) (\($0.party))", $0.product ?? "", "\($0.quantity) \($0.unit)",
                    "\($0.kind.rawValue) \($0.record)", $0.at,
                ]
            })
        html.table(
            "receipts",
            [l("批次", "Batch"), l("收货方", "Receiver"), l("数量", "Quantity"), l("记录", "Record"), l("时间", "Time")],
            back.receipts.map {
                [$0.code, "\($0.partyName) (\($0.party))", "\($0.quantity) \($0.unit)", $0.record, $0.at]
            })
        html.table(
            "certificates",
            [
                l("批次", "Batch"), l("类型", "Type"), l("编号", "Number"), l("签发", "Issuer"), l("有效期至", "Valid until"),
                l("存证", "Certified"),
            ],
            back.certificates.map {
                [
                    $0.batch, language.pick($0.type.chineseName, $0.type.rawValue), $0.number, $0.issuer ?? "",
                    $0.validUntil ?? "", $0.certified ? l("是", "yes") : l("否", "NO"),
                ]
            })
        html.raw("</section>")
        html.raw(
            "<footer>foodtrace recall drill · \(l("报告格式", "report format")) \(escape(report.format)) v\(report.v)</footer>\n</body>\n</html>\n"
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
