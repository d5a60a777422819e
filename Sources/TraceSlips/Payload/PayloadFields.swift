import TraceCrypto
import TraceModel

/// The binary fields of a slip payload, in order (integers big-endian unless marked varint):
///
/// | field | bytes | content |
/// |---|---|---|
/// | flags | 1 | bit 0 algorithm (0 Ed25519, 1 SM2-SM3); bit 1 `prev` present; bits 2–3 time form (0 seconds, 1 milliseconds, 2 text); bit 4 key id as text; bit 5 `pricedIn` present; bit 6 sealed; bit 7 zero |
/// | issuer | 1 + n | length, ASCII party id |
/// | seq | varint | LEB128 |
/// | prev | 32 | raw SHA-256 of the previous record (only when flagged) |
/// | at | varint + 1, or 1 + n | zigzag epoch seconds (or milliseconds) and the UTC offset in quarter hours (signed byte); or length and the literal RFC 3339 text when the compact form would not give back the same text |
/// | slip, batch | 8 + 8 | the first 19 digits of each trace code as a number (the check digit is recomputed) |
/// | quantity | varint + 1 | decimal (below), unit (0 kg, 1 g, 2 t, 3 head, 4 piece, 5 box, 6 L) |
/// | unitPrice, amount | varint + varint | decimal: `m × 8 + k` for a value of `m × 10^k` millionths, `k` as large as possible (≤ 6) |
/// | pricedIn | 1 | only when flagged: 1 斤, 2 两 |
/// | key | 8, or 1 + n | the 16 hex digits of a `k-…` key id as bytes; or length and text |
/// | signature | 64 | Ed25519 signature, or SM2 `r ‖ s` (the record carries DER); of a sealed sale, its batch's head's |
/// | seal size, index | varint + varint | only when sealed: the batch's records and the sale's leaf |
/// | seal path | 32 × k | only when sealed: the leaf's inclusion path (k from index and size; the root is computed) |
/// | id check | 8 | first 8 bytes of the record id's SHA-256 |
enum PayloadFields {
    static let units: [QuantityUnit] = [.kilogram, .gram, .tonne, .head, .piece, .box, .litre]
    /// The market units a sale may be priced in, numbered from 1 in the payload.
    static let marketUnits: [MarketUnit] = [.jin, .liang]

    private enum Flag {
        static let sm2: UInt8 = 1
        static let prev: UInt8 = 2
        static let timeShift: UInt8 = 2
        static let keyText: UInt8 = 16
        static let pricedIn: UInt8 = 32
        static let sealed: UInt8 = 64
        static let known: UInt8 = 0x7F
    }

    private enum TimeForm: UInt8 {
        case seconds = 0
        case milliseconds = 1
        case text = 2
    }

