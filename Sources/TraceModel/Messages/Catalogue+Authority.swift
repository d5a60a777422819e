// The message catalogue: who may act on whose goods and numbers, and the till's records (voids, clearing tests),
// as ingest refuses them.

extension Message {
    /// Refusals of authority and of the till's records at ingest.
    public enum Authority {
        static func roleName(_ role: Role?) -> (zh: String, en: String) {
            (role?.chineseName ?? "未登记", role?.rawValue ?? "unregistered")
        }

        public static func recallOutsideArea(
            regulator: String, area: String, batch: String, made: String, holder: String, holderArea: String
        ) -> Message {
            Message(
                "authority.recall-outside-area",
                zh: "监管部门 \(regulator)（地区 \(area)）不能召回批次 \(batch)：该批次产于地区 \(made)，"
                    + "由地区 \(holderArea) 的 \(holder) 持有，不在其辖区内",
                en:
                    "regulator \(regulator) (area \(area)) may not recall batch \(batch), made in area \(made) and held by "
                    + "\(holder) in area \(holderArea): outside its area")
        }

        public static func mayNotRecall(party: String, batch: String, holder: String) -> Message {
            Message(
                "authority.may-not-recall",
                zh: "参与方 \(party) 不能召回批次 \(batch)：该批次由 \(holder) 持有，且既非 \(party) 所产，也非由其产品制成"
                    + "（只有监管部门可召回其他参与方的货物）",
                en:
                    "party \(party) may not recall batch \(batch): it is held by \(holder), and \(party) neither made it "
                    + "nor anything it comes from (only a regulator recalls another party's goods)")
        }

        public static func mayNotTest(party: String, role: Role?, batch: String, holder: String) -> Message {
            let name = roleName(role)
            return Message(
                "authority.may-not-test",
                zh: "参与方 \(party)（\(name.zh)）不能对 \(holder) 持有的批次 \(batch) 提交检测：只有持有方、检测机构、监管部门、"
                    + "动物卫生监督机构或持有方所在的市场可以",
                en:
                    "party \(party) (\(name.en)) may not file a test against batch \(batch), held by \(holder): only the "
                    + "holder, a laboratory, a regulator, the veterinary authority or the market the holder stands in may"
            )
        }

        public static func numberTaken(_ type: DocumentType, number: String, record: String, issuer: String)
            -> Message
        {
            Message(
                "authority.number-taken",
                zh: "\(type.chineseName) \(number) 已由 \(issuer) 的记录 \(record) 签发；同一编号只签发一次",
                en: "\(type.rawValue) \(number) was already issued by record \(record) of \(issuer); a document number "
                    + "is issued once")
        }

        public static func noSlip(_ slip: String) -> Message {
            Message("authority.no-slip", zh: "库中没有小票 \(slip)", en: "no slip \(slip) in the store")
        }

        public static func voidByOther(slip: String, holder: String) -> Message {
            Message(
                "authority.void-by-other", zh: "小票 \(slip) 由 \(holder) 开出；只有该摊位可以作废它",
                en: "slip \(slip) was issued by \(holder); only that stall may void it")
        }

        public static func alreadyVoided(slip: String, record: String) -> Message {
            Message(
                "authority.already-voided", zh: "小票 \(slip) 已由记录 \(record) 作废",
                en: "slip \(slip) was already voided by record \(record)")
        }

        public static func voidBeforeSale(slip: String) -> Message {
            Message(
                "authority.void-before-sale", zh: "作废的日期早于小票 \(slip) 的销售",
                en: "the void is dated before the sale of slip \(slip)")
        }

        public static func voidTooLate(slip: String, minutes: Int64, hours: Int64) -> Message {
            Message(
                "authority.void-too-late", zh: "小票 \(slip) 已售出 \(minutes) 分钟；摊位只能在售出后 \(hours) 小时内作废",
                en: "slip \(slip) was sold \(minutes) minutes before; a stall may void a sale within \(hours) hours")
        }

        public static func noTest(_ record: String) -> Message {
            Message("authority.no-test", zh: "库中没有检测记录 \(record)", en: "no test record \(record) in the store")
        }

        public static func otherTest(
            _ record: String, batch: String, analyte: String, expectedBatch: String, expectedAnalyte: String
        ) -> Message {
            Message(
                "authority.other-test",
                zh: "检测 \(record) 针对批次 \(batch) 的 \(analyte)，不是批次 \(expectedBatch) 的 \(expectedAnalyte)",
                en: "test \(record) is of batch \(batch) for \(analyte), not of \(expectedBatch) for \(expectedAnalyte)"
            )
        }

        public static func notPositive(_ record: String) -> Message {
            Message(
                "authority.not-positive", zh: "检测 \(record) 不是阳性：没有可撤销的",
                en: "test \(record) was not positive: there is nothing to clear")
        }

        public static func mayNotClear(party: String, role: Role?) -> Message {
            let name = roleName(role)
            return Message(
                "authority.may-not-clear", zh: "只有检测机构、动物卫生监督机构或监管部门可以撤销阳性检测；\(party) 是\(name.zh)",
                en:
                    "only a laboratory, veterinary authority or regulator may clear a positive test; \(party) is \(name.en)"
            )
        }
    }
}
