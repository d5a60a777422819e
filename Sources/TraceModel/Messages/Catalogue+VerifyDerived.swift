// The message catalogue: `foodtrace verify`'s `derived` findings — rows of the store (parties, keys, licences, the
// graph's nodes and edges) that the signed records do not make as stored.

extension Message.Verify {
    /// A stored party that no register record registers.
    public static func partyUnregistered(_ party: String) -> Message {
        Message(
            "verify.party-unregistered", zh: "库中有参与方 \(party)，但本库没有登记它的登记记录",
            en: "party \(party) is in the store, but no register record of this store registers it")
    }

    /// A stored party whose role or record differs from its register record.
    public static func partyOtherwise(_ party: String, role: String) -> Message {
        Message(
            "verify.party-otherwise", zh: "参与方 \(party) 在库中存为\(Role(rawValue: role)?.chineseName ?? role)，与其登记记录不符",
            en: "party \(party) is stored as \(role), not as its register record says")
    }

    /// A stored key that no register record binds.
    public static func keyUnbound(_ key: String, party: String) -> Message {
        Message(
            "verify.key-unbound", zh: "库中有 \(party) 的密钥 \(key)，但没有登记记录绑定它",
            en: "key \(key) of \(party) is in the store, but no register record binds it")
    }

    /// A stored key that differs from its binding.
    public static func keyOtherwise(_ key: String) -> Message {
        Message(
            "verify.key-otherwise", zh: "密钥 \(key) 在库中的存法与其登记记录的绑定不符",
            en: "key \(key) is stored otherwise than its register record binds it")
    }

    /// A stored key whose revocation differs from the revoke records.
    public static func revocationDiffers(_ key: String) -> Message {
        Message(
            "verify.revocation-differs", zh: "库中密钥 \(key) 的吊销与撤销记录所说不符",
            en: "key \(key)'s revocation in the store differs from what the revoke records say")
    }

    /// A stored licence that no register record grants (`licence` is party, type, number and record).
    public static func licenceUngranted(_ licence: String) -> Message {
        Message(
            "verify.licence-ungranted", zh: "库中有证照 \(licence)，但没有登记记录授予它",
            en: "licence \(licence) is in the store, but no register record grants it")
    }

    /// A graph row's name: a node by its code, an edge by its ends and kind.
    public static func node(_ code: String) -> Message {
        Message("verify.row.node", zh: "节点 \(code)", en: "node \(code)")
    }

    /// An edge of the graph.
    public static func edge(parent: String, child: String, kind: String) -> Message {
        Message(
            "verify.row.edge", zh: "边 \(parent) → \(child)（\(Message.kindName(kind).zh)）",
            en: "edge \(parent) → \(child) (\(kind))")
    }

    /// A stored edge other than a sale's that takes stock out of its batch.
    public static func edgeTakesStock(_ edge: Message, taken: String) -> Message {
        Message(
            "verify.edge-takes-stock", zh: "\(edge.zh) 在库中存为从其批次取出 \(taken)；只有销售的边会取出库存",
            en: "\(edge.en) is stored as taking \(taken) out of its batch; only a sale's edge takes stock out")
    }

    /// A row stored otherwise than its record makes it, with the columns that differ.
    public static func rowOtherwise(_ row: Message, record: String, _ differences: Message) -> Message {
        Message(
            "verify.row-otherwise", zh: "\(row.zh) 在库中的存法与记录 \(record) 所生成的不符：\(differences.zh)",
            en: "\(row.en) is stored otherwise than record \(record) makes it: \(differences.en)")
    }

    /// One column that differs: the stored value, and the record's.
    public static func column(_ name: String, stored: Message, expected: Message) -> Message {
        Message(
            "verify.column", zh: "`\(name)` 为 \(stored.zh)，记录所说为 \(expected.zh)",
            en: "\(name) \(stored.en), the record says \(expected.en)")
    }

    /// The columns that differ, in order.
    public static func columns(_ columns: [Message]) -> Message {
        guard !columns.isEmpty else { return Message("verify.rows-differ", zh: "两行不同", en: "the rows differ") }
        return Message(
            "verify.columns", zh: columns.map(\.zh).joined(separator: "；"),
            en: columns.map(\.en).joined(separator: "; "))
    }

    /// A column's empty value.
    public static let noValue = Message("verify.no-value", zh: "无", en: "none")

    /// A row a record makes that the store lacks.
    public static func rowMissing(_ row: Message, record: String) -> Message {
        Message(
            "verify.row-missing", zh: "记录 \(record) 生成\(row.zh)，而库中没有",
            en: "record \(record) makes \(row.en), which the store lacks")
    }

    /// A stored row no record makes.
    public static func rowUnsupported(_ row: Message, record: String) -> Message {
        Message(
            "verify.row-unsupported", zh: "库中有\(row.zh)（标明来自记录 \(record)），但没有记录生成它",
            en: "\(row.en) is in the store (naming record \(record)), but no record makes it")
    }

    /// A received batch or a slip stored with another product or origin than its source batch holds.
    public static func productDiffers(code: String, stored: Message, parent: String, expected: Message) -> Message {
        Message(
            "verify.product-differs", zh: "节点 \(code) 在库中存的产品为 \(stored.zh)，而其来源批次 \(parent) 为 \(expected.zh)",
            en: "node \(code) is stored with product \(stored.en), but its source batch \(parent) holds \(expected.en)")
    }

    /// A product as the graph stores it: code, name, category and origin, or none.
    public static func product(code: String?, name: String, category: String, origin: (area: String, name: String)?)
        -> Message
    {
        guard let code else { return noValue }
        return Message(
            "verify.product", zh: "\(code) \(name)（\(category)）" + (origin.map { "，产地 \($0.area) \($0.name)" } ?? ""),
            en: "\(code) \(name) (\(category))" + (origin.map { " from \($0.area) \($0.name)" } ?? ""))
    }

    /// A sale's edge that takes another quantity out of its batch than the sale's.
    public static func saleTaken(parent: String, code: String, taken: String?, expected: String?, unit: String)
        -> Message
    {
        Message(
            "verify.sale-taken",
            zh: "销售边 \(parent) → \(code) 在库中存为从批次取出 \(taken ?? "零")；记录的数量为 \(expected ?? "无法表示的数") \(unit)",
            en:
                "the sale's edge \(parent) → \(code) is stored as taking \(taken ?? "nothing") out of the batch; the record's quantity is \(expected ?? "not expressible") \(unit)"
        )
    }
}
