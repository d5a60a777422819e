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
            throw .bundle("a bundle expires after it is issued and within 366 days (it would expire at \(expiry))")
        }
        var bundle = TrustBundle(issuedAt: issuedAt, expiresAt: expiry, anchors: anchors, parties: parties)
        let keyID = signer.publicKey.keyID
        guard anchors.contains(where: { $0.key == keyID }) else {
            throw .bundle("the signing key \(keyID) is not one of the bundle's anchors")
        }
        try bundle.checkKeys()
        let message = try bundle.signedBytes()
        let signature: [UInt8]
        do {
            signature = try signer.sign(message)
        } catch {
            throw .bundle("signing failed: \(error)")
        }
        bundle.sig = Signature(alg: signer.algorithm.rawValue, key: keyID, value: Base64URL.encode(signature))
        return bundle
    }

    /// The bundle as JSON (canonical form, with `sig`): the bytes to write to a file.
    public func jsonBytes() throws(SlipError) -> [UInt8] {
        do {
            return try CanonicalJSON.bytes(try Record.json(of: self))
        } catch {
            throw .bundle("cannot encode the bundle: \(error)")
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
            throw .bundle("not JSON: \(error)")
        }
        guard json["format"]?.stringValue == formatName else {
            throw .bundle("\"format\" must be \"\(formatName)\"")
        }
        guard let version = json["v"]?.intValue, version == formatVersion else {
            if json["v"]?.intValue == 1 {
                throw .bundle(
                    "it is a version 1 bundle, which has no expiry; export a new one (foodtrace trust export)")
            }
            throw .bundle("\"v\" must be \(formatVersion); this reader does not know other versions")
        }
        let bundle: TrustBundle
        do {
            bundle = try JSONDecoder().decode(TrustBundle.self, from: Data(bytes))
        } catch {
            throw .bundle("malformed: \(error)")
        }
        guard let sig = bundle.sig else { throw .bundle("it is not signed (no \"sig\")") }
        guard let anchor = bundle.anchors.first(where: { $0.key == sig.key }) else {
            throw .bundle("it is signed by key \(sig.key), which is not one of its anchors")
        }
        let key = try publicKey(id: anchor.key, alg: anchor.alg, spki: anchor.spki, what: "anchor")
        if let pin, key.fingerprint != pin {
            throw .bundle("it is signed by key \(sig.key) (\(key.fingerprint)), not by the pinned anchor \(pin)")
        }
        let message: [UInt8]
        do {
            message = try CanonicalJSON.bytes(json.removing("sig"))
        } catch {
            throw .bundle("cannot canonicalise: \(error)")
        }
        guard sig.alg == key.algorithm.rawValue, let signature = Base64URL.decode(sig.value),
            key.verify(signature: signature, message: message)
        else {
            throw .bundle(
                "its signature does not verify under anchor \(anchor.key) of \(anchor.party): the file was altered or damaged"
            )
        }
        try bundle.checkKeys()
        if let now { try bundle.checkValidity(at: now) }
        return bundle
    }

    /// Refuses a bundle that has expired at `now`, or that claims to be issued well after `now`.
    public func checkValidity(at now: Timestamp) throws(SlipError) {
        guard now < expiresAt else {
            throw .bundle(
                "it expired at \(expiresAt) (issued \(issuedAt), \(TrustBundle.age(from: issuedAt, to: now)) ago); "
                    + "get a fresh one (foodtrace trust export)")
        }
        guard issuedAt.epochMilliseconds <= now.epochMilliseconds + TrustBundle.clockSkewMilliseconds else {
            throw .bundle("it is issued at \(issuedAt), later than this clock (\(now)): check the clock")
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
            throw .bundle(
                "--anchor \(pin): pin the regulator key by its full SHA-256, sha256: and 64 hex digits "
                    + "(foodtrace keys show prints it); a short key id names a key, it does not pin one")
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
            throw .bundle("cannot encode the bundle: \(error)")
        }
    }

    /// Every anchor and party key must be a usable key whose id and algorithm match it; party ids unique.
    func checkKeys() throws(SlipError) {
        for anchor in anchors {
            _ = try TrustBundle.publicKey(id: anchor.key, alg: anchor.alg, spki: anchor.spki, what: "anchor")
        }
        var seen: Set<String> = []
        for party in parties {
            guard seen.insert(party.id).inserted else { throw .bundle("party \(party.id) is listed twice") }
            for key in party.keys {
                _ = try TrustBundle.publicKey(
                    id: key.id, alg: key.alg, spki: key.spki, what: "key of party \(party.id)")
            }
        }
    }

    /// The public key behind a listed key, checked against its id and algorithm.
    static func publicKey(id: String, alg: String, spki: String, what: String) throws(SlipError) -> PublicKey {
        guard let der = Data(base64Encoded: spki) else { throw .bundle("\(what) \(id): spki is not base64") }
        let key: PublicKey
        do {
            key = try PublicKey(spkiDER: Array(der))
        } catch {
            throw .bundle("\(what) \(id): \(error)")
        }
        guard key.keyID == id else { throw .bundle("\(what) \(id): the key's own id is \(key.keyID)") }
        guard key.algorithm.rawValue == alg else {
            throw .bundle("\(what) \(id): listed as \(alg) but the key is \(key.algorithm.rawValue)")
        }
        return key
    }
}
