/// Canonical GS1 Digital Link URIs (`https://id.gs1.org/01/…/21/…`) for EPC URNs and Digital Link
/// URIs: the form identifiers take in event hashes (EPCIS 2.0 section 8.9), with exactly the rules of
/// the reference event-hash generator, quirks included, so that hash IDs agree with it.
///
/// An EPC URN converts when it has the exact shape of its scheme in TDS 2.0: a GS1 company prefix of
/// 6 to 12 digits, a reference of the remaining digits, and a serial (or lot, extension) of the
/// characters an EPC URN allows, within the scheme's length. Characters that a Digital Link must
/// escape and a URN need not (`!`, `(`, `)`, `*`, `+`, `,`, `:`) are percent-encoded; escapes already
/// in the URN stay as they are. Anything else (another scheme, a wrong length, a check digit the URN
/// would not have) stays unconverted. See ``canonicalWebURI(_:)`` for Digital Link URIs.
public enum DigitalLink {
    static let base = "https://id.gs1.org/"

    /// The canonical Digital Link URI for an EPC URN (`urn:epc:id:…`, `urn:epc:class:lgtin:…`,
    /// `urn:epc:idpat:…:*`) or a GS1 Digital Link URI on any host; `nil` for other values.
    public static func canonical(_ value: String) -> String? {
        var text = value
        return text.withUTF8 { bytes -> String? in
            if hasPrefix(bytes, "urn:epc:") { return fromURN(Array(bytes)) }
            // The reference gives up on a value without a dot before looking at it further.
            guard hasPrefix(bytes, "http"), bytes.contains(UInt8(ascii: ".")), namesPrimaryKey(bytes) else {
                return nil
            }
            return canonicalWebURI(value)
        }
    }

    /// Whether `bytes` start with the ASCII `prefix`.
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        for offset in 0..<count where bytes[offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    /// An EPC pure-identity, class or pattern URN as a Digital Link URI; `nil` when it does not have
    /// its scheme's exact shape.
    static func fromURN(_ urn: [UInt8]) -> String? {
        // urn:epc:<kind>:<scheme>:<body>
        let colons = urn.indices.filter { urn[$0] == UInt8(ascii: ":") }
        guard colons.count >= 4 else { return nil }
        let kind = String(decoding: urn[(colons[1] + 1)..<colons[2]], as: UTF8.self)
        let scheme = String(decoding: urn[(colons[2] + 1)..<colons[3]], as: UTF8.self)
        let body = EPCURNBody(urn[(colons[3] + 1)...])
        switch kind {
        case "id": return body.identity(scheme)
        case "class": return scheme == "lgtin" ? body.lgtin() : nil
        case "idpat": return body.pattern(scheme)
        default: return nil
        }
    }

    /// `body` followed by its GS1 check digit (mod 10, weights 3 and 1 alternating from the right).
    static func withCheckDigit(_ body: some Collection<UInt8>) -> String {
        var sum = 0
        for (offset, byte) in body.reversed().enumerated() {
            sum += Int(byte - 48) * (offset % 2 == 0 ? 3 : 1)
        }
        return String(decoding: body, as: UTF8.self) + String((10 - sum % 10) % 10)
    }

    /// `text` with the characters a Digital Link path must escape and an EPC URN may carry bare
    /// percent-encoded; existing escapes are left alone.
    static func webEscaped(_ text: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        for byte in text {
            switch byte {
            case UInt8(ascii: "!"): out += Array("%21".utf8)
            case UInt8(ascii: "("): out += Array("%28".utf8)
            case UInt8(ascii: ")"): out += Array("%29".utf8)
            case UInt8(ascii: "*"): out += Array("%2A".utf8)
            case UInt8(ascii: "+"): out += Array("%2B".utf8)
            case UInt8(ascii: ","): out += Array("%2C".utf8)
            case UInt8(ascii: ":"): out += Array("%3A".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
