// The message catalogue: `foodtrace recall status` in text — each notice's headline, state and deadlines, the table of
// holders and what was sold or used after the notice. Names, codes and quantities keep the records' text.

extension Message {
    /// `recall status`, text.
    public enum RecallStatus {
        /// The notice: number, level, issuer, time, batch and its reason (the issuer's words).
        public static func headline(
            notice: String, level: Int, issuer: String, at: String, batch: String, reason: String
        ) -> Message {
            Message(
                "recall-status.headline", zh: "召回 \(notice)（\(level) 级），由 \(issuer) 于 \(at) 发布：批次 \(batch) — \(reason)",
                en: "recall \(notice) level \(level) by \(issuer) at \(at): batch \(batch) — \(reason)")
        }

        /// A recall's or a holder's state (`in-progress`, `complete`, `overdue`, `unaccounted`; `open`, `done`).
        public static func state(_ raw: String) -> Message {
            let names = [
                "in-progress": "进行中", "complete": "已完成", "overdue": "逾期", "unaccounted": "有去向不明", "open": "未完成",
                "done": "已完成",
            ]
            return Message("recall-status.state.\(raw)", zh: names[raw] ?? raw, en: raw)
        }

        /// The recall's state and scope.
        public static func stateLine(_ state: String, scope: Int) -> Message {
            Message(
                "recall-status.state-line", zh: "  状态：\(Self.state(state).zh)；范围内有 \(scope) 个批次、小票和餐次",
                en: "  state: \(state.uppercased()); \(scope) batches, slips and meals in scope")
        }

        /// A deadline and whether it was met (`nil`: not yet known), with when it was.
        public static func deadline(start: Bool, by deadline: String, met: Bool?, at: String?) -> Message {
            let zhMet = met.map { $0 ? "按时" : "逾期" } ?? "未定"
            let enMet = met.map { $0 ? "met" : "MISSED" } ?? "pending"
            return Message(
                "recall-status.deadline",
                zh: "  须于 \(deadline) 前\(start ? "启动" : "完成")：\(zhMet)"
                    + (at.map { "（\($0) \(start ? "启动" : "完成")）" } ?? ""),
                en: "  \(start ? "start" : "finish") by \(deadline): \(enMet)"
                    + (at.map { " (\(start ? "started" : "finished") \($0))" } ?? ""))
        }

        /// The holders table's column names, in order.
        public static let columns: [Message] = [
            ("holder", "持有方"), ("unit", "单位"), ("distributed", "已分发"), ("shipped on", "已转运"), ("sold before", "通知前售出"),
            ("sold after", "通知后售出"), ("recovered", "已收回"), ("outstanding", "未收回"), ("unaccounted", "去向不明"),
            ("state", "状态"),
        ].map { Message("recall-status.column.\($0.0)", zh: $0.1, en: $0.0) }

        /// A slip or meal made from the recalled stock after the notice.
        public static func afterNotice(
            party: String, type: String, code: String, quantity: String, unit: String, batch: String, at: String,
            record: String
        ) -> Message {
            Message(
                "recall-status.after-notice",
                zh:
                    "  通知后：\(party) \(Trace.nodeType(type).zh) \(code) \(quantity) \(Trace.unit(unit).zh)（批次 \(batch)），\(at)（\(record)）",
                en: "  AFTER NOTICE: \(party) \(type) \(code) \(quantity) \(unit) of \(batch) at \(at) (\(record))")
        }
    }
}
