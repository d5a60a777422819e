// The message catalogue: what the EPCIS commands (`import epcis`, `epcis hash`, exports), `store copy`, `init` on
// PostgreSQL and `recall issue` print and refuse.

extension Message {
    /// The EPCIS commands, `store copy`, `init` on PostgreSQL and `recall issue`.
    public enum Interchange {
        /// `import epcis`: the document is refused; nothing was stored.
        public static func documentRefused(_ source: String, _ reason: Message) -> Message {
            Message(
                "interchange.document-refused", zh: "\(source)：\(reason.zh)；未存入任何内容",
                en: "\(source): \(reason.en); nothing was stored")
        }

        /// `import epcis --category` outside the categories.
        public static func badCategory(_ value: String, choices: [String]) -> Message {
            Message(
                "interchange.bad-category", zh: "--category \(value)：请使用其中之一：\(choices.joined(separator: "、"))",
                en: "--category \(value): use one of \(choices.joined(separator: ", "))")
        }

        /// `import epcis --from` that is no GS1 key.
        public static func badPartner(_ value: String) -> Message {
            Message(
                "interchange.bad-partner", zh: "--from \"\(value)\"：请给出贸易伙伴的 GS1 标识，例如 urn:epc:id:pgln:4012345.00000",
                en: "--from \"\(value)\": give the partner's GS1 key, e.g. urn:epc:id:pgln:4012345.00000")
        }

        /// `import epcis` by a key whose party is not registered, for a document with foreign events.
        public static func importerNotRegistered(key: String, party: String, path: String, attesting: Bool)
            -> Message
        {
            Message(
                "interchange.importer-not-registered",
                zh: "\(key)：参与方 \(party) 未在本库登记，因此不能为外来事件（如 \(path)）签署记录"
                    + (attesting ? "（其证明记录）" : "") + "；未存入任何内容",
                en: "\(key): party \(party) is not registered in this store, so it cannot sign the records of "
                    + "foreign events such as \(path)\(attesting ? " (its attestations)" : ""); nothing was stored")
        }

        /// `import epcis`: a record of an event could not be made.
        public static func cannotMakeRecord(_ path: String, kind: String, _ detail: Message) -> Message {
            Message(
                "interchange.cannot-make-record", zh: "\(path)：无法生成 \(kind) 记录：\(detail.zh)；未存入任何内容",
                en: "\(path): cannot make the \(kind) record: \(detail.en); nothing was stored")
        }

        /// `import epcis`: records refused.
        public static func recordsRefused(_ source: String, count: Int) -> Message {
            Message(
                "interchange.records-refused", zh: "\(source)：\(count) 条记录被拒绝；未存入任何内容",
                en: "\(source): \(count) record(s) refused; nothing was stored")
        }

        /// A lookup in the store failed while an export or import named parties.
        public static func lookupFailed(_ detail: Message) -> Message {
            Message(
                "interchange.lookup-failed", zh: "在库中查找失败：\(detail.zh)", en: "store lookup failed: \(detail.en)")
        }

        /// The export's temporary spool could not be made.
        public static func noSpool(_ folder: String) -> Message {
            Message(
                "interchange.no-spool", zh: "无法在 \(folder) 中创建临时文件",
                en: "cannot create a temporary file in \(folder)")
        }

        /// `store copy` to a file that exists.
        public static func copyTargetExists(_ target: String) -> Message {
            Message(
                "interchange.copy-target-exists", zh: "\(target) 已存在", en: "\(target) already exists")
        }

        /// `store copy`: a record the target refused.
        public static func copyRejected(_ target: String, _ rejection: Message) -> Message {
            Message(
                "interchange.copy-rejected", zh: "\(target)：\(rejection.zh)", en: "\(target): \(rejection.en)")
        }

        /// `store copy`: the copy differs from the source.
        public static func copyDiffers(_ difference: String) -> Message {
            Message("interchange.copy-differs", zh: "副本不一致：\(difference)", en: "copy differs: \(difference)")
        }

