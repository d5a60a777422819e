// The message catalogue: recall drills (`recall drill`, its text and HTML reports): gaps, failures, storage notes and
// the report's words.

extension Message {
    /// Words of a recall drill's report.
    public enum Drill {
        /// A shipment of a batch, as gaps name it.
        public static func route(shipment: String, code: String, sender: String, receiver: String) -> Message {
            Message(
                "drill.route", zh: "\(sender) 发往 \(receiver) 的货运 \(shipment)（批次 \(code)）",
                en: "shipment \(shipment) of \(code) from \(sender) to \(receiver)")
        }

        public static func countShortfall(code: String, holder: String, amount: String, unit: QuantityUnit) -> Message {
            let unit = Message.unitName(unit)
            return Message(
                "drill.gap.count-shortfall", zh: "\(holder) 盘点批次 \(code) 比账面少 \(amount) \(unit.zh)：去向不明",
                en:
                    "stock count of \(code) at \(holder) found \(amount) \(unit.en) less than the ledger: missing, not accounted for"
            )
        }

        public static func inTransit(_ route: Message, amount: String, unit: QuantityUnit) -> Message {
            let unit = Message.unitName(unit)
            return Message(
                "drill.gap.in-transit", zh: "\(route.zh)（\(amount) \(unit.zh)）没有收货记录：无法再向下一步",
                en: "\(route.en) (\(amount) \(unit.en)) has no receipt: no step forward")
        }

        public static func refused(_ route: Message) -> Message {
            Message(
                "drill.gap.refused-receipt", zh: "\(route.zh) 收货时被拒收，且没有退回发货方的记录",
                en: "\(route.en) was refused at receipt and no return to the sender is recorded")
        }

        public static func short(_ route: Message, shipped: String, received: String, unit: QuantityUnit) -> Message {
            let unit = Message.unitName(unit)
            return Message(
                "drill.gap.short-receipt", zh: "\(route.zh)：发出 \(shipped)，收到 \(received) \(unit.zh)",
                en: "\(route.en): shipped \(shipped), received \(received) \(unit.en)")
        }

        public static func over(_ route: Message, received: String, shipped: String, unit: QuantityUnit) -> Message {
            let unit = Message.unitName(unit)
            return Message(
                "drill.gap.over-receipt", zh: "\(route.zh)：收到 \(received)，多于发出的 \(shipped) \(unit.zh)",
                en: "\(route.en): received \(received), more than the \(shipped) \(unit.en) shipped")
        }

        public static func missingNode(parent: String, kind: RecordKind, record: String, child: String) -> Message {
            Message(
                "drill.gap.missing-node", zh: "\(parent)：\(Message.Trace.step(kind).zh)记录 \(record) 所指的 \(child) 不在库中",
                en: "\(parent): \(kind.rawValue) record \(record) names \(child), which is not in the store")
        }

        public static func missingInput(code: String, parent: String) -> Message {
            Message(
                "drill.gap.missing-input", zh: "\(code)：原料 \(parent) 不在库中",
                en: "\(code): input \(parent) is not in the store")
        }

        public static func noStepBack(code: String, kind: RecordKind, record: String) -> Message {
            Message(
                "drill.gap.missing-step-back",
                zh: "\(code)：由\(Message.Trace.step(kind).zh)记录 \(record) 产生，库中没有其原料（无法再向上一步）",
                en: "\(code): made by \(kind.rawValue) record \(record) with no input in the store (no step back)")
        }

        public static func originNotFarm(code: String, party: String) -> Message {
            Message(
                "drill.gap.origin-not-farm", zh: "\(code)：源头由 \(party) 生产，该方不是登记的养殖/种植场",
                en: "\(code): origin produced by \(party), which is not a registered farm")
        }

        public static func unverified(code: String, record: String, party: String) -> Message {
            Message(
                "drill.gap.unverified-record", zh: "\(code)：\(party) 的记录 \(record) 验证不通过（密钥已吊销或一号多签）",
                en: "\(code): record \(record) by \(party) does not verify (revoked key or equivocation)")
        }

        public static func afterRecall(
            holder: String, sold: Bool, quantity: Quantity, code: String, outlet: String, at: String, notice: String,
            batch: String, noticeAt: String
        ) -> Message {
            let amount = Message.amount(quantity.value, quantity.unit)
            return Message(
                sold ? "drill.gap.sold-after-recall" : "drill.gap.used-after-recall",
                zh:
                    "\(holder) 于 \(at) 将批次 \(code) 的 \(amount.zh)\(sold ? "销售，小票" : "用于餐次") \(outlet)，此前 \(noticeAt) 已发布针对 \(batch) 的召回通知 \(notice)",
                en:
                    "\(holder) \(sold ? "sold" : "used in meal") \(amount.en) of \(code) as \(outlet) at \(at), after recall notice \(notice) on \(batch) at \(noticeAt)"
            )
        }

