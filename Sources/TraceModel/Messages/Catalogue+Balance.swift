// The message catalogue: `foodtrace balance` in text — each batch's ledger, the breaks, the summary.

extension Message {
    /// Mass balance in text.
    public enum Balance {
        /// One batch's ledger: made or received, each way out, on hand (`"0"` terms for voids, shrinkage and surplus
        /// are left out). Amounts are in the batch's unit.
        public static func line(
            batch: String, product: String?, unit: String, created: String, transformed: String, shipped: String,
            sold: String, voided: String, used: String, returned: String, destroyed: String, shrinkage: String,
            surplus: String, onHand: String
        ) -> Message {
            let unitName = Message.Trace.unit(unit)
            let head = "\(batch) \(product ?? "")"
            let zh =
                "\(head) 产出/收货 \(created) − 加工 \(transformed) − 发货 \(shipped) − 销售 \(sold)"
                + (voided == "0" ? "" : " + 作废 \(voided)") + " − 使用 \(used) − 退回 \(returned) − 销毁 \(destroyed)"
                + (shrinkage == "0" ? "" : " − 盘亏 \(shrinkage)") + (surplus == "0" ? "" : " + 盘盈 \(surplus)")
                + " = 结存 \(onHand) \(unitName.zh)"
            let en =
                "\(head) created \(created) − transformed \(transformed) − shipped \(shipped) − sold \(sold)"
                + (voided == "0" ? "" : " + voided \(voided)") + " − used \(used) − returned \(returned) − destroyed "
                + destroyed + (shrinkage == "0" ? "" : " − shrinkage \(shrinkage)")
                + (surplus == "0" ? "" : " + surplus \(surplus)") + " = on hand \(onHand) \(unitName.en)"
            return Message("balance.line", zh: zh, en: en)
        }

        /// A break of the balance, with the rule that found it.
        public static func violation(rule: String, batch: String, _ text: Message) -> Message {
            Message(
                "balance.violation", zh: "违规 \(rule) \(batch)：\(text.zh)", en: "VIOLATION \(rule) \(batch): \(text.en)")
        }

        /// The records a break rests on.
        public static func evidence(_ ids: [String]) -> Message {
            Message(
                "balance.evidence", zh: "  证据：" + ids.joined(separator: "、"),
                en: "  evidence: " + ids.joined(separator: ", "))
        }

        /// The last line: the batches checked and whether the balance closes (`violations` nil).
        public static func summary(batches: Int, violations: Int?) -> Message {
            guard let violations else {
                return Message(
                    "balance.closes", zh: "\(batches) 个批次：物料平衡", en: "\(batches) batches: mass balance closes")
            }
            return Message(
                "balance.breaks", zh: "\(batches) 个批次：\(violations) 处违规",
                en: "\(batches) batches: \(violations) violation(s)")
        }
    }
}
