import TraceModel

/// Why a slip could not be rendered, a QR payload could not be read, or a trust bundle was refused.
///
/// Every case names what went wrong and, where it helps, where (a field, a byte or character position).
public enum SlipError: Error, Sendable, Equatable, CustomStringConvertible, CataloguedError {
    /// The payload does not start with the `FT<version>:` scheme prefix.
    case badPrefix(found: String)
    /// The payload names a scheme version this reader does not know.
    case unsupportedVersion(String)
    /// A character or group of the base45 text is invalid (position is 0-based after the prefix).
    case badBase45(position: Int, reason: Message)
    /// The binary payload ends inside `field`.
    case truncated(field: String)
    /// The compressed payload is not a valid zlib stream.
    case badCompression(Message)
    /// A field holds a value that is not allowed.
    case badField(field: String, reason: Message)
    /// Bytes follow the last field.
    case trailingBytes(Int)
    /// The rebuilt record's id does not start with the check bytes the payload carries.
    case idMismatch(expected: String, computed: String)
    /// Only `sell` records become slip payloads.
    case notSell(RecordKind)
    /// The record carries no signature.
    case unsigned
    /// The record cannot be carried in the compact form without changing what was signed.
    case notCompactable(Message)
    /// libqrencode refused the text.
    case qrEncoding(String)
    /// Text could not be converted between UTF-8 and GB18030.
    case textEncoding(String)
    /// ESC/POS bytes could not be decoded.
    case escpos(offset: Int, reason: String)
    /// A trust bundle was refused, for a reason the caller words (the same in every language).
    case bundle(String)
    /// A trust bundle was refused, for a reason from the message catalogue (`Message.Trust`).
    case bundleRefused(Message)

    /// The message shown to the user, in English.
    public var description: String { text.en }

    /// The message in Chinese and English.
    public var text: Message {
        typealias Text = Message.SlipPayload
        switch self {
        case .badPrefix(let found): return Text.badPrefix(expected: SlipPayload.prefix, found: found)
        case .unsupportedVersion(let version): return Text.unsupportedVersion(version, known: SlipPayload.version)
        case .badBase45(let position, let reason): return Text.badBase45(character: position + 1, reason)
        case .truncated(let field): return Text.truncated(field)
        case .badCompression(let reason): return Text.badCompression(reason)
        case .badField(let field, let reason): return Text.badField(field, reason)
        case .trailingBytes(let count): return Text.trailingBytes(count)
        case .idMismatch(let expected, let computed): return Text.idMismatch(expected: expected, computed: computed)
        case .notSell(let kind): return Text.notSell(kind.rawValue)
        case .unsigned: return Text.unsigned
        case .notCompactable(let reason): return Text.notCompactable(reason)
        case .qrEncoding(let reason): return Text.qrEncoding(reason)
        case .textEncoding(let reason): return Text.textEncoding(reason)
        case .escpos(let offset, let reason): return Text.escpos(offset: offset, reason)
        case .bundle(let reason): return .Trust.refused(.verbatim(reason))
        case .bundleRefused(let reason): return .Trust.refused(reason)
        }
    }
}
