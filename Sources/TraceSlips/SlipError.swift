import TraceModel

/// Why a slip could not be rendered, a QR payload could not be read, or a trust bundle was refused.
///
/// Every case names what went wrong and, where it helps, where (a field, a byte or character position).
public enum SlipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The payload does not start with the `FT<version>:` scheme prefix.
    case badPrefix(found: String)
    /// The payload names a scheme version this reader does not know.
    case unsupportedVersion(String)
    /// A character or group of the base45 text is invalid (position is 0-based after the prefix).
    case badBase45(position: Int, reason: String)
    /// The binary payload ends inside `field`.
    case truncated(field: String)
    /// The compressed payload is not a valid zlib stream.
    case badCompression(String)
    /// A field holds a value that is not allowed.
    case badField(field: String, reason: String)
    /// Bytes follow the last field.
    case trailingBytes(Int)
    /// The rebuilt record's id does not start with the check bytes the payload carries.
    case idMismatch(expected: String, computed: String)
    /// Only `sell` records become slip payloads.
    case notSell(RecordKind)
    /// The record carries no signature.
    case unsigned
    /// The record cannot be carried in the compact form without changing what was signed.
    case notCompactable(String)
    /// libqrencode refused the text.
    case qrEncoding(String)
    /// Text could not be converted between UTF-8 and GB18030.
    case textEncoding(String)
    /// ESC/POS bytes could not be decoded.
    case escpos(offset: Int, reason: String)
    /// A trust bundle was refused.
    case bundle(String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .badPrefix(let found):
            return
                "not a FoodTrace slip payload: expected it to start with \"\(SlipPayload.prefix)\", found \"\(found)\""
        case .unsupportedVersion(let version):
            return "slip payload version \(version) is not supported; this reader knows version \(SlipPayload.version)"
        case .badBase45(let position, let reason):
            return "slip payload is not valid base45 at character \(position + 1) after the prefix: \(reason)"
        case .truncated(let field):
            return "slip payload is cut short: it ends inside \(field)"
        case .badCompression(let reason):
            return "slip payload compression is damaged: \(reason)"
        case .badField(let field, let reason):
            return "slip payload field \(field): \(reason)"
        case .trailingBytes(let count):
            return "slip payload has \(count) unexpected byte(s) after its last field"
        case .idMismatch(let expected, let computed):
            return "slip payload was altered: the rebuilt record's id starts \(computed), the payload says \(expected)"
        case .notSell(let kind):
            return "only sell records have slips; this record is a \(kind.rawValue) record"
        case .unsigned:
            return "the record is not signed; sign it before printing a slip"
        case .notCompactable(let reason):
            return "the record cannot be put in a slip payload: \(reason)"
        case .qrEncoding(let reason):
            return "cannot make a QR code: \(reason)"
        case .textEncoding(let reason):
            return "cannot convert text: \(reason)"
        case .escpos(let offset, let reason):
            return "ESC/POS byte \(offset): \(reason)"
        case .bundle(let reason):
            return "trust bundle refused: \(reason)"
        }
    }
}
