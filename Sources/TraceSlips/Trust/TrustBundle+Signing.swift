import Foundation
import TraceCrypto
import TraceModel

extension TrustBundle {
    /// A signed bundle, valid from `issuedAt` until `expiresAt` (default: ``defaultValidityMilliseconds`` later).
    /// `signer` must be the private half of one of `anchors`.
    public static func make(
        issuedAt: Timestamp, expiresAt: Timestamp? = nil, anchors: [Anchor], parties: [Party], signer: PrivateKey
    ) throws(SlipError) -> TrustBundle {
        let expiry = expiresAt ?? issuedAt.adding(milliseconds: defaultValidityMilliseconds)
        let validity = expiry.epochMilliseconds - issuedAt.epochMilliseconds
        guard validity > 0, validity <= maximumValidityMilliseconds else {
            throw .bundleRefused(.Trust.expiryOutOfRange("\(expiry)"))
        }
        var bundle = TrustBundle(issuedAt: issuedAt, expiresAt: expiry, anchors: anchors, parties: parties)
        let keyID = signer.publicKey.keyID
        guard anchors.contains(where: { $0.key == keyID }) else {
            throw .bundleRefused(.Trust.signerNotAnchor(keyID))
        }
        try bundle.checkKeys()
        let message = try bundle.signedBytes()
        let signature: [UInt8]
        do {
            signature = try signer.sign(message)
        } catch {
            throw .bundleRefused(.Trust.signingFailed(.of(error)))
        }
        bundle.sig = Signature(alg: signer.algorithm.rawValue, key: keyID, value: Base64URL.encode(signature))
        return bundle
    }

    /// The bundle as JSON (canonical form, with `sig`): the bytes to write to a file.
    public func jsonBytes() throws(SlipError) -> [UInt8] {
        do {
            return try CanonicalJSON.bytes(try Record.json(of: self))
        } catch {
            throw .bundleRefused(.Trust.cannotEncode(.of(error)))
        }
    }

