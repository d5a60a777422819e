// The message catalogue: the labels of a trace drawn as a picture (`trace … --format dot|mermaid`).

extension Message {
    /// Labels of the boxes and arrows of a trace picture.
    public enum TracePicture {
        /// The slips or meals of one batch drawn as one box: `68 张小票，81.6 千克` / `68 slips, 81.6 kg`.
        public static func group(slips: Bool, count: Int, amounts: [Message]) -> Message {
            let zhNoun = slips ? "张小票" : "个餐次"
            let enNoun = slips ? (count == 1 ? "slip" : "slips") : (count == 1 ? "meal" : "meals")
            return Message(
                "picture.group", zh: "\(count) \(zhNoun)，" + amounts.map(\.zh).joined(separator: " + "),
                en: "\(count) \(enNoun), " + amounts.map(\.en).joined(separator: " + "))
        }

        /// An arrow: the step and what moved along it, with the number of lines when several add up
        /// (`使用 50 千克（3 行）` / `use 50 kg (3 lines)`); only the step when it leads into a group.
        public static func arrow(step: Message, amounts: [Message], lines: Int) -> Message {
            guard !amounts.isEmpty else { return step }
            let zhLines = lines > 1 ? "（\(lines) 行）" : ""
            let enLines = lines > 1 ? " (\(lines) lines)" : ""
            return Message(
                "picture.arrow", zh: "\(step.zh) " + amounts.map(\.zh).joined(separator: " + ") + zhLines,
                en: "\(step.en) " + amounts.map(\.en).joined(separator: " + ") + enLines)
        }

        /// A hop kept as a partner's attested event, not signed by the party.
        public static func attested(by: String) -> Message {
            Message("picture.attested", zh: "由 \(by) 证明，非该方签名", en: "attested by \(by), not signed")
        }

        /// The flags of a box: `⚠ 检测阳性、已召回` / `⚠ positive-test, recalled`.
        public static func flags(_ kinds: [Message]) -> Message {
            Message(
                "picture.flags", zh: "⚠ " + kinds.map(\.zh).joined(separator: "、"),
                en: "⚠ " + kinds.map(\.en).joined(separator: ", "))
        }
    }
}