        /// `store copy`, text.
        public static func copied(
            records: Int, from source: String, to target: String, verified: Bool, equivocations: Int
        )
            -> Message
        {
            Message(
                "interchange.copied",
                zh: "已从 \(source) 复制 \(records) 条记录到 \(target)"
                    + (verified ? "；已核对：记录相同、顺序相同" : "；未通过核对")
                    + (equivocations > 0 ? "；\(equivocations) 条双重签署（equivocation）记录未复制" : ""),
                en: "copied \(records) records from \(source) to \(target)"
                    + (verified ? "; verified: the same records in the same order" : "; NOT verified")
                    + (equivocations > 0 ? "; \(equivocations) equivocation record(s) not copied" : ""))
        }

        /// `init` of a PostgreSQL store without `--regulator-key`.
        public static let postgresNeedsKey = Message(
            "interchange.postgres-needs-key", zh: "PostgreSQL 库必须给出 --regulator-key（只有库文件旁才会生成密钥对）",
            en: "--regulator-key is required for a PostgreSQL store (a key pair is made beside a store file only)")

        /// A PostgreSQL store given to a command that reads SQLite stores only; `readers` are the commands that read
        /// both.
        public static func postgresNotHere(_ location: String, readers: [String]) -> Message {
            func joined(_ items: [String], _ comma: String, _ and: String) -> String {
                items.count > 1
                    ? items.dropLast().joined(separator: comma) + and + items[items.count - 1] : items.joined()
            }
            return Message(
                "interchange.postgres-not-here",
                zh: "\(location) 是 PostgreSQL 库：此命令目前只读取 SQLite 库（"
                    + joined(readers.map { "`\($0)`" }, "、", " 和 ") + " 两者都可读取）",
                en: "\(location) is a PostgreSQL store: this command reads SQLite stores only so far ("
                    + joined(readers, ", ", " and ") + " read both)")
        }

        /// `recall issue`, text: the notice recorded.
        public static func recallIssued(number: String, level: String, issuer: String, record: String) -> Message {
            Message(
                "interchange.recall-issued", zh: "召回 \(number)（\(level) 级）已由 \(issuer) 发布：记录 \(record)",
                en: "recall \(number) (level \(level)) issued by \(issuer): record \(record)")
        }

        /// `recall issue`, text: what the notice covers.
        public static func recallScope(batch: String, scope: String, holders: Int) -> Message {
            Message(
                "interchange.recall-scope", zh: "批次 \(batch)：范围内有 \(scope) 个批次、小票和餐次；\(holders) 个持有方",
                en: "batch \(batch): \(scope) batches, slips and meals in scope; \(holders) holders")
        }

        /// `recall issue`, text: the deadlines.
        public static func recallDeadlines(start: String, hours: String, finish: String, days: String) -> Message {
            Message(
                "interchange.recall-deadlines",
                zh: "须于 \(start) 前开始（\(hours) 小时）；于 \(finish) 前完成（\(days) 个工作日，未计节假日）",
                en: "start by \(start) (\(hours) h); finish by \(finish) (\(days) working days, holidays not modelled)")
        }
        /// `import epcis`, text: what the import did. `attested` is the document's hash and its partner.
        public static func importSummary(
            source: String, events: Int, masterRecords: Int, accepted: Int, signedByImporter: Int,
            attested: (document: String, from: String)?, alreadyPresent: Int, importedBefore: Int, kept: Int?,
            skipped: Int, committed: Bool
        ) -> Message {
            Message(
                "interchange.import-summary",
                zh: "\(source)：\(events) 个事件，\(masterRecords) 条主数据记录：接受 \(accepted) 条记录（\(signedByImporter) 条由导入方签署"
                    + (attested.map { "：来自 \($0.from) 的文档 \($0.document) 的证明记录" } ?? "")
                    + "），\(alreadyPresent) 条已在库中，\(importedBefore) 个事件此前已导入，"
                    + (kept.map { "\($0) 个事件留作证据（不追溯），" } ?? "") + "跳过 \(skipped) 个事件"
                    + (committed ? "" : "；已拒绝，未存入任何内容"),
                en: "\(source): \(events) events, \(masterRecords) master-data records: \(accepted) records accepted "
                    + "(\(signedByImporter) signed by the importing party"
                    + (attested.map { ": attestations of document \($0.document) from \($0.from)" } ?? "")
                    + "), \(alreadyPresent) already present, \(importedBefore) events imported before, "
                    + (kept.map { "\($0) events kept, not traced, " } ?? "") + "\(skipped) events skipped"
                    + (committed ? "" : "; refused, nothing was stored"))
        }

