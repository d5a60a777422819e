// The message catalogue: what `demo`, `settings hub-url` and `slip print` report, and the usage errors the commands'
// own validation adds to the argument parser's (`slip --width`, `sign --batch-size`, `log proof`).

extension Message {
    /// `demo` built a city.
    public static func demoBuilt(
        scale: String, seed: UInt64, records: Int, parties: Int, defects: Int, path: String
    ) -> Message {
        Message(
            "cli.demo-built",
            zh: "演示城市（\(scale)，种子 \(seed)）：\(records) 条记录、\(parties) 个参与方、注入 \(defects) 处缺陷，存于 \(path)",
            en:
                "demo city (\(scale), seed \(seed)): \(records) records, \(parties) parties, \(defects) injected defects in \(path)"
        )
    }

    /// `settings hub-url URL`: what slips now carry.
    public static func hubURLSet(_ address: String) -> Message {
        Message(
            "cli.hub-url-set", zh: "已设置中心节点地址：此后小票的二维码为 \(address)",
            en: "hub URL set: slips now carry \(address) as their QR code")
    }

    /// `settings hub-url --unset`.
    public static let hubURLRemoved = Message("cli.hub-url-removed", zh: "已移除中心节点地址", en: "hub URL removed")

    /// `slip print` of a voided sale: the line above the slip (the reason is the record's).
    public static func slipVoided(at: String, reason: String, record: String) -> Message {
        Message(
            "cli.slip-voided", zh: "已作废：\(at)：\(reason)（记录 \(record)）",
            en: "VOIDED at \(at): \(reason) (record \(record))")
    }

    /// `slip --width` other than 58 or 80.
    public static let slipWidth = Message(
        "cli.slip-width", zh: "--width 必须是 58 或 80", en: "--width must be 58 or 80")

    /// `sign --batch-size` out of range.
    public static func batchSize(_ found: Int, maximum: Int) -> Message {
        Message(
            "cli.batch-size", zh: "--batch-size 必须在 1 到 \(maximum) 之间，实为 \(found)",
            en: "--batch-size must be from 1 to \(maximum), found \(found)")
    }

    /// `log proof` given a record id and a range, or neither.
    public static let proofOfWhat = Message(
        "cli.proof-of-what", zh: "请给出一个记录编号，或者 --from 与 --to（二者不可同时给出）",
        en: "give a record id, or --from and --to (not both)")

    /// `log proof --from` without `--to`, or the reverse.
    public static let fromWithTo = Message(
        "cli.from-with-to", zh: "--from 与 --to 须同时给出", en: "--from and --to go together")
}

extension Message {
    /// `show`'s labels, padded to eight columns in each language (a CJK character takes two).
    public static func recordLabel(_ name: String) -> Message {
        let labels = [
            "record": "记录    ", "kind": "类型    ", "issuer": "签发方  ", "prev": "prev    ", "at": "时间    ",
            "key": "密钥    ", "body": "正文",
        ]
        let english = name == "body" ? name : name + String(repeating: " ", count: max(0, 8 - name.count))
        return Message("cli.record-label.\(name)", zh: labels[name] ?? english, en: english)
    }

    /// `show` of a record in a hub's store: when the log took it in, flagged when a day or more from its `at`
    /// (`hoursAfter` is positive when the record was logged after its `at`).
    public static func recordLogged(_ time: String, hoursAfter: Int64) -> Message {
        var zh = "记入日志：\(time)（中心节点第一个包含它的树头）"
        var en = "logged: \(time) (the hub's first tree head that includes it)"
        if hoursAfter >= 24 {
            zh += "；已标记：记录日期比记入日志的时间早 \(hoursAfter) 小时"
            en += "; flagged: at is \(hoursAfter) hours before its logged time"
        }
        if hoursAfter <= -24 {
            zh += "；已标记：记录日期比记入日志的时间晚 \(-hoursAfter) 小时"
            en += "; flagged: at is \(-hoursAfter) hours after its logged time"
        }
        return Message("cli.record-logged", zh: zh, en: en)
    }
}
