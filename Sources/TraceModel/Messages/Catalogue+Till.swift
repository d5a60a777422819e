// The message catalogue: what the till says when it refuses to let a batch move (stop-sale) and when a disposal
// does not agree with the ledger or the recall notice it answers. Chinese first, then English; codes, notice
// numbers, record ids and analyte or document codes appear in both.

extension Message {
    /// What the till refused, then each reason on its own line.
    public static func stopSale(action: Message, batch: String, reasons: [Message]) -> Message {
        Message(
            "till.stop-sale",
            zh: "停止销售：批次 \(batch) 的\(action.zh)被拒绝，未签名任何记录：\n"
                + reasons.map { "  - \($0.zh)" }.joined(separator: "\n"),
            en: "stop-sale: \(action.en) of batch \(batch) refused, nothing signed:\n"
                + reasons.map { "  - \($0.en)" }.joined(separator: "\n"))
    }

    /// The movement the till checks: a sale, a shipment, a process (slaughter, cut…), a use in a meal.
    public static func tillAction(_ kind: String, process: String? = nil, meal: String? = nil) -> Message {
        switch kind {
        case "sell": return Message("till.action", zh: "销售", en: "sale")
        case "ship": return Message("till.action", zh: "发货", en: "shipment")
        case "use": return Message("till.action", zh: "用于餐次 \(meal ?? "")", en: "use in meal \(meal ?? "")")
        default: return Message("till.action", zh: "加工（\(process ?? kind)）", en: process ?? kind)
        }
    }

    /// A recall notice names the batch or a batch it was made from.
    public static func stopSaleRecalled(notice: String, record: String, batch: String, level: Int, reason: String)
        -> Message
    {
        Message(
            "till.recalled",
            zh: "召回通知 \(notice)（\(level)级，\(reason)，记录 \(record)）涉及批次 \(batch)",
            en: "under recall notice \(notice) (level \(level), \(reason), record \(record)) covering batch \(batch)")
    }

    /// An uncleared positive test for a banned substance.
    public static func stopSalePositiveTest(record: String, batch: String, analyte: String, chinese: String, at: String)
        -> Message
    {
        Message(
            "till.positive-test",
            zh: "批次 \(batch) 于 \(at) \(chinese)（\(analyte)）检测阳性（检测记录 \(record)），未经确证检测排除",
            en:
                "batch \(batch) tested positive for \(analyte) at \(at) (test \(record)), not cleared by a confirmatory test"
        )
    }

    /// The batch expired at or before the movement.
    public static func stopSaleExpired(batch: String, expires: String) -> Message {
        Message(
            "till.expired", zh: "批次 \(batch) 已于 \(expires) 过期", en: "batch \(batch) expired at \(expires)")
    }

    /// Meat at a stall received without the certificates sale requires.
    public static func stopSaleMissingTickets(batch: String, missing: [DocumentType]) -> Message {
        Message(
            "till.missing-tickets",
            zh: "批次 \(batch) 进货时未查验：" + missing.map { "\($0.chineseName)（\($0.rawValue)）" }.joined(separator: "、"),
            en: "batch \(batch) was received without: " + missing.map(\.rawValue).joined(separator: ", "))
    }
}

extension Message {
    /// A disposal refused before signing; `detail` says why.
    public static func disposalRefused(batch: String, _ detail: Message) -> Message {
        Message(
            detail.key, zh: "批次 \(batch) 的退回或销毁被拒绝，未签名任何记录：\(detail.zh)",
            en: "disposal of batch \(batch) refused, nothing signed: \(detail.en)")
    }

    /// The code is not a batch in the store.
    public static func disposalNoBatch(_ batch: String) -> Message {
        Message("till.dispose-no-batch", zh: "库中没有批次 \(batch)", en: "no batch \(batch) in the store")
    }

    /// Another party holds the batch.
    public static func disposalNotHolder(holder: String, issuer: String) -> Message {
        Message(
            "till.dispose-not-holder", zh: "该批次由 \(holder) 持有，不是 \(issuer)；只有持有者可以退回或销毁",
            en: "it is held by \(holder), not by \(issuer); only its holder may return or destroy it")
    }

    /// The quantity's unit does not convert exactly to the batch's.
    public static func disposalUnit(quantity: String, unit: String) -> Message {
        Message(
            "till.dispose-unit", zh: "\(quantity) 无法精确换算为该批次的单位 \(unit)",
            en: "\(quantity) cannot be expressed exactly in the batch's unit \(unit)")
    }

    /// More than the holder has on hand.
    public static func disposalMoreThanOnHand(quantity: String, onHand: String) -> Message {
        Message(
            "till.dispose-more-than-on-hand", zh: "\(quantity) 多于现有库存 \(onHand)",
            en: "\(quantity) is more than the \(onHand) on hand")
    }

    /// No recall notice has the number.
    public static func disposalNoNotice(_ notice: String) -> Message {
        Message(
            "till.dispose-no-notice", zh: "库中没有召回通知 \(notice)", en: "no recall notice \(notice) in the store")
    }

    /// The notice covers another batch and what was made from it.
    public static func disposalNotCovered(notice: String, recalled: String) -> Message {
        Message(
            "till.dispose-not-covered",
            zh: "召回通知 \(notice) 针对批次 \(recalled) 及其制成品，不涉及该批次",
            en: "recall notice \(notice) covers batch \(recalled) and what was made from it, not this batch")
    }

    /// The disposal is dated before the notice it answers.
    public static func disposalBeforeNotice(notice: String, issued: String) -> Message {
        Message(
            "till.dispose-before-notice", zh: "召回通知 \(notice) 于 \(issued) 发布，处置时间早于通知",
            en: "recall notice \(notice) was issued at \(issued), after the time of this disposal")
    }
}
