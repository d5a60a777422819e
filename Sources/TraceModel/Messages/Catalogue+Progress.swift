// The message catalogue: the progress line long commands show on a terminal.

/// What a progress line counts.
public enum ProgressUnit: Sendable {
    case records
    case bytes
    case days
    case plugins
    case events

    /// The unit's words: Chinese, English.
    private var words: (zh: String, en: String) {
        switch self {
        case .records: return ("条记录", "records")
        case .bytes: return ("MB", "MB")
        case .days: return ("天", "days")
        case .plugins: return ("个插件", "plugins")
        case .events: return ("个事件", "events")
        }
    }

    private func number(_ count: Int) -> String {
        self == .bytes ? Message.megabytes(count) : Message.grouped(count)
    }

    /// `done` (of `total`) with the unit: `1,200/5,000 records`, `12.3/45.6 MB`.
    func amount(_ done: Int, of total: Int?) -> (zh: String, en: String) {
        let text = number(done) + (total.map { "/" + number($0) } ?? "")
        return (text + " " + words.zh, text + " " + words.en)
    }

    func rate(_ perSecond: Double) -> (zh: String, en: String) {
        switch self {
        case .bytes:
            let text = Message.megabytes(Int(perSecond)) + " MB"
            return (text + "/秒", text + "/s")
        case .records: return ("\(Message.grouped(Int(perSecond))) 条/秒", "\(Message.grouped(Int(perSecond)))/s")
        case .events: return ("\(Message.grouped(Int(perSecond))) 个/秒", "\(Message.grouped(Int(perSecond)))/s")
        case .days, .plugins:
            let text = perSecond >= 10 ? "\(Int(perSecond))" : String(Double(Int(perSecond * 10)) / 10)
            return ("\(text)/秒", "\(text)/s")
        }
    }
}

extension Message {
    /// The progress line: task, percentage and amounts (when the total is known), rate, time left.
    ///
    /// - Parameters:
    ///   - task: what runs (e.g. ``ingestTask``).
    ///   - elapsed: seconds since the work started.
    public static func progress(task: Message, done: Int, total: Int?, unit: ProgressUnit, elapsed: Double) -> Message {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let known = total.flatMap { $0 > 0 ? $0 : nil }
        let amount = unit.amount(done, of: known)
        var zh = task.zh
        var en = task.en
        if let known {
            let percent = "\(min(100, done * 100 / known))%"
            zh += " " + percent
            en += " " + percent
        }
        zh += " " + amount.zh
        en += " " + amount.en
        // Once all is counted the rest (a commit, an index) is not measured in the unit: no rate then.
        if rate > 0 && (known.map { done < $0 } ?? true) {
            let rateText = unit.rate(rate)
            zh += " · " + rateText.zh
            en += " · " + rateText.en
            if let known {
                let left = duration(Double(known - done) / rate)
                zh += " · 剩余 " + left
                en += " · " + left + " left"
            }
        }
        return Message("progress.line", zh: zh, en: en)
    }

    /// `ingest` as a task.
    public static let ingestTask = Message("progress.ingest", zh: "导入", en: "ingest")
    /// `verify` as a task.
    public static let verifyTask = Message("progress.verify", zh: "校验", en: "verify")
    /// `export` as a task.
    public static let exportTask = Message("progress.export", zh: "导出", en: "export")
    /// `audit` as a task.
    public static let auditTask = Message("progress.audit", zh: "审计", en: "audit")
    /// `import epcis` as a task.
    public static let importTask = Message("progress.import", zh: "导入 EPCIS", en: "import epcis")

    /// `demo` of a scale as a task.
    public static func demoTask(scale: String) -> Message {
        Message("progress.demo", zh: "生成演示城市（\(scale)）", en: "demo \(scale)")
    }

    /// `1,234,567`: digits in groups of three.
    static func grouped(_ count: Int) -> String {
        let digits = String(abs(count))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (count < 0 ? "-" : "") + out
    }

    /// Bytes as megabytes with one decimal (`12.3`).
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Seconds as `m:ss`, or `h:mm:ss` from an hour on.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total % 3600 / 60, total % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }
}
