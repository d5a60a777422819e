// The message catalogue: why an imported EPCIS event makes no record of the graph — skipped from the importer's own
// document, or kept as evidence (not traced) from a partner's — and the event in its sender's words.
//
// A reason travels in English: in the import plan, in a kept event's signed `attest` record, in the JSON report.
// ``Message/EPCISImport/reading(_:)`` reads a reason this catalogue wrote back into both languages, so the text
// report speaks the reader's language; a reason it did not write stays as it is.

import Foundation

extension Message {
    /// Why an imported event makes no record of the graph.
    public enum EPCISImport {
        /// A side of an event whose lots are read: the event's own list, a transformation's inputs or outputs.
        public enum Side: String, Sendable, CaseIterable {
            case event = "the event"
            case inputs = "the inputs"
            case outputs = "the outputs"

            var zh: String {
                switch self {
                case .event: "事件"
                case .inputs: "投入"
                case .outputs: "产出"
                }
            }
        }

        /// The `epcis-import.embedded-record` text (embedded record).
        public static func embeddedRecord(_ reason: Message) -> Message {
            Message(
                "epcis-import.embedded-record", zh: "事件内嵌的 FoodTrace 记录无法解码：\(reason.zh)",
                en: "the embedded FoodTrace record does not decode: \(reason.en)")
        }

        /// The `epcis-import.declares-error` text (declares error).
        public static let declaresError = Message(
            "epcis-import.declares-error", zh: "该事件声明先前的某个事件有误（errorDeclaration）；更正不作为记录导入",
            en:
                "the event declares an error in an earlier event (errorDeclaration); corrections are not imported as records"
        )

        /// The `epcis-import.invalid-body` text (invalid body).
        public static func invalidBody(_ problem: Message) -> Message {
            Message(
                "epcis-import.invalid-body", zh: "由事件得到的记录正文无效：\(problem.zh)",
                en: "the mapped body is invalid: \(problem.en)")
        }

        /// The `epcis-import.no-canonical-form` text (no canonical form).
        public static func noCanonicalForm(path: String, _ reason: Message) -> Message {
            Message(
                "epcis-import.no-canonical-form", zh: "该事件没有可供记录保存的 RFC 8785 规范形式：\(path)：\(reason.zh)",
                en: "the event has no RFC 8785 canonical form for the record to keep: \(path): \(reason.en)")
        }

        /// The `epcis-import.event-too-long` text (event too long).
        public static func eventTooLong(bytes: Int, most: Int) -> Message {
            Message(
                "epcis-import.event-too-long", zh: "该事件的规范 JSON 有 \(bytes) 字节；记录最多保存 \(most) 字节的事件",
                en: "the event's canonical JSON is \(bytes) bytes; a record keeps events of at most \(most)")
        }

        /// An AggregationEvent: `action` ADD packs, DELETE unpacks, anything else observes.
        public static func aggregation(action: String?, unit: String?) -> Message {
            let (zhVerb, enVerb) =
                action == "DELETE"
                ? ("从物流单元 \(unit ?? "（无 parentID）") 中取出物品", "takes objects out of")
                : action == "ADD"
                    ? ("把物品装入物流单元 \(unit ?? "（无 parentID）")", "packs objects into")
                    : ("查看物流单元 \(unit ?? "（无 parentID）") 中的物品", "observes what is in")
            return Message(
                "epcis-import.aggregation", zh: "AggregationEvent \(zhVerb)；它不转移保管、不改变批次，文档中之后提到该单元的事件作用于其内容",
                en:
                    "an AggregationEvent \(enVerb) logistic unit \(unit ?? "(no parentID)"); it moves no custody and changes no lot, and the document's later events that name the unit act on its contents"
            )
        }

        /// The `epcis-import.association` text (association).
        public static func association(parent: String?) -> Message {
            Message(
                "epcis-import.association",
                zh: "AssociationEvent 把物品（设备、资产）关联到\(parent.map { " \($0)" } ?? "某个上级对象")；它不转移保管、不改变批次",
                en:
                    "an AssociationEvent links objects (devices, assets) to \(parent ?? "a parent"); it moves no custody and changes no lot"
            )
        }

        /// The `epcis-import.transaction` text (transaction).
        public static func transaction(_ references: [String]) -> Message {
            Message(
                "epcis-import.transaction",
                zh: "TransactionEvent 把物品关联到业务交易 \(references.joined(separator: "、"))；它不转移保管、不产生批次（货物由发货与收货事件追溯）",
                en:
                    "a TransactionEvent ties objects to business transaction \(references.joined(separator: ", ")); it moves no custody and makes no lot (the goods are traced by the events that ship and receive them)"
            )
        }