        /// Why a drill failed: not all of the lot accounted for.
        public static func notAccounted(percent: String, produced: String, unit: String) -> Message {
            let unit = Message.Trace.unit(unit)
            return Message(
                "drill.fail.accounted", zh: "\(produced) \(unit.zh) 中只查明 \(percent)%（目标 100%）",
                en: "accounted for \(percent)% of \(produced) \(unit.en) (target 100%)")
        }

        /// Why a drill failed: gaps.
        public static func gapsFound(_ count: Int) -> Message {
            Message(
                "drill.fail.gaps", zh: "追溯或核对中有 \(count) 处缺口",
                en: "\(count) gap\(count == 1 ? "" : "s") in the trace or the reconciliation")
        }

        /// Why a drill failed: too slow.
        public static func tooSlow(milliseconds: Int64, target: Int64) -> Message {
            Message(
                "drill.fail.slow", zh: "追溯用时 \(milliseconds) 毫秒，超过目标 \(target) 毫秒",
                en: "the trace took \(milliseconds) ms, over the target of \(target) ms")
        }

        /// The drill was not stored.
        public static let notStored = Message(
            "drill.not-stored", zh: "未存档：加 --key KEY.pem 将演练存为签名记录",
            en: "not stored: run with --key KEY.pem to store the drill as a signed record")

        /// The drill was stored.
        public static func stored(by party: String) -> Message {
            Message(
                "drill.stored", zh: "已由 \(party) 存为签名的检测记录（检测项目 mock-recall）",
                en: "stored as a signed test record (analyte mock-recall) by \(party)")
        }
    }
}

extension Message.Drill {
    /// A gap's kind by its raw name (`in-transit` …).
    public static func gapKind(_ raw: String) -> Message {
        let zh =
            [
                "in-transit": "在途未收", "refused-receipt": "拒收未退", "short-receipt": "收货短少", "over-receipt": "收货超出",
                "negative-on-hand": "库存为负", "yield-out-of-bounds": "得率超出范围", "sold-after-recall": "召回后销售",
                "used-after-recall": "召回后使用", "unverified-record": "记录未验证", "missing-step-back": "缺少上一环节",
                "origin-not-farm": "源头非养殖场", "missing-node": "节点缺失", "count-shortfall": "盘点短少",
            ][raw] ?? raw
        return Message("drill.gap.\(raw)", zh: zh, en: raw)
    }
}

extension Message.Drill {
    public static let batchOrRandom = Message(
        "drill.batch-or-random", zh: "请给出 --batch CODE 或 --random 之一", en: "give either --batch CODE or --random")
    public static let seedNeedsRandom = Message(
        "drill.seed-needs-random", zh: "--seed 需与 --random 一起使用", en: "--seed goes with --random")

    public static func badTarget(_ value: String) -> Message {
        Message(
            "drill.bad-target", zh: "--target \(value)：不是时长（例如 4h、30m、90s 或 1500ms）",
            en: "--target \(value): not a duration (use e.g. 4h, 30m, 90s or 1500ms)")
    }

    public static let sameOutTwice = Message(
        "drill.same-out", zh: "--out 两次指定了同一个文件", en: "--out names the same file twice")

    public static func outExtension(_ path: String) -> Message {
        Message(
            "drill.out-extension", zh: "--out \(path)：文件名请以 .json、.html 或 .txt 结尾",
            en: "--out \(path): name the file .json, .html or .txt")
    }

    /// The scenario's prefix for a lot picked at random.
    public static func randomPick(seed: UInt64) -> Message {
        Message("drill.random-pick", zh: "随机抽取（种子 \(seed)）：", en: "random pick (seed \(seed)): ")
    }

    public static func written(_ path: String) -> Message {
        Message("drill.written", zh: "报告已写入 \(path)", en: "report written to \(path)")
    }

    public static func storedRecord(_ record: String) -> Message {
        Message("drill.stored-record", zh: "已存档：记录 \(record)", en: "stored: record \(record)")
    }

    /// One line of `recall drills`.
    public static func listed(at: String, party: String, lot: String, passed: Bool, value: String, record: String)
        -> Message
    {
        Message(
            "drill.listed", zh: "\(at)  \(party)  \(lot)  \(passed ? "通过" : "未通过")  \(value)  \(record)",
            en: "\(at)  \(party)  \(lot)  \(passed ? "PASS" : "FAIL")  \(value)  \(record)")
    }

    public static func storedCount(_ count: Int) -> Message {
        Message(
            "drill.stored-count", zh: "共 \(count) 次已存档的演练",
            en: "\(count) stored drill\(count == 1 ? "" : "s")")
    }
}