    /// Reads and checks a bundle: format and version, every key id against its key, the signature
    /// under one of the bundle's own anchors, and (with `now`) its validity.
    ///
    /// - Parameter pinnedAnchor: the full SHA-256 of the regulator key the inspector trusts
    ///   (``TraceCrypto/PublicKey/fingerprint``: `sha256:` and 64 hex digits; the prefix may be left out). When
    ///   given, the bundle must be signed by exactly that key. A short key id is refused as a pin: 64 bits can be
    ///   matched by a key made for the purpose. Without pinning a bundle vouches for itself — anyone can make one
    ///   with an anchor of their own — so the file must then come over a trusted channel (installed with the app,
    ///   fetched over authenticated TLS from the regulator).
    /// - Parameter now: the reader's clock. When given, a bundle at or past ``expiresAt`` is refused, and so is one
    ///   issued more than ``clockSkewMilliseconds`` after `now`.
    public static func load(bytes: [UInt8], pinnedAnchor: String? = nil, now: Timestamp? = nil) throws(SlipError)
        -> TrustBundle
    {
        let pin = try pinnedAnchor.map { pin throws(SlipError) in try fingerprint(pin) }
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw .bundleRefused(.Trust.notJSON(.of(error)))
        }
        guard json["format"]?.stringValue == formatName else {
            throw .bundleRefused(.Trust.formatMustBe(formatName))
        }
        guard let version = json["v"]?.intValue, version == formatVersion else {
            if json["v"]?.intValue == 1 {
                throw .bundleRefused(.Trust.versionOne)
            }
            throw .bundleRefused(.Trust.versionMustBe(formatVersion))
        }
        let bundle: TrustBundle
        do {
            bundle = try JSONDecoder().decode(TrustBundle.self, from: Data(bytes))
        } catch {
            throw .bundleRefused(.Trust.malformed(.of(error)))
        }
        guard let sig = bundle.sig else { throw .bundleRefused(.Trust.unsigned) }
        guard let anchor = bundle.anchors.first(where: { $0.key == sig.key }) else {
            throw .bundleRefused(.Trust.signedByOther(sig.key))
        }
        let key = try publicKey(id: anchor.key, alg: anchor.alg, spki: anchor.spki, what: .Trust.anchor)
        if let pin, key.fingerprint != pin {
            throw .bundleRefused(.Trust.notPinned(key: sig.key, fingerprint: key.fingerprint, pin: pin))
        }
        let message: [UInt8]
        do {
            message = try CanonicalJSON.bytes(json.removing("sig"))
        } catch {
            throw .bundleRefused(.Trust.cannotCanonicalise(.of(error)))
        }
        guard sig.alg == key.algorithm.rawValue, let signature = Base64URL.decode(sig.value),
            key.verify(signature: signature, message: message)
        else {
            throw .bundleRefused(.Trust.signatureFails(anchor: anchor.key, party: anchor.party))
        }
        try bundle.checkKeys()
        if let now { try bundle.checkValidity(at: now) }
        return bundle
    }

    /// Refuses a bundle that has expired at `now`, or that claims to be issued well after `now`.
    public func checkValidity(at now: Timestamp) throws(SlipError) {
        guard now < expiresAt else {
            throw .bundleRefused(
                .Trust.expired(
                    at: "\(expiresAt)", issued: "\(issuedAt)", age: TrustBundle.ageText(from: issuedAt, to: now)))
        }
        guard issuedAt.epochMilliseconds <= now.epochMilliseconds + TrustBundle.clockSkewMilliseconds else {
            throw .bundleRefused(.Trust.issuedLater("\(issuedAt)", now: "\(now)"))
        }
    }

    /// How long from `start` to `end`, in words: `3 days 4 hours`, `5 hours 2 minutes`, `40 minutes`.
    public static func age(from start: Timestamp, to end: Timestamp) -> String {
        let minutes = max(0, (end.epochMilliseconds - start.epochMilliseconds) / 60_000)
        func unit(_ value: Int64, _ name: String) -> String { "\(value) \(name)\(value == 1 ? "" : "s")" }
        let (days, hours) = (minutes / 1440, minutes % 1440 / 60)
        if days > 0 { return unit(days, "day") + (hours > 0 ? " " + unit(hours, "hour") : "") }
        if hours > 0 { return unit(hours, "hour") + (minutes % 60 > 0 ? " " + unit(minutes % 60, "minute") : "") }
        return unit(minutes, "minute")
    }

    /// ``age(from:to:)`` in Chinese and English: `2 天 3 小时` / `2 days 3 hours`.
    public static func ageText(from start: Timestamp, to end: Timestamp) -> Message {
        let minutes = max(0, (end.epochMilliseconds - start.epochMilliseconds) / 60_000)
        let (days, hours) = (minutes / 1440, minutes % 1440 / 60)
        let zh: String
        if days > 0 {
            zh = "\(days) 天" + (hours > 0 ? " \(hours) 小时" : "")
        } else if hours > 0 {
            zh = "\(hours) 小时" + (minutes % 60 > 0 ? " \(minutes % 60) 分钟" : "")
        } else {
            zh = "\(minutes) 分钟"
        }
        return Message("slip-check.age", zh: zh, en: age(from: start, to: end))
    }

    /// A pin as ``TraceCrypto/PublicKey/fingerprint`` writes it; anything else, a short key id first, is refused.
    static func fingerprint(_ pin: String) throws(SlipError) -> String {
        let hex = pin.hasPrefix("sha256:") ? String(pin.dropFirst(7)) : pin
        guard hex.utf8.count == 64, hex.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            throw .bundleRefused(.Trust.pinNotFingerprint(pin))
        }
        return "sha256:" + hex
    }

    /// The canonical JSON of the bundle without `sig`: what the signature covers.
    func signedBytes() throws(SlipError) -> [UInt8] {
        var unsigned = self
        unsigned.sig = nil
        do {
            return try CanonicalJSON.bytes(try Record.json(of: unsigned))
        } catch {
            throw .bundleRefused(.Trust.cannotEncode(.of(error)))
        }
    }

    /// Every anchor and party key must be a usable key whose id and algorithm match it; party ids unique.
    func checkKeys() throws(SlipError) {
        for anchor in anchors {
            _ = try TrustBundle.publicKey(id: anchor.key, alg: anchor.alg, spki: anchor.spki, what: .Trust.anchor)
        }
        var seen: Set<String> = []
        for party in parties {
            guard seen.insert(party.id).inserted else { throw .bundleRefused(.Trust.partyTwice(party.id)) }
            for key in party.keys {
                _ = try TrustBundle.publicKey(
                    id: key.id, alg: key.alg, spki: key.spki, what: .Trust.keyOfParty(party.id))
            }
        }
    }

    /// The public key behind a listed key, checked against its id and algorithm.
    static func publicKey(id: String, alg: String, spki: String, what: Message) throws(SlipError) -> PublicKey {
        guard let der = Data(base64Encoded: spki) else { throw .bundleRefused(.Trust.spkiNotBase64(what, id: id)) }
        let key: PublicKey
        do {
            key = try PublicKey(spkiDER: Array(der))
        } catch {
            throw .bundleRefused(.Trust.keyUnusable(what, id: id, .of(error)))
        }
        guard key.keyID == id else { throw .bundleRefused(.Trust.keyOwnID(what, id: id, own: key.keyID)) }
        guard key.algorithm.rawValue == alg else {
            throw .bundleRefused(.Trust.algorithmMismatch(what, id: id, listed: alg, actual: key.algorithm.rawValue))
        }
        return key
    }
}
