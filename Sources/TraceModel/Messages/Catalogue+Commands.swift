// The message catalogue: what the commands say when their options or input are wrong (argument validation of
// `init`, `keys`, `record`, `sign`, `sell`, `show`, `trust`, `settings`, `token`, `recall`, `demo`).

extension Message {
    /// `FOODTRACE_WAIT` is not a number of seconds.
    public static func badWait(_ value: String) -> Message {
        Message(
            "cli.bad-wait", zh: "FOODTRACE_WAIT=\(value)：请给出秒数（0 或更多）",
            en: "FOODTRACE_WAIT=\(value): give a number of seconds (0 or more)")
    }

    /// A party id that breaks the id rule.
    public static func badPartyID(option: String, value: String) -> Message {
        Message(
            "cli.bad-party-id", zh: "\(option) \(value)：参与方编号为 2–64 个字符，由 A-Z、0-9 和 '-' 组成，以字母开头",
            en: "\(option) \(value): \(PartyID.rule)")
    }

    /// A key is never written over an existing file.
    public static func keyFileExists(option: String?, path: String) -> Message {
        let prefix = option.map { "\($0) " } ?? ""
        return Message(
            "cli.key-file-exists", zh: "\(prefix)\(path)：已存在；新密钥从不覆盖已有文件，也不通过链接写入（请先移走它）",
            en: "\(prefix)\(path): already exists; a new key is never written over a file or through a link "
                + "(move it away first)")
    }

    /// `record --field` without `=`.
    public static func fieldAssignment(_ assignment: String) -> Message {
        Message(
            "cli.field-assignment", zh: "--field \(assignment)：应为 PATH=TEXT 或 PATH:=JSON",
            en: "--field \(assignment): expected PATH=TEXT or PATH:=JSON")
    }

    /// `record --field =x`.
    public static func fieldEmptyPath(_ assignment: String) -> Message {
        Message("cli.field-empty-path", zh: "--field \(assignment)：路径为空", en: "--field \(assignment): empty path")
    }

    /// `sign`: a line already signed.
    public static let alreadySigned = Message(
        "cli.already-signed", zh: "字段 $.sig：记录已签名", en: "field $.sig: the record is already signed")

    /// `sign`: a line whose issuer is not the key's party.
    public static func notTheKeysParty(issuer: String, party: String) -> Message {
        Message(
            "cli.not-the-keys-party", zh: "字段 $.issuer：\(issuer) 不是该密钥的参与方 \(party)",
            en: "field $.issuer: \(issuer) is not the key's party \(party)")
    }

    /// `sign`: where a line stands in standard input.
    public static func inputLine(_ line: Int) -> String { "stdin:\(line)" }

    /// A price that is not an exact decimal.
    public static func notExactDecimal(option: String, value: String) -> Message {
        Message(
            "cli.not-exact-decimal", zh: "\(option) \(value)：不是精确小数", en: "\(option) \(value): not an exact decimal")
    }

    /// A number beyond what can be recorded.
    public static func tooLarge(option: String, value: String) -> Message {
        Message("cli.too-large", zh: "\(option) \(value)：数值过大", en: "\(option) \(value): too large")
    }

    /// Two options that exclude each other.
    public static func notBoth(_ first: String, _ second: String) -> Message {
        Message("cli.not-both", zh: "\(first) 与 \(second) 只能选一个", en: "give \(first) or \(second), not both")
    }

    /// `show --signature` of a record without one.
    public static func noSignature(_ id: String) -> Message {
        Message("cli.no-signature", zh: "记录 \(id) 没有签名", en: "record \(id) has no signature")
    }

    /// `trust export --valid-for` out of range.
    public static func badValidity(_ value: String) -> Message {
        Message(
            "cli.bad-validity", zh: "--valid-for \(value)：请给出天数或小时数，例如 7d 或 12h，最多 366d",
            en: "--valid-for \(value): give days or hours, e.g. 7d or 12h, at most 366d")
    }

    /// `settings hub-url`: a URL that cannot be used.
    public static func badHubURL(_ url: String, problem: Message) -> Message {
        Message("cli.bad-hub-url", zh: "中心地址 \(url)：\(problem.zh)", en: "hub URL \(url): \(problem.en)")
    }

    /// An option that may not be empty.
    public static func mustNotBeEmpty(_ option: String) -> Message {
        Message("cli.must-not-be-empty", zh: "\(option) 不能为空", en: "\(option) must not be empty")
    }

    /// `token --expires` in the past.
    public static func notInTheFuture(option: String, value: String) -> Message {
        Message(
            "cli.not-in-the-future", zh: "\(option) \(value) 不在将来", en: "\(option) \(value) is not in the future")
    }

    /// `recall drill --random` on a store without farm lots.
    public static let noFarmLot = Message(
        "cli.no-farm-lot", zh: "--random：库中没有养殖场的批次", en: "--random: the store holds no farm lot")

    /// The demo generator made a record the store refused.
    public static func demoRefused(_ rejection: Message) -> Message {
        Message(
            "cli.demo-refused", zh: "演示记录被拒绝（生成器的缺陷）：\(rejection.zh)",
            en: "demo record refused (a generator bug): \(rejection.en)")
    }

    /// `serve` could not start the hub.
    public static func cannotRun(_ path: String, _ system: Message) -> Message {
        Message("cli.cannot-run", zh: "无法运行 \(path)：\(system.zh)", en: "cannot run \(path): \(system.en)")
    }

