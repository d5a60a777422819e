// The message catalogue: the words of `foodtrace report` (the period report's headings, columns and notes).

extension Message {
    /// Headings, columns and fixed phrases of the period report.
    public enum Report {
        public static let title = Message("report.title", zh: "食品安全追溯监管月报", en: "Food traceability supervision report")
        public static let period = Message("report.period", zh: "统计期间", en: "Period")
        public static let scope = Message("report.scope", zh: "范围", en: "Scope")
        public static let wholeStore = Message("report.scope.all", zh: "全部经营主体", en: "every party in the store")
        public static let generated = Message("report.generated", zh: "生成时间", en: "Generated")
        public static let contents = Message("report.contents", zh: "目录", en: "Contents")
        public static let summary = Message("report.summary", zh: "概况", en: "Summary")
        public static let bySeverity = Message("report.by-severity", zh: "问题按严重程度", en: "Findings by severity")
        public static let byRule = Message("report.by-rule", zh: "问题按规则", en: "Findings by rule")
        public static let byParty = Message("report.by-party", zh: "问题按经营主体", en: "Findings by party")
        public static let canteens = Message(
            "report.canteens", zh: "学校食堂主要食材来源可追溯率", en: "School canteens: ingredient traceability rate")
        public static let recalls = Message("report.recalls", zh: "本期召回", en: "Recalls of the period")
        public static let drills = Message("report.drills", zh: "本期召回演练", en: "Recall drills of the period")
        public static let marketSupervision = Message(
            "report.market-supervision", zh: "市场监管数据", en: "Market supervision figures")
        public static let marketSupervisionNone = Message(
            "report.market-supervision.none", zh: "本报告未包含市场监管插件的数据；该插件安装后，其数据显示在此节。",
            en: "No figures from the market-supervision plugin are included; once it is installed they appear here.")
        public static let findings = Message("report.findings", zh: "问题清单", en: "Findings")
        public static let evidence = Message("report.evidence", zh: "附录：证据记录", en: "Appendix: evidence records")
        public static let none = Message("report.none", zh: "本期无", en: "None in this period")
        public static let severity = Message("report.col.severity", zh: "严重程度", en: "Severity")
        public static let rule = Message("report.col.rule", zh: "规则", en: "Rule")
        public static let party = Message("report.col.party", zh: "经营主体", en: "Party")
        public static let subject = Message("report.col.subject", zh: "对象", en: "Subject")
        public static let finding = Message("report.col.finding", zh: "问题", en: "Finding")
        public static let count = Message("report.col.count", zh: "数量", en: "Count")
        public static let canteen = Message("report.col.canteen", zh: "食堂", en: "Canteen")
        public static let rate = Message("report.col.rate", zh: "可追溯率", en: "Rate")
        public static let uses = Message("report.col.uses", zh: "可追溯/食材使用次数", en: "Traced / ingredient uses")
        public static let target = Message("report.col.target", zh: "目标", en: "Target")
        public static let met = Message("report.met", zh: "达标", en: "met")
        public static let notMet = Message("report.not-met", zh: "未达标", en: "not met")
        public static let notice = Message("report.col.notice", zh: "召回通知", en: "Notice")
        public static let level = Message("report.col.level", zh: "级别", en: "Level")
        public static let batch = Message("report.col.batch", zh: "批次", en: "Batch")
        public static let reason = Message("report.col.reason", zh: "原因", en: "Reason")
        public static let issued = Message("report.col.issued", zh: "发布时间", en: "Issued")
        public static let state = Message("report.col.state", zh: "状态", en: "State")
        public static let time = Message("report.col.time", zh: "时间", en: "Time")
        public static let lot = Message("report.col.lot", zh: "批次", en: "Lot")
        public static let result = Message("report.col.result", zh: "结果", en: "Result")
        public static let detail = Message("report.col.detail", zh: "追溯情况", en: "Accounted for, time")
        public static let passed = Message("report.passed", zh: "通过", en: "pass")
        public static let failed = Message("report.failed", zh: "未通过", en: "fail")
        public static let record = Message("report.col.record", zh: "记录", en: "Record")
        public static let kind = Message("report.col.kind", zh: "类型", en: "Kind")
        public static let issuer = Message("report.col.issuer", zh: "签发方", en: "Issuer")
        public static let about = Message("report.col.about", zh: "涉及", en: "About")
        public static let citedBy = Message("report.col.cited-by", zh: "引用的问题", en: "Cited by")
        public static let noParty = Message("report.no-party", zh: "（未归属）", en: "(none)")
        public static let infoNote = Message(
            "report.info-note", zh: "提示级条目（如可追溯率数值）不计为问题，见各专节。",
            en: "Info items (figures such as traceability rates) are not counted as findings; see their sections.")

        /// `N findings` in the summary.
        public static func findingCount(_ count: Int) -> Message {
            Message("report.finding-count", zh: "问题 \(count) 项", en: "\(count) finding\(count == 1 ? "" : "s")")
        }

        /// The summary line of canteens meeting the target.
        public static func canteensMet(_ met: Int, of total: Int) -> Message {
            Message(
                "report.canteens-met", zh: "\(total) 所学校食堂中 \(met) 所达到目标",
                en: "\(met) of \(total) school canteens meet the target")
        }

        /// Recalls and drills in the summary.
        public static func recallsAndDrills(recalls: Int, drills: Int, failedDrills: Int) -> Message {
            Message(
                "report.recalls-drills", zh: "召回 \(recalls) 起，演练 \(drills) 次（未通过 \(failedDrills) 次）",
                en:
                    "\(recalls) recall\(recalls == 1 ? "" : "s"), \(drills) drill\(drills == 1 ? "" : "s") (\(failedDrills) failed)"
            )
        }

        /// An area scope.
        public static func area(_ code: String, name: String?) -> Message {
            Message(
                "report.scope.area", zh: "地区 \(code)" + (name.map { " \($0)" } ?? ""),
                en: "area \(code)" + (name.map { " \($0)" } ?? ""))
        }

        /// A market scope (the market and its stalls).
        public static func market(_ id: String, name: String) -> Message {
            Message("report.scope.market", zh: "\(name)（\(id)）及其摊位", en: "\(name) (\(id)) and its stalls")
        }

        /// `… and N more` after the first evidence links.
        public static func more(_ count: Int) -> Message {
            Message("report.more", zh: "另 \(count) 条", en: "\(count) more")
        }
    }

    /// A record kind's name.
    public static func kindName(_ kind: String) -> Message {
        let names: [String: String] = [
            "register": "登记", "revoke": "撤销", "certify": "证照", "produce": "生产", "transform": "加工",
            "ship": "发货", "receive": "收货", "test": "检测", "sell": "销售", "use": "使用", "recall": "召回",
            "dispose": "处置", "attest": "证明", "count": "盘点", "void": "作废",
        ]
        return Message("kind.\(kind)", zh: names[kind] ?? kind, en: kind)
    }

    /// A severity's name: 提示, 警告, 违规, 严重 / info, warning, violation, critical.
    public static func severityName(_ raw: String) -> Message {
        let names = ["info": "提示", "warning": "警告", "violation": "违规", "critical": "严重"]
        return Message("severity.\(raw)", zh: names[raw] ?? raw, en: raw)
    }
}
