// The message catalogue: what the command line itself says (options, files, the store). One constructor per
// message, with typed arguments; Chinese first, then English.

extension Message {
    /// `--lang` or `FOODTRACE_LANG` names no known language.
    public static func unknownLanguage(option: String, value: String) -> Message {
        Message(
            "cli.unknown-language", zh: "\(option) \(value)：不支持的语言（可用 zh、en 或 zh+en）",
            en: "\(option) \(value): unknown language (use zh, en or zh+en)")
    }

    /// A file could not be read.
    public static func cannotRead(path: String) -> Message {
        Message("cli.cannot-read", zh: "\(path)：无法读取该文件", en: "\(path): cannot read the file")
    }

    /// A file could not be written.
    public static func cannotWrite(path: String, reason: String? = nil) -> Message {
        Message(
            "cli.cannot-write", zh: "无法写入 \(path)" + (reason.map { "：\($0)" } ?? ""),
            en: "cannot write \(path)" + (reason.map { ": \($0)" } ?? ""))
    }

    /// No batch, slip or meal carries this trace code.
    public static func noTraceCode(_ code: String) -> Message {
        Message(
            "cli.no-trace-code", zh: "库中没有追溯码为 \(code) 的批次、小票或餐次",
            en: "no batch, slip or meal with trace code \(code) in the store")
    }

    /// No record has this id or prefix.
    public static func noRecord(_ id: String) -> Message {
        Message("cli.no-record", zh: "库中没有记录 \(id)", en: "no record \(id) in the store")
    }

    /// An option's value is not one of the allowed ones.
    public static func optionChoice(option: String, value: String, choices: [String]) -> Message {
        Message(
            "cli.option-choice", zh: "\(option) \(value)：请用 " + choices.joined(separator: "、"),
            en: "\(option) \(value): use " + Self.englishAlternatives(choices))
    }

    /// `--since` is not before `--until`.
    public static func windowReversed(since: String, until: String) -> Message {
        Message(
            "cli.window-reversed", zh: "--since \(since) 不早于 --until \(until)",
            en: "--since \(since) is not before --until \(until)")
    }

    /// An option needs a value that was left empty.
    public static func optionEmpty(option: String, needs zh: String, _ en: String) -> Message {
        Message("cli.option-empty", zh: "\(option) 需要\(zh)", en: "\(option) needs \(en)")
    }

    /// `FOODTRACE_NOW` is not a time.
    public static func badFixedClock(_ value: String) -> Message {
        Message(
            "cli.bad-clock", zh: "FOODTRACE_NOW=\(value) 不是带时区偏移的 RFC 3339 时间",
            en: "FOODTRACE_NOW=\(value) is not an RFC 3339 time with an offset")
    }

    /// A time option's value is not a time.
    public static func notATime(option: String, value: String) -> Message {
        Message(
            "cli.not-a-time", zh: "\(option) \(value)：不是时间（例如 2026-11-28 或 2026-11-28T06:30:00+08:00）",
            en: "\(option) \(value): not a time (use 2026-11-28 or 2026-11-28T06:30:00+08:00)")
    }

    /// A quantity option is not a positive exact decimal.
    public static func notPositiveDecimal(option: String, value: String) -> Message {
        Message(
            "cli.not-positive-decimal", zh: "\(option) \(value)：不是正的精确小数",
            en: "\(option) \(value): not a positive exact decimal")
    }

    /// An error from a lower layer, prefixed with the file or option it concerns. The detail is the layer's own
    /// text until that layer has catalogue messages of its own.
    public static func about(_ subject: String, _ detail: Message) -> Message {
        Message(detail.key, zh: "\(subject)：\(detail.zh)", en: "\(subject): \(detail.en)")
    }

    /// "a, b or c".
    static func englishAlternatives(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }
}

extension Message {
    /// `--period` is not a month.
    public static func badPeriod(_ value: String) -> Message {
        Message(
            "cli.bad-period", zh: "--period \(value)：不是月份（格式 YYYY-MM，例如 2026-11）",
            en: "--period \(value): not a month (use YYYY-MM, e.g. 2026-11)")
    }

    /// Both `--area` and `--market`.
    public static let areaOrMarket = Message(
        "cli.area-or-market", zh: "--area 与 --market 只能选一个", en: "give --area or --market, not both")

    /// No area or market matched.
    public static func unknownScope(option: String, value: String) -> Message {
        Message(
            "cli.unknown-scope", zh: "\(option) \(value)：库中没有对应的经营主体",
            en: "\(option) \(value): no party in the store matches")
    }

    /// `--market` names a party that is not a market.
    public static func notAMarket(_ id: String, role: String) -> Message {
        Message(
            "cli.not-a-market", zh: "--market \(id)：该主体是 \(role)，不是市场", en: "--market \(id): a \(role), not a market")
    }

    /// `--format pdf` without Chromium.
    public static let noChromium = Message(
        "cli.no-chromium", zh: "--format pdf 需要 Chromium（PATH 中没有 chromium）；请安装 chromium 或改用 --format html",
        en: "--format pdf needs Chromium (no chromium on PATH): install chromium or use --format html")

    /// Chromium failed to print.
    public static func pdfFailed(status: Int32) -> Message {
        Message(
            "cli.pdf-failed", zh: "Chromium 未能生成 PDF（退出码 \(status)），未写入文件",
            en: "Chromium did not print the PDF (exit \(status)); nothing was written")
    }

    /// The report was written.
    public static func reportWritten(path: String, findings: Int) -> Message {
        Message(
            "cli.report-written", zh: "已写入报告 \(path)（问题 \(findings) 项）",
            en: "wrote \(path) (\(findings) finding\(findings == 1 ? "" : "s"))")
    }
}

extension Message {
    /// `audit --out`: the summary printed once the report is written.
    public static func auditWritten(findings: Int, failed: Bool, failOn: String, path: String) -> Message {
        Message(
            "cli.audit-written",
            zh: "审计：\(findings) 项，以 --fail-on \(failOn) 计\(failed ? "未通过" : "通过")；报告见 \(path)",
            en:
                "audit: \(findings) finding(s), \(failed ? "FAILED" : "passed") at --fail-on \(failOn); report in \(path)"
        )
    }

    /// `log` stopped at `--limit` with older records left out.
    public static func logTruncated(limit: Int) -> Message {
        Message(
            "cli.log-truncated", zh: "只列出了最新的 \(limit) 条记录，还有更早的记录；用更大的 --limit 查看",
            en: "showing the newest \(limit) records; older ones were left out (raise --limit to see them)")
    }
}
