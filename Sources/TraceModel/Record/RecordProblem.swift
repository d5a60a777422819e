/// Why a record was refused: the field (a JSON path) and the reason, in words a user can act on.
///
/// The store adds the file, line and record id when it reports one.
public struct RecordProblem: Error, Sendable, Equatable, CustomStringConvertible, CataloguedError {
    /// JSON path of the offending field, e.g. `$.body.inputs[0].quantity.value`; `$` for the whole record.
    public var field: String
    /// The reason in English.
    public var reason: String
    /// The reason in Chinese and English (the English is ``reason``).
    public var reasonText: Message

    /// A problem worded by a lower layer, the same in every language.
    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
        reasonText = .verbatim(reason)
    }

    /// A problem whose reason comes from the message catalogue.
    public init(field: String, _ reason: Message) {
        self.field = field
        self.reason = reason.en
        reasonText = reason
    }

    public var description: String { field == "$" ? reason : "field \(field): \(reason)" }

    /// The field and the reason in each language: `字段 $.seq：缺少` / `field $.seq: missing`.
    public var text: Message { Message.Ingest.problem(field: field, reason: reasonText) }

    /// Equal when the field and the English reason are.
    public static func == (lhs: RecordProblem, rhs: RecordProblem) -> Bool {
        lhs.field == rhs.field && lhs.reason == rhs.reason
    }
}
