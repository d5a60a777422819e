import Foundation
import TraceCrypto
import TraceModel

extension TrustBundle {
    /// A signed bundle. `signer` must be the private half of one of `anchors`.
    public static func make(issuedAt: Timestamp, anchors: [Anchor], parties: [Party], signer: PrivateKey)
        throws(SlipError) -> TrustBundle
    {
        var bundle = TrustBundle(issuedAt: issuedAt, anchors: anchors, parties: parties)
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

    /// Reads and checks a bundle: format and version, every key id against its key, and the signature
    /// under one of the bundle's own anchors.
    ///
    /// - Parameter pinnedAnchor: the key id of the regulator key the inspector trusts. When given,
    ///   the bundle must be signed by exactly that key. Without pinning a bundle vouches for itself —
    ///   anyone can make one with an anchor of their own — so the file must then come over a trusted
    ///   channel (installed with the app, fetched over authenticated TLS from the regulator).
    public static func load(bytes: [UInt8], pinnedAnchor: String? = nil) throws(SlipError) -> TrustBundle {
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
            throw .bundle("\"v\" must be \(formatVersion); this reader does not know other versions")
        }
        let bundle: TrustBundle
        do {
            bundle = try JSONDecoder().decode(TrustBundle.self, from: Data(bytes))
        } catch {
            throw .bundle("malformed: \(error)")
        }
        guard let sig = bundle.sig else { throw .bundle("it is not signed (no \"sig\")") }
        if let pinnedAnchor, sig.key != pinnedAnchor {
            throw .bundle("it is signed by key \(sig.key), not by the pinned anchor \(pinnedAnchor)")
        }
        guard let anchor = bundle.anchors.first(where: { $0.key == sig.key }) else {
            throw .bundle("it is signed by key \(sig.key), which is not one of its anchors")
        }
        let key = try publicKey(id: anchor.key, alg: anchor.alg, spki: anchor.spki, what: "anchor")
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
        return bundle
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
