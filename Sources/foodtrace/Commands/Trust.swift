import ArgumentParser
import Foundation
import TraceCrypto
import TraceModel
import TraceSlips
import TraceStore

extension FoodTrace {
    struct Trust: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Trust bundles for offline slip checks.", subcommands: [Export.self])

        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Write the regulator anchors and every registered party's keys, signed by the regulator.",
                discussion: "An inspector's phone or `foodtrace slip verify` checks slips against this file with no store and no network.")
            @OptionGroup var options: StoreOptions
            @Option(help: "The regulator's key file (one of the store's trust anchors).") var key: String
            @Option(help: "Where to write the bundle.") var out: String

            func run() throws {
                try runReporting {
                    let store = try options.open(readOnly: true)
                    let (party, privateKey): (String, PrivateKey)
                    do { (party, privateKey) = try KeyFile.read(key) } catch { throw CLIError.input("\(key): \(error)") }
                    let anchors = try store.anchors()
                    guard anchors.contains(where: { $0.key.keyID == privateKey.publicKey.keyID }) else {
                        throw CLIError.input("\(key) (\(party), \(privateKey.publicKey.keyID)) is not a trust anchor of this store")
                    }
                    let parties = try store.registeredParties().map { registered in
                        TrustBundle.Party(
                            id: registered.info.id, name: registered.info.name, role: registered.info.role, area: registered.info.area,
                            parent: registered.info.parent, keys: registered.keys,
                            revocations: registered.revocations.map { TrustBundle.Revocation(key: $0.key, from: $0.from, reason: $0.reason) })
                    }
                    let bundle = try TrustBundle.make(
                        issuedAt: try Clock.now(),
                        anchors: anchors.map { TrustBundle.Anchor(party: $0.party, key: $0.key.keyID, alg: $0.key.algorithm.rawValue,
                                                                  spki: Data($0.key.spkiDER).base64EncodedString()) },
                        parties: parties, signer: privateKey)
                    try Data(try bundle.jsonBytes()).write(to: URL(fileURLWithPath: out))
                    Console.out("wrote \(out): \(anchors.count) anchor(s), \(parties.count) parties, signed by \(party) \(privateKey.publicKey.keyID)")
                }
            }
        }
    }
}
