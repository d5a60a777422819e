/// Why a record was refused: the field (a JSON path) and the reason, in words a user can act on.
///
/// The store adds the file, line and record id when it reports one.
public struct RecordProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// JSON path of the offending field, e.g. `$.body.inputs[0].quantity.value`; `$` for the whole record.
    public var field: String
    public var reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { field == "$" ? reason : "field \(field): \(reason)" }
}
