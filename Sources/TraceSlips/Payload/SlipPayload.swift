import TraceCrypto
import TraceModel

/// The QR payload of a slip: the whole signed `sell` record in compact form, verifiable offline.
///
/// Text: `FT1:` (scheme and version) followed by base45 (RFC 9285) of a container byte and the
/// record fields — `00` then the fields, or `01` then a zlib stream of them when that is shorter.
/// The fields (see ``PayloadFields``) let a verifier rebuild the exact signed record: its canonical
/// JSON, hence its id, and its signature. The last field is the first 8 bytes of the record id,
/// so a damaged or altered payload is caught before any key is looked up.
///
/// A typical slip (16-character issuer, seq below 128, whole-second time) takes 161 bytes, 246
/// characters: QR version 9 at level M in alphanumeric mode, for Ed25519 and SM2 alike.
/// Only the one canonical text of a record decodes: any other encoding of the same fields is refused, and so is any
/// other container of them (the plain form of fields that compress, or another zlib level or deflate of them): the
/// container must be byte for byte the one ``encode(record:)`` makes, so a verifier built on a deflate that
/// compresses differently from zlib's level 9 would refuse genuine slips.
public enum SlipPayload {
    /// The scheme and version prefix.
    public static let prefix = "FT1:"
    /// The payload format version this code writes and reads.
    public static let version = 1

    /// Why a payload in another container than the one of its fields is refused.
    static let oneContainer = Message.SlipPayload.notTheOneEncoding

    private enum Container: UInt8 {
        case plain = 0
        case zlib = 1
    }

    /// The payload text of a signed `sell` record.
    public static func encode(record: Record) throws(SlipError) -> String {
        guard record.kind == .sell else { throw .notSell(record.kind) }
        let fields = try PayloadFields.encode(record)
        // Prove the compact form carries what was signed before anything is printed.
        let rebuilt: Record
        do {
            rebuilt = try PayloadFields.decode(fields, checkingID: false)
        } catch {
            throw .notCompactable(error.text)
        }
        guard rebuilt.signedBytes == record.signedBytes else {
            throw .notCompactable(.SlipPayload.bodyNotCanonical)
        }
        return prefix + Base45.encode(container(of: fields))
    }

    /// The one container of `fields`: zlib at the maximum level when that is shorter, else plain.
    private static func container(of fields: [UInt8]) -> [UInt8] {
        let compressed = Zlib.compress(fields)
        return compressed.count < fields.count
            ? [Container.zlib.rawValue] + compressed : [Container.plain.rawValue] + fields
    }

    /// The signed record a payload carries, rebuilt exactly; its id is checked against the payload.
    ///
    /// The signature is not verified here (that needs the issuer's key: see ``SlipVerifier``).
    public static func decode(_ text: String) throws(SlipError) -> Record {
        let body = try stripPrefix(text)
        let container: [UInt8]
        do {
            container = try Base45.decode(String(body))
        } catch {
            switch error {
            case .invalidCharacter(let position):
                throw .badBase45(position: position, reason: .SlipPayload.outsideAlphabet)
            case .danglingCharacter:
                throw .badBase45(position: body.utf8.count - 1, reason: .SlipPayload.leftOver)
            case .groupOutOfRange(let position):
                throw .badBase45(position: position, reason: .SlipPayload.groupOutOfRange)
            }
        }
        guard let tag = container.first else { throw .truncated(field: "container") }
        let fields: [UInt8]
        switch Container(rawValue: tag) {
        case .plain?: fields = Array(container.dropFirst())
        case .zlib?: fields = try Zlib.decompress(Array(container.dropFirst()))
        case nil: throw .badField(field: "container", reason: .SlipPayload.unknownContainer(tag))
        }
        let record = try PayloadFields.decode(fields, checkingID: true)
        // One record, one payload: refuse any other spelling of the same fields.
        guard try PayloadFields.encode(record) == fields else {
            throw .badField(field: "encoding", reason: .SlipPayload.notCanonicalFields)
        }
        // And one container: the plain form of fields that compress, or another compression of them, is refused.
        guard container == Self.container(of: fields) else {
            throw .badField(field: "container", reason: oneContainer)
        }
        return record
    }

    private static func stripPrefix(_ text: String) throws(SlipError) -> Substring {
        if text.hasPrefix(prefix) { return text.dropFirst(prefix.count) }
        let head = text.prefix(12)
        if head.hasPrefix("FT"), let colon = head.firstIndex(of: ":") {
            let version = head[head.index(head.startIndex, offsetBy: 2)..<colon]
            if !version.isEmpty, version.allSatisfy(\.isASCII), version.allSatisfy(\.isNumber) {
                throw .unsupportedVersion(String(version))
            }
        }
        throw .badPrefix(found: String(text.prefix(8)))
    }
}
