// The message catalogue: the words of `trace up` and `trace down` in text (headings, hops, documents, tests, gaps,
// the summary) and the details of the flags beside a hop's ✓.

extension Message {
    /// Words of the trace text.
    public enum Trace {
        /// The first line: direction, start, how many nodes and parties.
        public static func header(up: Bool, start: String, nodes: Int, parties: Int) -> Message {
            Message(
                "trace.header",
                zh: "\(up ? "向上" : "向下")追溯 \(start)：\(nodes) 个节点，\(parties) 个参与方",
                en: "\(up ? "upstream" : "downstream") trace from \(start): \(nodes) nodes, \(parties) parties")
        }

        /// A hop's time beside its record's logged time (a hub's store: the first signed tree head that includes it).
        public static func loggedAt(_ at: String, logged: String) -> Message {
            Message("trace.logged-at", zh: "\(at)（记入日志 \(logged)）", en: "\(at) (logged \(logged))")
        }

        /// A node already printed higher in the tree.
        public static let seeAbove = Message("trace.see-above", zh: "（见上）", en: "  (see above)")

        /// Slips and meals left out of the tree.
        public static func hidden(slips: Int, meals: Int) -> Message {
            var zh: [String] = []
            var en: [String] = []
            if slips > 0 {
                zh.append("另有 \(slips) 张小票")
                en.append("\(slips) more slip\(slips == 1 ? "" : "s")")
            }
            if meals > 0 {
                zh.append("另有 \(meals) 个餐次")
                en.append("\(meals) more meal\(meals == 1 ? "" : "s")")
            }
            return Message(
                "trace.hidden", zh: "… " + zh.joined(separator: "、") + "（--format json 列出全部）",
                en: "… " + en.joined(separator: ", ") + " (--format json lists all)")
        }

        /// The origins of an upstream trace: `code name（role）` each.
        public static func origins(_ items: [(code: String, name: String, role: Role?)]) -> Message {
            Message(
                "trace.origins",
                zh: "源头："
                    + items.map { "\($0.code) \($0.name)（\($0.role?.chineseName ?? "?")）" }.joined(separator: "；"),
                en: "origins: "
                    + items.map { "\($0.code) \($0.name) (\($0.role?.rawValue ?? "?"))" }.joined(separator: "; "))
        }

        /// What a downstream trace reached.
        public static func reached(slips: Int, meals: Int, parties: Int) -> Message {
            Message(
                "trace.reached", zh: "到达：\(slips) 张小票，\(meals) 个餐次，\(parties) 个参与方",
                en: "reached: \(slips) slips, \(meals) meals, \(parties) parties")
        }

        /// Whether the chain is unbroken.
        public static func complete(_ yes: Bool) -> Message {
            yes
                ? Message("trace.complete", zh: "完整：是（链条未断）", en: "complete: yes (the chain is unbroken)")
                : Message("trace.incomplete", zh: "完整：否", en: "complete: NO")
        }

        /// One gap of an incomplete trace.
        public static func gap(_ text: Message) -> Message {
            Message("trace.gap", zh: "  缺口：\(text.zh)", en: "  gap: \(text.en)")
        }

        /// Gaps left out of the text.
        public static func moreGaps(_ count: Int) -> Message {
            Message(
                "trace.more-gaps", zh: "  … 另有 \(count) 处缺口（--format json 列出全部）",
                en: "  … and \(count) more gaps (--format json lists all)")
        }

        /// The summary of the flags: compliant when no hop has a flag at violation or above; the count of each kind
        /// (kind names in each language), and hops with only a warning (a voided sale) apart.
        public static func compliance(
            hops: Int, counts: [(kind: Message, count: Int)], warnedHops: Int, warnings: [(kind: Message, count: Int)]
        ) -> Message {
            func list(_ items: [(kind: Message, count: Int)], _ zh: Bool) -> String {
                items.map { "\(zh ? $0.kind.zh : $0.kind.en) \($0.count)" }.joined(separator: zh ? "，" : ", ")
            }
            let warnedZh = warnedHops == 0 ? "" : "；\(warnedHops) 个环节有警告（\(list(warnings, true))）"
            let warnedEn =
                warnedHops == 0
                ? "" : "; \(warnedHops) hop\(warnedHops == 1 ? "" : "s") with a warning (\(list(warnings, false)))"
            guard hops > 0 else {
                return Message(
                    "trace.compliant", zh: "合规：是（各环节均无问题\(warnedZh)）",
                    en: "compliant: yes (no problem on any hop\(warnedEn))")
            }
            return Message(
                "trace.not-compliant", zh: "合规：否 — \(hops) 个环节有问题（\(list(counts, true))）\(warnedZh)",
                en: "compliant: NO — \(hops) hop\(hops == 1 ? "" : "s") flagged (\(list(counts, false)))\(warnedEn)")
        }

