// The message catalogue: the words of the regulator's console (the hub's `/console` pages).

extension Message {
    /// Headings, labels, buttons and notes of the regulator's console.
    public enum Console {
        public static let title = Message("console.title", zh: "监管控制台", en: "Regulator's console")
        public static let search = Message("console.search", zh: "查询", en: "Search")
        public static let findings = Message("console.findings", zh: "审计问题", en: "Findings")
        public static let recalls = Message("console.recalls", zh: "召回看板", en: "Recall board")
        public static let drills = Message("console.drills", zh: "演练记录", en: "Drills")
        public static let logout = Message("console.logout", zh: "退出", en: "Log out")
        public static let login = Message("console.login", zh: "登录", en: "Log in")
        public static let token = Message("console.token", zh: "监管令牌", en: "Regulator token")
        public static let tokenHelp = Message(
            "console.token-help", zh: "粘贴 foodtrace token issue 签发的监管令牌（需 read:audit 权限）。",
            en: "Paste a regulator token from foodtrace token issue (scope read:audit).")
        public static let searchHelp = Message(
            "console.search-help", zh: "追溯码、主体编号或名称、市场编号、行政区划代码",
            en: "trace code, party id or name, market id, area code")
        public static let code = Message("console.code", zh: "追溯码", en: "Trace code")
        public static let party = Message("console.party", zh: "主体", en: "Party")
        public static let name = Message("console.name", zh: "名称", en: "Name")
        public static let role = Message("console.role", zh: "类型", en: "Role")
        public static let area = Message("console.area", zh: "区划", en: "Area")
        public static let market = Message("console.market", zh: "市场", en: "Market")
        public static let noMatch = Message("console.no-match", zh: "没有匹配的结果。", en: "Nothing matches.")
        public static let traceUp = Message("console.trace-up", zh: "向上追溯", en: "Trace up")
        public static let traceDown = Message("console.trace-down", zh: "向下追踪", en: "Trace down")
        public static let hops = Message("console.hops", zh: "个环节", en: "hops")
        public static let expandAll = Message("console.expand-all", zh: "全部展开", en: "Expand all")
        public static let collapseAll = Message("console.collapse-all", zh: "全部收起", en: "Collapse all")
        public static let complete = Message("console.complete", zh: "链条完整", en: "complete")
        public static let incomplete = Message("console.incomplete", zh: "链条不完整", en: "INCOMPLETE")
        public static let compliant = Message("console.compliant", zh: "无问题", en: "no flags")
        public static let moreHops = Message("console.more-hops", zh: "更多环节未显示", en: "more hops not shown")
        public static let signatureGood = Message("console.signature-good", zh: "签名有效", en: "signature valid")
        public static let signatureBad = Message("console.signature-bad", zh: "签名无效", en: "signature NOT valid")
        public static let batch = Message("console.batch", zh: "批次", en: "Batch")
        public static let level = Message("console.level", zh: "级别", en: "Level")
        public static let reason = Message("console.reason", zh: "原因", en: "Reason")
        public static let issued = Message("console.issued", zh: "发布时间", en: "Issued")
        public static let startBy = Message("console.start-by", zh: "启动期限", en: "Start by")
        public static let finishBy = Message("console.finish-by", zh: "完成期限", en: "Finish by")
        public static let state = Message("console.state", zh: "状态", en: "State")
        public static let holders = Message("console.holders", zh: "持有方进度", en: "Progress per holder")
        public static let unit = Message("console.unit", zh: "单位", en: "Unit")
        public static let distributed = Message("console.distributed", zh: "流向量", en: "Distributed")
        public static let recovered = Message("console.recovered", zh: "已召回", en: "Recovered")
        public static let outstanding = Message("console.outstanding", zh: "未召回", en: "Outstanding")
        public static let overdue = Message("console.overdue", zh: "已逾期", en: "OVERDUE")
        public static let active = Message("console.active", zh: "进行中", en: "Active")
        public static let closed = Message("console.closed", zh: "已结束", en: "Closed")
        public static let noRecalls = Message("console.no-recalls", zh: "没有召回通知。", en: "No recall notices.")
        public static let lot = Message("console.lot", zh: "批次", en: "Lot")
        public static let time = Message("console.time", zh: "时间", en: "Time")
        public static let passed = Message("console.passed", zh: "通过", en: "passed")
        public static let failed = Message("console.failed", zh: "未通过", en: "failed")
        public static let result = Message("console.result", zh: "结果", en: "Result")
        public static let record = Message("console.record", zh: "记录", en: "Record")
        public static let evidence = Message("console.evidence", zh: "证据", en: "Evidence")
        public static let report = Message("console.report", zh: "报告", en: "Report")
        public static let noDrills = Message("console.no-drills", zh: "本期没有演练记录。", en: "No drills in this period.")
        public static let drillReport = Message("console.drill-report", zh: "演练报告", en: "Drill report")
        public static let reportMissing = Message(
            "console.report-missing", zh: "本平台未存有该报告（记录中的哈希见下）",
            en: "the report is not on this hub (its hash is in the record)")
        public static let accounted = Message("console.accounted", zh: "追溯情况", en: "Accounted for, time")
        public static let period = Message("console.period", zh: "统计期间", en: "Period")
        public static let periodHelp = Message(
            "console.period-help", zh: "年-月，如 2026-11", en: "year-month, e.g. 2026-11")
        public static let marketHelp = Message(
            "console.market-help", zh: "市场编号（含其摊位）", en: "market id (with its stalls)")
        public static let areaHelp = Message("console.area-help", zh: "行政区划代码", en: "area code")
        public static let minimumSeverity = Message("console.minimum-severity", zh: "最低严重程度", en: "At least")
        public static let filter = Message("console.filter", zh: "筛选", en: "Filter")
        public static let clearFilters = Message("console.clear-filters", zh: "清除筛选", en: "Clear filters")
        public static let onlyRule = Message("console.only-rule", zh: "仅规则", en: "Only rule")
        public static let onlyParty = Message("console.only-party", zh: "仅主体", en: "Only party")
        public static let downloadReport = Message(
            "console.download-report", zh: "下载本期监管月报（HTML）", en: "Download the period report (HTML)")
        public static let noFindings = Message("console.no-findings", zh: "没有符合条件的问题。", en: "No findings match.")
        public static let moreFindings = Message(
            "console.more-findings", zh: "更多问题未显示，请缩小筛选范围", en: "more findings not shown; narrow the filters")
        public static let previousMonth = Message("console.previous-month", zh: "上一月", en: "Previous month")
        public static let nextMonth = Message("console.next-month", zh: "下一月", en: "Next month")
        public static let kind = Message("console.kind", zh: "类型", en: "Kind")
        public static let issuer = Message("console.issuer", zh: "签发方", en: "Issuer")
        public static let sequence = Message("console.sequence", zh: "序号", en: "Sequence")
        public static let ingested = Message("console.ingested", zh: "入库时间", en: "Ingested")
        public static let body = Message("console.body", zh: "记录内容", en: "Body")
        public static let signedJSON = Message("console.signed-json", zh: "签名记录（JSON）", en: "Signed record (JSON)")

