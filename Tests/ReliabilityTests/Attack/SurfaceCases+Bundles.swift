import Foundation
import Testing
import TraceModel

/// Attacks on the trust bundle an inspector's phone checks slips with (issue #10, "trust bundles"): a bundle past its
/// expiry or dated ahead of the clock, an anchor pinned by another key or by the short key id, a genuine bundle edited
/// (expiry, a key, a party, its signature, its version), and a bundle signed by a key of the attacker's own — an
/// outsider's, or a stall's — presented as the regulator's. Each is refused (exit 2) before any verdict on the slip.
extension SurfaceCases {
    func trustBundles() throws -> [(attacker: String, attempts: [SurfaceAttempt])] {
        let anchorPin = try fingerprint(of: regulatorKey)
        try expectOK(["keys", "new", "--party", "REG-510100", "--out", "outsider.key"])
        let outsiderPin = try fingerprint(of: "outsider.key")
        let shortID = try #require(
            try expectOK(["keys", "show", regulatorKey]).stdout.split(separator: "\n")
                .first { $0.hasPrefix("key:") }?.split(separator: " ").dropFirst().first.map(String.init))
        let later = Timestamp(epochMilliseconds: DemoCity.now + 8 * 86_400_000).text
        let earlier = Timestamp(epochMilliseconds: DemoCity.now - 3_600_000).text
        try expectOK(["trust", "export", "--key", regulatorKey, "--out", "short.json", "--valid-for", "1d"])
        let dayAfter = Timestamp(epochMilliseconds: DemoCity.now + 86_400_000 + 1).text
        let verify = ["slip", "verify", payload, "--bundle"]

        var outsider: [SurfaceAttempt] = [
            refused("expired (7 days)", verify + [bundle], phrases: ["it expired at"], now: later),
            refused("expired (--valid-for 1d)", verify + ["short.json"], phrases: ["it expired at"], now: dayAfter),
            refused("issued an hour ahead of the clock", verify + [bundle], phrases: ["check the clock"], now: earlier),
            refused(
                "pinned to another key", verify + [bundle, "--anchor", outsiderPin],
                phrases: ["not by the pinned anchor"]),
            refused(
                "pinned by the short key id", verify + [bundle, "--anchor", shortID],
                phrases: ["pin the regulator key by its full SHA-256"]),
        ]
        for (name, edit, phrase) in try bundleEdits() {
            let file = "edited-\(outsider.count).json"
            try directory.write(file, try edited(edit))
            outsider.append(refused("edited: \(name)", verify + [file], phrases: ["trust bundle refused", phrase]))
            outsider.append(
                refused(
                    "edited: \(name), pinned", verify + [file, "--anchor", anchorPin],
                    phrases: ["trust bundle refused"]))
        }
        // A bundle of the attacker's own, its anchor named as the city's regulator: vouches for itself, so the pin is
        // what refuses it.
        try ownBundle(signedBy: "outsider.key", file: "forged.json")
        outsider.append(
            refused(
                "a forged bundle, pinned", verify + ["forged.json", "--anchor", anchorPin],
                phrases: ["not by the pinned anchor"]))

        // An insider: a stall's own key as the anchor of a bundle that names it the regulator.
        let stall = try #require(city.parties(.stall).first)
        try FileManager.default.copyItem(
            atPath: city.keyDirectory + "/\(stall).key", toPath: directory.file("stall.key"))
        try ownBundle(signedBy: "stall.key", file: "stall-bundle.json")
        let insider = [
            refused(
                "a stall's key as the anchor, pinned", verify + ["stall-bundle.json", "--anchor", anchorPin],
                phrases: ["not by the pinned anchor"])
        ]
        return [("outsider", outsider), ("insider", insider)]
    }

    /// The full SHA-256 pin `keys show` prints for a key file.
    private func fingerprint(of key: String) throws -> String {
        let shown = try expectOK(["keys", "show", key]).stdout
        let line = try #require(shown.split(separator: "\n").first { $0.hasPrefix("sha256: ") })
        return "sha256:" + line.dropFirst(8).prefix(64)
    }

    /// A store whose only anchor is `key`'s public key under the regulator's party id, and its bundle in `file`.
    private func ownBundle(signedBy key: String, file: String) throws {
        let pem = try expectOK(["keys", "show", key, "--pem"]).stdout
        try directory.write(file + ".pem", Array(pem.utf8))
        let own = file + ".sqlite"
        try expectOK(["init", "--store", own, "--regulator-key", file + ".pem", "--regulator", city.regulatorID])
        try expectOK(["trust", "export", "--store", own, "--key", key, "--out", file])
    }

    /// Edits of the genuine bundle, each with what the refusal says.
    private func bundleEdits() throws -> [(String, (inout [String: Any]) throws -> Void, String)] {
        let stranger = try expectOK(["keys", "show", "outsider.key", "--format", "json"]).stdout
        let strangerSPKI = try #require(
            (try JSONSerialization.jsonObject(with: Data(stranger.utf8)) as? [String: Any])?["spki"] as? String)
        let notVerified = "does not verify"
        return [
            ("expiry a year later", { $0["expiresAt"] = "2027-12-01T12:00:00+08:00" }, notVerified),
            (
                "a party's key replaced by the attacker's",
                { bundle in
                    var parties = try #require(bundle["parties"] as? [[String: Any]])
                    var keys = try #require(parties[parties.count - 1]["keys"] as? [[String: Any]])
                    keys[0]["spki"] = strangerSPKI
                    parties[parties.count - 1]["keys"] = keys
                    bundle["parties"] = parties
                }, notVerified
            ),
            (
                "a party's revocations dropped",
                { bundle in
                    var parties = try #require(bundle["parties"] as? [[String: Any]])
                    let index = parties.firstIndex { !(($0["revocations"] as? [Any]) ?? []).isEmpty } ?? 0
                    parties[index]["revocations"] = []
                    parties[index]["name"] = (parties[index]["name"] as? String ?? "") + " "
                    bundle["parties"] = parties
                }, notVerified
            ),
            ("the signature removed", { $0["sig"] = nil }, "not signed"),
            ("version 1", { $0["v"] = 1 }, "it is a version 1 bundle, which has no expiry"),
        ]
    }

    private func edited(_ edit: (inout [String: Any]) throws -> Void) throws -> [UInt8] {
        let genuine = try Data(contentsOf: URL(fileURLWithPath: directory.file(bundle)))
        var json = try #require(try JSONSerialization.jsonObject(with: genuine) as? [String: Any])
        try edit(&json)
        return Array(try JSONSerialization.data(withJSONObject: json))
    }
}