        /// What a batch gave a meal (each ingredient line is a dish): `← 3 道菜，50 千克` / `← 3 dishes, 50 kg`.
        public static func mealShare(dishes: Int, amounts: [Message]) -> Message {
            Message(
                "trace.meal-share", zh: "  ← \(dishes) 道菜，" + amounts.map(\.zh).joined(separator: " + "),
                en: "  ← \(dishes) dish\(dishes == 1 ? "" : "es"), " + amounts.map(\.en).joined(separator: " + "))
        }

        /// The ✓ of a hop whose record verified, or the mark of one that did not.
        public static func check(verified: Bool) -> Message {
            verified ? .verbatim("✓") : Message("trace.unverified", zh: "✗ 未验证", en: "✗ UNVERIFIED")
        }

        /// A hop's flags after its ✓: `⚠ kind: detail; …`.
        public static func flags(_ items: [(kind: Message, detail: Message)]) -> Message {
            Message(
                "trace.flags", zh: "⚠ " + items.map { "\($0.kind.zh)：\($0.detail.zh)" }.joined(separator: "；"),
                en: "⚠ " + items.map { "\($0.kind.en): \($0.detail.en)" }.joined(separator: "; "))
        }

        /// A batch, slip or meal (the node types of a trace, by their raw names).
        public static func nodeType(_ raw: String) -> Message {
            let zh = ["batch": "批次", "slip": "小票", "meal": "餐次"][raw] ?? raw
            return Message("trace.node.\(raw)", zh: zh, en: raw)
        }

        /// A unit by its raw name (`kg`, `head` …): the catalogue's name when the unit is known.
        public static func unit(_ raw: String) -> Message {
            QuantityUnit(rawValue: raw).map(Message.unitName) ?? .verbatim(raw)
        }

        /// A record kind as a hop's step: 生产, 加工, 收货 … / produce, transform, receive ….
        public static func step(_ kind: RecordKind) -> Message {
            let zh: String
            switch kind {
            case .register: zh = "登记"
            case .revoke: zh = "吊销"
            case .certify: zh = "发证"
            case .produce: zh = "生产"
            case .transform: zh = "加工"
            case .ship: zh = "发货"
            case .receive: zh = "收货"
            case .test: zh = "检测"
            case .sell: zh = "销售"
            case .use: zh = "使用"
            case .recall: zh = "召回"
            case .dispose: zh = "处置"
            case .count: zh = "盘点"
            case .void: zh = "作废"
            case .attest: zh = "证明"
            }
            return Message("trace.step.\(kind.rawValue)", zh: zh, en: kind.rawValue)
        }

        /// A party's role in brackets after its name.
        public static func role(_ role: Role?) -> Message {
            Message("trace.role", zh: role?.chineseName ?? "?", en: role?.rawValue ?? "?")
        }

        /// The place a produced batch comes from.
        public static func origin(name: String, area: String) -> Message {
            Message("trace.origin", zh: "产地：\(name) (\(area))", en: "origin: \(name) (\(area))")
        }

        /// A quoted document, certified by its issuer or not.
        public static func document(_ type: DocumentType, number: String, issuer: String?, certified: Bool) -> Message {
            certified
                ? Message(
                    "trace.document", zh: "\(type.chineseName) \(number) — 签发方 \(issuer ?? "?")",
                    en: "\(type.rawValue) \(number) — issued by \(issuer ?? "?")")
                : Message(
                    "trace.document.uncertified", zh: "\(type.chineseName) \(number) — 库中无签发记录",
                    en: "\(type.rawValue) \(number) — NOT CERTIFIED in the store")
        }

        /// A test of a hop's batch.
        public static func test(analyte: String, method: String, result: String, at: String) -> Message {
            let (m, r) = (testMethod(method), testResult(result))
            return Message(
                "trace.test",
                zh: "检测 \(BannedSubstances.chineseName(analyte)) \(m.zh)：\(r.zh)（\(at)）",
                en: "test \(analyte) \(m.en): \(r.en) (\(at))")
        }

        /// A test method: 快检 / rapid, 实验室检测 / lab …; other methods as recorded.
        public static func testMethod(_ method: String) -> Message {
            let zh = ["rapid": "快检", "lab": "实验室检测", "laboratory": "实验室检测", "elisa": "酶联免疫法"][method.lowercased()]
            return zh.map { Message("trace.method", zh: $0, en: method) } ?? .verbatim(method)
        }

        /// A test result: 阳性 / positive, 阴性 / negative …; other results as recorded.
        public static func testResult(_ result: String) -> Message {
            let names = [
                "positive": ("阳性", "positive"), "阳性": ("阳性", "positive"), "negative": ("阴性", "negative"),
                "阴性": ("阴性", "negative"), "pass": ("合格", "pass"), "fail": ("不合格", "fail"),
            ]
            return names[result.lowercased()].map { Message("trace.result", zh: $0.0, en: $0.1) } ?? .verbatim(result)
        }
    }
}