    static func encode(_ record: Record) throws(SlipError) -> [UInt8] {
        guard let sig = record.sig else { throw .unsigned }
        guard case .sell(let sale)? = try? record.decodedBody() else {
            throw .notCompactable(.SlipPayload.notASellBody)
        }
        guard [sale.quantity.value, sale.unitPrice, sale.amount].allSatisfy({ $0.micros >= 0 }) else {
            throw .notCompactable(.SlipPayload.negative)
        }
        var flags: UInt8 = 0
        var w = PayloadWriter()
        // Signature first, to know the flags.
        guard let signatureBytes = Base64URL.decode(sig.value) else {
            throw .notCompactable(.SlipPayload.signatureNotBase64URL)
        }
        let rawSignature: [UInt8]
        switch sig.alg {
        case SignatureAlgorithm.ed25519.rawValue:
            rawSignature = signatureBytes
        case SignatureAlgorithm.sm2sm3.rawValue:
            flags |= Flag.sm2
            guard let raw = SM2SignatureEncoding.rawFromDER(signatureBytes) else {
                throw .notCompactable(.SlipPayload.notStrictDER)
            }
            rawSignature = raw
        default: throw .notCompactable(.SlipPayload.unknownAlgorithm(sig.alg))
        }
        guard rawSignature.count == 64 else {
            throw .notCompactable(.SlipPayload.signatureLength(rawSignature.count))
        }
        guard PartyID.isValid(record.issuer) else {
            throw .notCompactable(.SlipPayload.issuerNotPartyID(record.issuer))
        }
        var prevBytes: [UInt8] = []
        if let prev = record.prev {
            guard RecordID.isValid(prev), let digest = Hex.decode(String(prev.dropFirst(RecordID.prefix.count))) else {
                throw .notCompactable(.SlipPayload.prevNotRecordID)
            }
            flags |= Flag.prev
            prevBytes = digest
        }
        let keyDigits = sig.key.hasPrefix("k-") ? String(sig.key.dropFirst(2)) : ""
        let packedKey =
            keyDigits.utf8.count == 16 && Hex.encode(Hex.decode(keyDigits) ?? []) == keyDigits
            ? Hex.decode(keyDigits) : nil
        if packedKey == nil {
            guard sig.key.utf8.count <= 255 else { throw .notCompactable(.SlipPayload.keyTooLong) }
            flags |= Flag.keyText
        }
        if sale.pricedIn != nil { flags |= Flag.pricedIn }
        var sealBytes: [UInt8] = []
        if let seal = sig.seal {
            guard let path = seal.pathHashes else { throw .notCompactable(.SlipPayload.pathNotHashes) }
            flags |= Flag.sealed
            var s = PayloadWriter()
            s.varint(UInt64(seal.size))
            s.varint(UInt64(seal.index))
            s.raw(path.flatMap { $0 })
            sealBytes = s.bytes
        }
        let time = timeForm(record.at)
        flags |= time.form.rawValue << Flag.timeShift

        w.byte(flags)
        w.shortText(record.issuer)
        w.varint(UInt64(record.seq))
        w.raw(prevBytes)
        w.raw(time.bytes)
        w.uint64(UInt64(sale.slip.digits.prefix(19))!)
        w.uint64(UInt64(sale.batch.digits.prefix(19))!)
        w.varint(decimal(sale.quantity.value))
        w.byte(UInt8(units.firstIndex(of: sale.quantity.unit)!))
        w.varint(decimal(sale.unitPrice))
        w.varint(decimal(sale.amount))
        if let pricedIn = sale.pricedIn { w.byte(UInt8(marketUnits.firstIndex(of: pricedIn)! + 1)) }
        if let packedKey { w.raw(packedKey) } else { w.shortText(sig.key) }
        w.raw(rawSignature)
        w.raw(sealBytes)
        w.raw(Array(Digest.sha256(record.signedBytes).prefix(8)))
        return w.bytes
    }

    /// The compact time: whole seconds or milliseconds and a quarter-hour offset, when writing that
    /// instant at that offset gives back the exact text; otherwise the text itself.
    private static func timeForm(_ at: Timestamp) -> (form: TimeForm, bytes: [UInt8]) {
        var w = PayloadWriter()
        if at.offsetMinutes % 15 == 0,
            Timestamp(epochMilliseconds: at.epochMilliseconds, offsetMinutes: at.offsetMinutes).text == at.text
        {
            let whole = at.epochMilliseconds % 1000 == 0
            w.signedVarint(whole ? at.epochMilliseconds / 1000 : at.epochMilliseconds)
            w.byte(UInt8(bitPattern: Int8(at.offsetMinutes / 15)))
            return (whole ? .seconds : .milliseconds, w.bytes)
        }
        w.shortText(at.text)
        return (.text, w.bytes)
    }

    /// `m × 8 + k` where the value is `m × 10^k` millionths and `k` (≤ 6) is as large as possible.
    static func decimal(_ amount: Amount) -> UInt64 {
        var mantissa = UInt64(amount.micros)
        var exponent: UInt64 = 0
        while mantissa != 0, mantissa % 10 == 0, exponent < 6 {
            mantissa /= 10
            exponent += 1
        }
        return mantissa << 3 | exponent
    }
}
