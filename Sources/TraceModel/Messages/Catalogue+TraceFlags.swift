// The message catalogue: what a flag beside a hop's ✓ says, and why a trace is incomplete (its gaps).

extension Message {
    /// Flags of a trace's hops and gaps of an incomplete trace.
    public enum Flag {
        /// A flag's kind by its raw name (`positive-test`, `recalled` …).
        public static func kind(_ raw: String) -> Message {
            let zh =
                [
                    "positive-test": "检测阳性", "missing-certificate": "缺少票证", "expired-certificate": "票证过期",
                    "uncertified-certificate": "票证无签发记录", "recalled": "已召回", "revoked-key": "密钥已吊销",
                    "equivocation": "一号多签", "void": "已作废", "logged-late": "入日志时间偏离",
                    "logged-after-revocation": "吊销后入日志",
                ][raw] ?? raw
            return Message("trace.flag.\(raw)", zh: zh, en: raw)
        }

        /// A positive test of the hop's batch.
        public static func positiveTest(analyte: String, method: String, result: String, at: String, issuer: String)
            -> Message
        {
            let (m, r) = (Message.Trace.testMethod(method), Message.Trace.testResult(result))
            return Message(
                "trace.flag.positive-test",
                zh: "\(BannedSubstances.chineseName(analyte)) \(m.zh) \(r.zh)（\(at)，\(issuer)）",
                en: "\(analyte) \(m.en) \(r.en) (\(at), \(issuer))")
        }

        /// None of the certificates of a required group is quoted.
        public static func missingCertificate(_ group: [DocumentType]) -> Message {
            Message(
                "trace.flag.missing-certificate", zh: group.map(\.chineseName).joined(separator: " 或 "),
                en: group.map(\.rawValue).joined(separator: " or "))
        }

        /// A quoted certificate no `certify` record issued.
        public static func uncertified(_ type: DocumentType, number: String) -> Message {
            Message(
                "trace.flag.uncertified-certificate", zh: "\(type.chineseName) \(number)",
                en: "\(type.rawValue) \(number)")
        }

        /// A quoted certificate expired before the hop.
        public static func expired(_ type: DocumentType, number: String, until: String) -> Message {
            Message(
                "trace.flag.expired-certificate", zh: "\(type.chineseName) \(number) 有效期至 \(until)",
                en: "\(type.rawValue) \(number) valid until \(until)")
        }

        /// A recall notice covers the hop's batch.
        public static func recalled(notice: String, level: Int, reason: String) -> Message {
            Message(
                "trace.flag.recalled", zh: "\(notice) \(level) 级召回：\(reason)",
                en: "\(notice) level \(level): \(reason)")
        }

        /// The creating record's signature does not stand.
        public static func revokedKey(record: String) -> Message {
            Message(
                "trace.flag.revoked-key", zh: "记录 \(record) 的签名不成立", en: "record \(record) does not stand")
        }

        /// The record's `at` is far from its logged time (the first signed tree head of the hub's log that includes it).
        public static func loggedLate(at: String, logged: String, hours: Int64) -> Message {
            let apart = abs(hours)
            return Message(
                "trace.flag.logged-late",
                zh: "记录时间 \(at)，首次记入日志 \(logged)（相差 \(apart) 小时）",
                en: "at \(at), first logged \(logged) (\(apart) hours apart)")
        }

        /// The record was logged after its key's revocation was.
        public static func loggedAfterRevocation(key: String, revocation: String) -> Message {
            Message(
                "trace.flag.logged-after-revocation",
                zh: "签名密钥 \(key) 已被 \(revocation) 吊销，本记录在其后才记入日志",
                en: "signed by key \(key), logged after its revocation \(revocation)")
        }

        /// The slip was voided at the till (a warning: the sale was taken back).
        public static func voided(at: String, record: String, reason: String) -> Message {
            Message(
                "trace.flag.void", zh: "已于 \(at) 由记录 \(record) 作废：\(reason)",
                en: "voided at \(at) by record \(record): \(reason)")
        }

        /// The hop's party signed two records with one sequence number.
        public static func equivocation(party: String) -> Message {
            Message(
                "trace.flag.equivocation", zh: "\(party) 以同一序号签署了两条记录",
                en: "\(party) signed two records with one seq")
        }

        /// Gap: a hop's record does not verify.
        public static func gapUnverified(code: String, record: String) -> Message {
            Message(
                "trace.gap.unverified", zh: "\(code)：记录 \(record) 验证不通过（密钥已吊销或一号多签）",
                en: "\(code): record \(record) does not verify (revoked key or equivocation)")
        }

        /// Gap: an input (upstream) or output (downstream) named by an edge is not in the store.
        public static func gapMissing(code: String, upstream: Bool, next: String) -> Message {
            Message(
                "trace.gap.missing", zh: "\(code)：\(upstream ? "原料" : "产出") \(next) 不在库中",
                en: "\(code): \(upstream ? "input" : "output") \(next) is not in the store")
        }

        /// Gap: a root batch was made by a record other than `produce`, with no input in the store.
        public static func gapNoInput(code: String, kind: RecordKind) -> Message {
            Message(
                "trace.gap.no-input",
                zh: "\(code)：由\(Message.Trace.step(kind).zh)记录产生，库中没有其原料（无法再向上一步）",
                en: "\(code): made by a \(kind.rawValue) record with no input in the store (no step back)")
        }

        /// Gap: a root batch was produced by a party that is not a farm.
        public static func gapNotFarm(code: String, holder: String) -> Message {
            Message(
                "trace.gap.not-farm", zh: "\(code)：源头由 \(holder) 生产，该方不是养殖/种植场",
                en: "\(code): origin produced by \(holder), which is not a farm")
        }

        /// Gap: a shipment was never received.
        public static func gapInTransit(code: String, shipment: String, receiver: String) -> Message {
            Message(
                "trace.gap.in-transit", zh: "\(code)：发往 \(receiver) 的货运 \(shipment) 没有收货记录（无法再向下一步）",
                en: "\(code): shipment \(shipment) to \(receiver) has no receipt (no step forward)")
        }
    }
}
