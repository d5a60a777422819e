// The message catalogue: the one-line summaries of `export epcis` and `export fsma204`.

extension Message {
    /// What an export wrote.
    public enum Export {
        /// `export epcis`: the events and the master data's register and revoke records.
        public static func epcis(events: Int, masterRecords: Int) -> Message {
            Message(
                "export.epcis", zh: "已导出 \(events) 个事件及 \(masterRecords) 条登记与撤销记录",
                en: "exported \(events) events and \(masterRecords) register/revoke records")
        }

        /// `export fsma204`: the spreadsheet's rows.
        public static func fsma204(rows: Int) -> Message {
            Message(
                "export.fsma204", zh: "已导出 \(rows) 个关键追踪事件",
                en: "exported \(rows) critical tracking events")
        }

        /// A summary of an export written to a file.
        public static func written(_ summary: Message, to path: String) -> Message {
            Message(summary.key, zh: "\(summary.zh)，写入 \(path)", en: "\(summary.en) to \(path)")
        }
    }
}