        /// The `epcis-import.no-kind` text (no kind).
        public static func noKind(eventType: String) -> Message {
            Message(
                "epcis-import.no-kind", zh: "事件类型 \(eventType) 没有对应的 FoodTrace 记录种类",
                en: "event type \(eventType) has no FoodTrace record kind")
        }

        /// The `epcis-import.delete-without-outcome` text (delete without outcome).
        public static func deleteWithoutOutcome(bizStep: String?) -> Message {
            Message(
                "epcis-import.delete-without-outcome",
                zh: "bizStep 为 \(bizStep.map { "\"\($0)\"" } ?? "（无）") 的 DELETE ObjectEvent 没有说明货物的去向",
                en: "a DELETE ObjectEvent with bizStep \(bizStep ?? "none") does not say what became of the goods")
        }

        /// The `epcis-import.shipping-without-destination` text (shipping without destination).
        public static let shippingWithoutDestination = Message(
            "epcis-import.shipping-without-destination",
            zh: "发货事件的 destinationList 中没有 `owning_party`、`possessing_party` 或 `location`",
            en: "a shipping event with no owning_party, possessing_party or location in destinationList")

        /// The `epcis-import.receiving-without-source` text (receiving without source).
        public static let receivingWithoutSource = Message(
            "epcis-import.receiving-without-source",
            zh: "收货事件的 sourceList 中没有 `owning_party`、`possessing_party` 或 `location`",
            en: "a receiving event with no owning_party, possessing_party or location in sourceList")

        /// The `epcis-import.no-trace-code` text (no trace code).
        public static func noTraceCode(_ identifier: String) -> Message {
            Message("epcis-import.no-trace-code", zh: "无法为 \(identifier) 编出追溯码", en: "no trace code for \(identifier)")
        }

        /// The `epcis-import.no-slip-code` text (no slip code).
        public static let noSlipCode = Message("epcis-import.no-slip-code", zh: "无法编出小票追溯码", en: "no slip code")

        /// An OBSERVE ObjectEvent without bizStep, with the persistent dispositions it sets and unsets.
        public static func observeWithoutStep(disposition: String?, set: [String], unset: [String]) -> Message {
            var zhParts: [String] = []
            var enParts: [String] = []
            if !set.isEmpty {
                zhParts.append("设置 " + set.joined(separator: "、"))
                enParts.append("set " + set.joined(separator: ", "))
            }
            if !unset.isEmpty {
                zhParts.append("取消 " + unset.joined(separator: "、"))
                enParts.append("unset " + unset.joined(separator: ", "))
            }
            let zhPersistence = zhParts.isEmpty ? "" : "；persistentDisposition " + zhParts.joined(separator: "；")
            let enPersistence = enParts.isEmpty ? "" : "; persistentDisposition " + enParts.joined(separator: "; ")
            return Message(
                "epcis-import.observe-without-step",
                zh:
                    "没有 bizStep 的 OBSERVE ObjectEvent（`disposition` 为 \(disposition.map { "\"\($0)\"" } ?? "无")\(zhPersistence)）没有对应的 FoodTrace 记录种类",
                en:
                    "an OBSERVE ObjectEvent without bizStep (disposition \(disposition ?? "none")\(enPersistence)) has no FoodTrace record kind"
            )
        }

        /// The `epcis-import.step-has-no-kind` text (step has no kind).
        public static func stepHasNoKind(_ step: String) -> Message {
            Message(
                "epcis-import.step-has-no-kind", zh: "bizStep \"\(step)\" 没有对应的 FoodTrace 记录种类",
                en: "bizStep \(step) has no FoodTrace record kind")
        }

        /// The `epcis-import.lists-nothing` text (lists nothing).
        public static func listsNothing(_ side: Side) -> Message {
            Message(
                "epcis-import.lists-nothing", zh: "\(side.zh)没有列出任何物品或批次",
                en: "\(side.rawValue): lists no objects and no lots")
        }

        /// The `epcis-import.no-quantity` text (no quantity).
        public static func noQuantity(lot: String) -> Message {
            Message("epcis-import.no-quantity", zh: "批次 \(lot) 没有数量", en: "lot \(lot) has no quantity")
        }

        /// The `epcis-import.inexact-quantity` text (inexact quantity).
        public static func inexactQuantity(_ quantity: String, lot: String) -> Message {
            Message(
                "epcis-import.inexact-quantity", zh: "批次 \(lot) 的数量 \(quantity) 不是精确数量（最多 6 位小数，不能为负）",
                en:
                    "quantity \(quantity) of lot \(lot) is not an exact amount (at most 6 fraction digits, not negative)"
            )
        }

        /// The `epcis-import.unknown-unit` text (unknown unit).
        public static func unknownUnit(_ unit: String, lot: String) -> Message {
            Message(
                "epcis-import.unknown-unit", zh: "批次 \(lot) 的单位 \(unit) 没有对应的 FoodTrace 单位",
                en: "unit \(unit) of lot \(lot) has no FoodTrace unit")
        }

        /// The `epcis-import.not-an-act` text (not an act).
        public static func notAnAct(kind: String) -> Message {
            Message(
                "epcis-import.not-an-act", zh: "\(Message.kindName(kind).zh)记录不是事件所记录的行为",
                en: "a \(kind) is not an act an event records")
        }

        /// A partner's error declaration: when, why, and the corrective events it names.
        public static func declaration(
            type: String, id: String, at: String?, reason: String?, corrective: [String]
        ) -> Message {
            let zh =
                "合作方声明此事件（\(type) \(id)）有误" + (at.map { "，声明于 \($0)" } ?? "") + (reason.map { "，原因 \($0)" } ?? "")
                + (corrective.isEmpty ? "" : "；更正事件：" + corrective.joined(separator: "、"))
                + "；其已证明的行为（如有）留在图中并加标记"
            let en =
                "the partner declares this event (\(type) \(id)) in error" + (at.map { " at \($0)" } ?? "")
                + (reason.map { ", reason \($0)" } ?? "")
                + (corrective.isEmpty ? "" : "; corrective events: " + corrective.joined(separator: ", "))
                + "; its attested act, if any, stays in the graph, marked"
            return Message("epcis-import.declaration", zh: zh, en: en)
        }

        /// A reason this catalogue wrote, read back from its English text into both languages; any other text (a
        /// reason another version or another importer wrote) as it is. A reason nested in one (a record's problem)
        /// stays in English.
        public static func reading(_ english: String) -> Message {
            for (pattern, make) in readers {
                guard let match = pattern.firstMatch(in: english, range: NSRange(english.startIndex..., in: english))
                else { continue }
                let groups = (1..<match.numberOfRanges).map { index -> String? in
                    Range(match.range(at: index), in: english).map { String(english[$0]) }
                }
                if let message = make(groups) { return message }
            }
            return .verbatim(english)
        }

        /// An event in its sender's words (``ImportedEvent/partnerWords``: "event 3 of the document, eventID …, the
        /// first identifiers and how many more, at PLACE, from PARTIES, to PARTIES"), read back into both languages;
        /// any other text as it is.
        public static func readingEvent(_ english: String) -> Message {
            guard let match = eventWords.firstMatch(in: english, range: NSRange(english.startIndex..., in: english)),
                let number = Range(match.range(at: 1), in: english).map({ String(english[$0]) }),
                let id = Range(match.range(at: 2), in: english).map({ String(english[$0]) })
            else { return .verbatim(english) }
            var zh = ["文档第 \(number) 个事件", "eventID \(id)"]
            let rest = Range(match.range(at: 3), in: english).map { String(english[$0]) } ?? ""
            // The identifiers, then "at …", "from …", "to …": each section runs until the next one starts.
            var sections: [(String, [String])] = [("", [])]
            for token in rest.components(separatedBy: ", ") where !token.isEmpty {
                if let keyword = ["at ", "from ", "to "].first(where: { token.hasPrefix($0) }) {
                    sections.append((keyword, [String(token.dropFirst(keyword.count))]))
                } else {
                    sections[sections.count - 1].1.append(token)
                }
            }
            for (keyword, items) in sections where !items.isEmpty {
                switch keyword {
                case "at ": zh.append("位于 " + items.joined(separator: "、"))
                case "from ": zh.append("来自 " + items.joined(separator: "、"))
                case "to ": zh.append("发往 " + items.joined(separator: "、"))
                default:
                    var names = items
                    var more = ""
                    if let last = names.last,
                        let range = last.range(of: #" and (\d+) more$"#, options: .regularExpression)
                    {
                        more = " 等另 " + last[range].dropFirst(" and ".count).dropLast(" more".count) + " 项"
                        names[names.count - 1] = String(last[..<range.lowerBound])
                    }
                    zh.append(names.joined(separator: "、") + more)
                }
            }
            return Message("epcis-import.event", zh: zh.joined(separator: "，"), en: english)
        }

        private static let eventWords = try! NSRegularExpression(
            pattern: #"^event (\d+) of the document, eventID (\S+?)(?:, (.*))?$"#, options: [.dotMatchesLineSeparators])

        private typealias Reader = (NSRegularExpression, ([String?]) -> Message?)

        /// Each reason's English form as a pattern (captures in the order of its arguments) and its constructor.
        nonisolated(unsafe) private static let readers: [Reader] = {
            let forms: [(String, ([String?]) -> Message?)] = [
                (#"the embedded FoodTrace record does not decode: (.*)"#, { embeddedRecord(.verbatim($0[0] ?? "")) }),
                (NSRegularExpression.escapedPattern(for: declaresError.en), { _ in declaresError }),
                (#"the mapped body is invalid: (.*)"#, { invalidBody(.verbatim($0[0] ?? "")) }),
                (
                    #"the event has no RFC 8785 canonical form for the record to keep: (\S*): (.*)"#,
                    { noCanonicalForm(path: $0[0] ?? "", .verbatim($0[1] ?? "")) }
                ),
                (
                    #"the event's canonical JSON is (\d+) bytes; a record keeps events of at most (\d+)"#,
                    { groups in
                        guard let bytes = Int(groups[0] ?? ""), let most = Int(groups[1] ?? "") else { return nil }
                        return eventTooLong(bytes: bytes, most: most)
                    }
                ),
                (
                    #"an AggregationEvent (takes objects out of|packs objects into|observes what is in) logistic unit (.*); it moves no custody and changes no lot, and the document's later events that name the unit act on its contents"#,
                    { groups in
                        let action = ["takes objects out of": "DELETE", "packs objects into": "ADD"][groups[0] ?? ""]
                        return aggregation(action: action, unit: groups[1] == "(no parentID)" ? nil : groups[1])
                    }
                ),
                (
                    #"an AssociationEvent links objects \(devices, assets\) to (.*); it moves no custody and changes no lot"#,
                    { association(parent: $0[0] == "a parent" ? nil : $0[0]) }
                ),
                (
                    #"a TransactionEvent ties objects to business transaction (.*); it moves no custody and makes no lot \(the goods are traced by the events that ship and receive them\)"#,
                    { transaction(($0[0] ?? "").components(separatedBy: ", ")) }
                ),
                (#"event type (\S+) has no FoodTrace record kind"#, { noKind(eventType: $0[0] ?? "") }),
                (
                    #"a DELETE ObjectEvent with bizStep (\S+) does not say what became of the goods"#,
                    { deleteWithoutOutcome(bizStep: $0[0] == "none" ? nil : $0[0]) }
                ),
                (
                    NSRegularExpression.escapedPattern(for: shippingWithoutDestination.en),
                    { _ in shippingWithoutDestination }
                ),
                (NSRegularExpression.escapedPattern(for: receivingWithoutSource.en), { _ in receivingWithoutSource }),
                (#"no trace code for (.+)"#, { noTraceCode($0[0] ?? "") }),
                (NSRegularExpression.escapedPattern(for: noSlipCode.en), { _ in noSlipCode }),
                (
                    #"an OBSERVE ObjectEvent without bizStep \(disposition ([^;)]+)(?:; persistentDisposition(?: set ([^;)]+))?(?:;? ?unset ([^)]+))?)?\) has no FoodTrace record kind"#,
                    { groups in
                        func list(_ text: String?) -> [String] { text.map { $0.components(separatedBy: ", ") } ?? [] }
                        return observeWithoutStep(
                            disposition: groups[0] == "none" ? nil : groups[0], set: list(groups[1]),
                            unset: list(groups[2]))
                    }
                ),
                (#"bizStep (\S+) has no FoodTrace record kind"#, { stepHasNoKind($0[0] ?? "") }),
                (
                    #"(the event|the inputs|the outputs): lists no objects and no lots"#,
                    { groups in Side(rawValue: groups[0] ?? "").map(listsNothing) }
                ),
                (#"lot (\S+) has no quantity"#, { noQuantity(lot: $0[0] ?? "") }),
                (
                    #"quantity (\S+) of lot (\S+) is not an exact amount \(at most 6 fraction digits, not negative\)"#,
                    { inexactQuantity($0[0] ?? "", lot: $0[1] ?? "") }
                ),
                (#"unit (\S*) of lot (\S+) has no FoodTrace unit"#, { unknownUnit($0[0] ?? "", lot: $0[1] ?? "") }),
                (#"a (\S+) is not an act an event records"#, { notAnAct(kind: $0[0] ?? "") }),
                (
                    #"the partner declares this event \((\S+) (\S+)\) in error(?: at ([^,;]+))?(?:, reason ([^;]+))?(?:; corrective events: ([^;]+))?; its attested act, if any, stays in the graph, marked"#,
                    { groups in
                        declaration(
                            type: groups[0] ?? "", id: groups[1] ?? "", at: groups[2], reason: groups[3],
                            corrective: groups[4].map { $0.components(separatedBy: ", ") } ?? [])
                    }
                ),
            ]
            return forms.compactMap { pattern, make in
                (try? NSRegularExpression(pattern: "^" + pattern + "$", options: [.dotMatchesLineSeparators]))
                    .map { ($0, make) }
            }
        }()
    }
}
