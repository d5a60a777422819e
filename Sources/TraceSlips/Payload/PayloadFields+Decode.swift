import TraceCrypto
import TraceModel

extension PayloadFields {
    /// Rebuilds the signed record from the fields; with `checkingID`, its id must start with the check bytes.
    static func decode(_ bytes: [UInt8], checkingID: Bool) throws(SlipError) -> Record {
        var r = PayloadReader(bytes)
        let flags = try r.byte("flags")
        guard flags & ~0x7F == 0 else {
            throw .badField(field: "flags", reason: .SlipPayload.unknownFlags(String(flags, radix: 16)))
        }
        let issuer = try r.shortText("issuer")
        guard PartyID.isValid(issuer) else { throw .badField(field: "issuer", reason: .Body.partyRule) }
        let seqValue = try r.varint("seq")
        guard seqValue >= 1, seqValue <= 1 << 53 else {
            throw .badField(field: "seq", reason: .SlipPayload.seqRange(seqValue))
        }
        let seq = Int(seqValue)
        var prev: String?
        if flags & 2 != 0 {
            prev = RecordID.from(digest: try r.raw(32, "prev"))
        }
        guard (seq == 1) == (prev == nil) else {
            throw .badField(
                field: "prev", reason: seq == 1 ? .SlipPayload.prevForFirst : .SlipPayload.prevMissing(seq: seq))
        }
        let at = try time(form: flags >> 2 & 3, &r)
        let slip = try traceCode(&r, "slip")
        let batch = try traceCode(&r, "batch")
        let quantityValue = try decimal(&r, "quantity.value")
        let unitIndex = Int(try r.byte("quantity.unit"))
        guard unitIndex < units.count else {
            throw .badField(field: "quantity.unit", reason: .SlipPayload.unknownUnit(Int(unitIndex)))
        }
        let unitPrice = try decimal(&r, "unitPrice")
        let amount = try decimal(&r, "amount")
        var pricedIn: MarketUnit?
        if flags & 32 != 0 {
            let index = Int(try r.byte("pricedIn"))
            guard index >= 1, index <= PayloadFields.marketUnits.count else {
                throw .badField(field: "pricedIn", reason: .SlipPayload.unknownMarketUnit(Int(index)))
            }
            pricedIn = PayloadFields.marketUnits[index - 1]
        }
        let key = flags & 16 != 0 ? try r.shortText("key") : "k-" + Hex.encode(try r.raw(8, "key"))
        guard !key.isEmpty else { throw .badField(field: "key", reason: .SlipPayload.emptyKey) }
        let rawSignature = try r.raw(64, "signature")
        var sealed: (size: Int, index: Int, path: [[UInt8]])?
        if flags & 64 != 0 {
            let size = try r.varint("seal.size")
            let index = try r.varint("seal.index")
            guard size >= 1, size <= UInt64(Seal.maximumSize) else {
                throw .badField(field: "seal.size", reason: .SlipPayload.sealSize(size, maximum: Seal.maximumSize))
            }
            guard index < size else {
                throw .badField(field: "seal.index", reason: .SlipPayload.sealIndex(index, size: size))
            }
            let length = Seal.pathLength(index: Int(index), size: Int(size))
            let path = try r.raw(32 * length, "seal.path")
            sealed = (Int(size), Int(index), stride(from: 0, to: path.count, by: 32).map { Array(path[$0..<$0 + 32]) })
        }
        let check = try r.raw(8, "id check")
        guard r.remaining == 0 else { throw .trailingBytes(r.remaining) }

        let alg: SignatureAlgorithm = flags & 1 != 0 ? .sm2sm3 : .ed25519
        let signatureBytes: [UInt8]
        if alg == .sm2sm3 {
            guard let der = SM2SignatureEncoding.derFromRaw(rawSignature) else {
                throw .badField(field: "signature", reason: .SlipPayload.zeroSM2)
            }
            signatureBytes = der
        } else {
            signatureBytes = rawSignature
        }
        let body = SellBody(
            slip: slip, batch: batch, quantity: Quantity(quantityValue, units[unitIndex]), unitPrice: unitPrice,
            amount: amount, pricedIn: pricedIn)
        let unsigned: Record
        do {
            unsigned = try Record(kind: .sell, issuer: issuer, seq: seq, prev: prev, at: at, body: body)
            try body.validate()
        } catch {
            throw .badField(field: error.field.replacingPrefix("$.body.", with: ""), reason: error.text)
        }
        var seal: Seal?
        if let sealed {
            // The root is not carried: the sale's id and path give it, and the head's signature covers it.
            let root = MerkleVerify.root(
                leafHash: MerkleHash.leaf(SealHead.leaf(of: unsigned)), index: UInt64(sealed.index),
                size: UInt64(sealed.size), path: sealed.path)
            guard let root else { throw .badField(field: "seal.path", reason: .SlipPayload.pathDoesNotFit) }
            seal = Seal(
                size: sealed.size, index: sealed.index, root: MerkleHash.text(root),
                path: Base64URL.encode(sealed.path.flatMap { $0 }))
        }
        let record = unsigned.signed(
            with: Signature(alg: alg.rawValue, key: key, value: Base64URL.encode(signatureBytes), seal: seal))
        if checkingID {
            let computed = Array(Digest.sha256(record.signedBytes).prefix(8))
            guard computed == check else {
                throw .idMismatch(expected: Hex.encode(check), computed: Hex.encode(computed))
            }
        }
        return record
    }