        /// Shown for a finding whose party is not registered (e.g. a finding about the whole store).
        public static let noParty = Message("console.no-party", zh: "（未归属）", en: "(none)")

        /// `count` findings in all.
        public static func findingsCount(_ count: Int) -> Message {
            Message("console.findings-count", zh: "共 \(count) 项", en: "\(count) in all")
        }

        /// The number of flags of a trace.
        public static func flags(_ count: Int) -> Message {
            Message("console.flags", zh: "\(count) 个问题", en: "\(count) flag\(count == 1 ? "" : "s")")
        }

        /// Parties matched beyond what is listed.
        public static func morePartiesThan(_ count: Int, shown: Int) -> Message {
            Message("console.more-parties", zh: "共 \(count) 个，仅列出 \(shown) 个", en: "\(count) match, \(shown) listed")
        }

        /// The period named on the findings page is not a month.
        public static func badPeriod(_ text: String) -> Message {
            Message(
                "console.bad-period", zh: "统计期间 \(text) 不是 年-月（如 2026-11）",
                en: "period \(text) is not YYYY-MM (e.g. 2026-11)")
        }

        /// No stored record with this id.
        public static func noRecord(_ id: String) -> Message {
            Message("console.no-record", zh: "库中没有记录 \(id)", en: "no record \(id) in the store")
        }

        /// No stored drill record with this id.
        public static func noDrill(_ id: String) -> Message {
            Message("console.no-drill", zh: "库中没有演练记录 \(id)", en: "no drill record \(id) in the store")
        }

        /// No batch, slip or meal with this code.
        public static func noCode(_ code: String) -> Message {
            Message(
                "console.no-code", zh: "库中没有追溯码为 \(code) 的批次、小票或餐次",
                en: "no batch, slip or meal with trace code \(code) here")
        }

        /// What a stored drill accounted for and how long its trace took.
        public static func drillFigures(percent: String, milliseconds: String) -> Message {
            Message(
                "console.drill-figures", zh: "已追溯 \(percent)%，用时 \(milliseconds) 毫秒",
                en: "\(percent)% accounted for in \(milliseconds) ms")
        }

        /// Where a recall stands, for the notice (`in-progress`, `complete`, `overdue`, `unaccounted`) or one
        /// holder (`open`, `done`, `overdue`), as the recall plugin names it.
        public static func recallState(_ raw: String) -> Message {
            let texts: [String: (String, String)] = [
                "in-progress": ("进行中", "in progress"), "complete": ("已完成", "complete"),
                "overdue": ("已逾期", "overdue"), "unaccounted": ("去向不明", "unaccounted for"),
                "open": ("未完成", "open"), "done": ("已完成", "done"),
            ]
            let (zh, en) = texts[raw] ?? (raw, raw)
            return Message("console.recall-state.\(raw)", zh: zh, en: en)
        }

        /// A token the hub does not accept, and why.
        public static func tokenRefused(_ reason: String) -> Message {
            Message("console.token-refused", zh: "令牌无效：\(reason)", en: "token refused: \(reason)")
        }

        /// A token that may not open the console.
        public static func lacksScope(_ subject: String) -> Message {
            Message(
                "console.lacks-scope", zh: "\(subject) 的令牌没有 read:audit 权限",
                en: "the token of \(subject) lacks scope read:audit")
        }
    }
}