    /// A record a command made was refused (`refused`) or could not be made: `销售记录被拒绝：字段 …：…`.
    public static func recordRefused(_ kind: RecordKind, _ problem: Message, refused: Bool) -> Message {
        Message(
            problem.key, zh: "\(Message.Trace.step(kind).zh)记录" + (refused ? "被拒绝" : "有误") + "：\(problem.zh)",
            en: "\(kind.rawValue) record" + (refused ? " refused" : "") + ": \(problem.en)")
    }

    /// `slip --format url` on a store without a hub URL.
    public static let noHubURL = Message(
        "cli.no-hub-url", zh: "--format url：该库没有设置中心地址（用 `foodtrace settings hub-url URL` 设置）",
        en: "--format url: this store has no hub URL (set one with `foodtrace settings hub-url URL`)")

    /// `recall drill --key` of a party whose role may not sign the drill's record.
    public static func drillKeyRole(_ keyFile: String, party: String, role: Role) -> Message {
        Message(
            "cli.drill-key-role", zh: "\(keyFile)：参与方 \(party) 的角色是\(role.chineseName)，不能签发演练所存的检测记录",
            en: "\(keyFile): party \(party) has role \(role.rawValue), which may not issue the test record a stored "
                + "drill is")
    }

    /// `code new --kind` for a party whose role makes no such code.
    public static func makesNoCode(kind: String, party: String, role: Role, makers: [String]) -> Message {
        let kindZh = Message.Trace.nodeType(kind).zh
        return Message(
            "cli.makes-no-code",
            zh: "--kind \(kind)：参与方 \(party) 是\(role.chineseName)，不产生\(kindZh)（\(kindZh)由 "
                + makers.map { Message.Trace.step(RecordKind(rawValue: $0) ?? .produce).zh }.joined(separator: "、")
                + " 记录产生）",
            en: "--kind \(kind): party \(party) is a \(role.rawValue), which makes no \(kind) (a \(kind) is made by "
                + makers.joined(separator: ", ") + " records)")
    }

    /// `demo` over an existing file.
    public static func demoStoreExists(_ path: String) -> Message {
        Message(
            "cli.demo-store-exists", zh: "\(path) 已存在；演示会新建一个库（请删除它或另选 --store）",
            en: "\(path) already exists; the demo builds a new store (remove it or choose --store)")
    }

    /// `audit --param` without `RULE.PARAM=VALUE`.
    public static func badParamAssignment(_ text: String) -> Message {
        Message(
            "cli.bad-param", zh: "--param \(text)：请用 RULE.PARAM=VALUE，例如 sample-retention.min-grams=150",
            en: "--param \(text): use RULE.PARAM=VALUE, e.g. sample-retention.min-grams=150")
    }

    /// `serve` without the hub's executable.
    public static func noHubBinary(_ path: String) -> Message {
        Message(
            "cli.no-hub-binary",
            zh:
                "foodtrace 旁边没有 foodtrace-hub（查找位置 \(path)）：用 `swift build --product foodtrace-hub` 构建，或设置 FOODTRACE_HUB_BIN",
            en: "no foodtrace-hub beside foodtrace (looked at \(path)): build it with `swift build --product "
                + "foodtrace-hub`, or set FOODTRACE_HUB_BIN")
    }
}

// What `init`, `keys` and `trust export` print once done.
extension Message {
    /// `init` made the store.
    public static func storeCreated(path: String, regulator: String, key: String) -> Message {
        Message(
            "cli.store-created", zh: "已创建库 \(path)，信任 \(regulator) 的密钥 \(key)",
            en: "created store \(path) trusting \(regulator) key \(key)")
    }

    /// The regulator key's fingerprint.
    public static func regulatorFingerprint(_ fingerprint: String) -> Message {
        Message("cli.regulator-fingerprint", zh: "监管部门密钥 \(fingerprint)", en: "regulator key \(fingerprint)")
    }

    /// `init` made a regulator key file.
    public static func regulatorKeyMade(_ path: String) -> Message {
        Message(
            "cli.regulator-key-made", zh: "监管部门私钥：\(path)（请妥善保管，勿外泄）",
            en: "regulator key: \(path) (keep it private)")
    }

    /// `keys new|show` in text: the labelled lines.
    public static func keyLines(party: String?, id: String, alg: String, spki: String, sha256: String) -> Message {
        let zh =
            (party.map { "参与方：\($0)\n" } ?? "") + "密钥：  \(id)（\(alg)）\nspki：  \(spki)\n"
            + "sha256：\(sha256)  （用它固定监管部门的密钥）"
        let en =
            (party.map { "party: \($0)\n" } ?? "") + "key:   \(id) (\(alg))\nspki:  \(spki)\n"
            + "sha256: \(sha256)  (pin a regulator key with this)"
        return Message("cli.key-lines", zh: zh, en: en)
    }

    /// `trust export` wrote the bundle.
    public static func bundleWritten(
        path: String, anchors: Int, parties: Int, party: String, key: String, until: String, fingerprint: String
    ) -> Message {
        Message(
            "cli.bundle-written",
            zh: "已写入 \(path)：\(anchors) 个信任锚，\(parties) 个参与方，由 \(party) \(key) 签名\n有效期至 \(until)\n"
                + "固定方式：slip verify --anchor \(fingerprint)",
            en:
                "wrote \(path): \(anchors) anchor(s), \(parties) parties, signed by \(party) \(key)\nvalid until \(until)\n"
                + "pin with: slip verify --anchor \(fingerprint)")
    }

    /// `recall status` on a store without recalls.
    public static let noRecalls = Message("cli.no-recalls", zh: "库中没有召回", en: "no recalls in the store")
}