        /// `import epcis`, text: skipped events by kind (event types, as the standard names them).
        /// A kind ending in ` with errorDeclaration` is an event of that type that declares an error.
        public static func skippedByKind(_ kinds: [(String, Int)]) -> Message {
            let suffix = " with errorDeclaration"
            let zh = kinds.map { kind, count in
                kind.hasSuffix(suffix)
                    ? String(kind.dropLast(suffix.count)) + "（含 errorDeclaration）×\(count)" : "\(kind) ×\(count)"
            }
            let en = kinds.map { "\($0.0) ×\($0.1)" }
            return Message(
                "interchange.skipped-by-kind", zh: "按类型跳过：" + zh.joined(separator: "、"),
                en: "skipped by kind: " + en.joined(separator: ", "))
        }

        /// A kind of event kept as evidence (`KeptEvent.Kind`'s raw value) in each language.
        public static func keptKind(_ kind: String) -> Message {
            let names = [
                "aggregation": "装箱或拆箱", "association": "关联", "transaction": "业务交易", "errorDeclaration": "错误声明",
                "other": "其他",
            ]
            return Message("interchange.kept-kind.\(kind)", zh: names[kind] ?? kind, en: kind)
        }

        /// `import epcis`, text: events kept as evidence, by kind.
        public static func keptByKind(_ kinds: [(String, Int)]) -> Message {
            let zh = kinds.map { "\(keptKind($0.0).zh) ×\($0.1)" }
            let en = kinds.map { "\($0.0) ×\($0.1)" }
            return Message(
                "interchange.kept-by-kind", zh: "按类型留作证据（不追溯）：" + zh.joined(separator: "、"),
                en: "kept, not traced, by kind: " + en.joined(separator: ", "))
        }

        /// `import epcis`, text: a lot a partner's event makes, attested.
        public static func attestedLot(code: String, kind: String, partyName: String?, party: String, event: String)
            -> Message
        {
            Message(
                "interchange.attested-lot",
                zh: "批次 \(code)：\(partyName.map { "\($0)" } ?? "")（\(party)）的\(kindName(kind).zh)记录，已证明；事件 \(event)",
                en: "lot \(code): \(kind) by \(partyName.map { "\($0) " } ?? "")(\(party)), attested; event \(event)")
        }

        /// `import epcis`, text: an event kept as evidence, named in its sender's words, and why.
        public static func keptEvent(path: String, event: Message, reason: Message) -> Message {
            Message(
                "interchange.kept-event", zh: "留作证据（不追溯）：\(path)（\(event.zh)）：\(reason.zh)",
                en: "kept, not traced: \(path) (\(event.en)): \(reason.en)")
        }

        /// `import epcis`, text: a skipped event, named in its sender's words, and why.
        public static func skippedEvent(path: String, event: Message, reason: Message) -> Message {
            Message(
                "interchange.skipped-event", zh: "已跳过 \(path)（\(event.zh)）：\(reason.zh)",
                en: "skipped \(path) (\(event.en)): \(reason.en)")
        }

        /// `import epcis`: a record the store refused, with the event it came from.
        public static func importRejected(
            path: String, event: Message?, record: String?, field: String?, _ reason: Message, following: Int
        ) -> Message {
            var zh = path + (event.map { "（\($0.zh)）" } ?? "")
            var en = path + (event.map { " (\($0.en))" } ?? "")
            if let record {
                zh += "：记录 \(record)"
                en += ": record \(record)"
            }
            if let field {
                zh += "：字段 \(field)"
                en += ": field \(field)"
            }
            zh += "：" + reason.zh
            en += ": " + reason.en
            if following > 0 {
                zh += "；同一记录链中后续 \(following) 条记录因此被拒绝"
                en += "; \(following) later record(s) of the same chain were refused because of it"
            }
            return Message("interchange.import-rejected", zh: zh, en: en)
        }
    }
}