    private static func time(form: UInt8, _ r: inout PayloadReader) throws(SlipError) -> Timestamp {
        switch form {
        case 0, 1:
            let value = try r.signedVarint("at")
            let quarters = Int(Int8(bitPattern: try r.byte("at.offset")))
            guard (-95...95).contains(quarters) else {
                throw .badField(field: "at.offset", reason: .SlipPayload.offsetTooLarge(quarters: Int(quarters)))
            }
            let (millis, overflow) = value.multipliedReportingOverflow(by: form == 0 ? 1000 : 1)
            // Years 1970-9999 only, as in records.
            guard !overflow, (-86_400_000...253_402_300_799_999).contains(millis) else {
                throw .badField(field: "at", reason: .SlipPayload.timeOutOfRange)
            }
            let at = Timestamp(epochMilliseconds: millis, offsetMinutes: quarters * 15)
            guard Timestamp(at.text) != nil else {
                throw .badField(field: "at", reason: .SlipPayload.localYearOutOfRange)
            }
            return at
        case 2:
            let text = try r.shortText("at")
            guard let at = Timestamp(text) else {
                throw .badField(field: "at", reason: .SlipPayload.notRFC3339(text))
            }
            return at
        default:
            throw .badField(field: "flags", reason: .SlipPayload.unknownTimeForm(form))
        }
    }

    private static func traceCode(_ r: inout PayloadReader, _ field: String) throws(SlipError) -> TraceCode {
        let number = try r.uint64(field)
        guard number < 10_000_000_000_000_000_000 else {
            throw .badField(field: field, reason: .SlipPayload.tooManyDigits)
        }
        let text = String(number)
        return TraceCode(payload: String(repeating: "0", count: 19 - text.count) + text)!
    }

    private static func decimal(_ r: inout PayloadReader, _ field: String) throws(SlipError) -> Amount {
        let packed = try r.varint(field)
        let exponent = packed & 7
        var value = packed >> 3
        guard exponent <= 6 else { throw .badField(field: field, reason: .SlipPayload.exponentOver6(Int(exponent))) }
        for _ in 0..<exponent {
            let (next, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { throw .badField(field: field, reason: .SlipPayload.valueTooLarge) }
            value = next
        }
        guard value <= 999_999_999_999_999_999 else {
            throw .badField(field: field, reason: .SlipPayload.valueOverMaximum)
        }
        return Amount(micros: Int64(value))
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
