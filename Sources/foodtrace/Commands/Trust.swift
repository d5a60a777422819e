import ArgumentParser
import Foundation
import TraceCrypto
import TraceModel
import TraceService
import TraceSlips
import TraceStore

extension FoodTrace {
    struct Trust: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trust bundles for offline slip checks.", subcommands: [Export.self])

        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Write the regulator anchors and every registered party's keys, signed by the regulator.",
                discussion:
                    "An inspector's phone or `foodtrace slip verify` checks slips against this file with no store and no network."
            )
            @OptionGroup var options: StoreOptions
            @Option(help: "The regulator's key file (one of the store's trust anchors).") var key: String
            @Option(help: "Where to write the bundle.") var out: String
            @Flag(help: "Replace an existing --out file (never a key file or a store).") var force = false
            @Option(help: "How long the bundle is valid: days (7d) or hours (12h), at most 366d.") var validFor = "7d"

            /// `7d` or `12h` as milliseconds, from an hour to ``TrustBundle/maximumValidityMilliseconds``.
            static func validity(_ text: String) throws -> Int64 {
                let units: [Character: Int64] = ["d": 86_400_000, "h": 3_600_000]
                guard let unit = text.last.flatMap({ units[$0] }), let count = Int64(text.dropLast()), count > 0,
                    count * unit <= TrustBundle.maximumValidityMilliseconds
                else {
                    throw CLIError.input("--valid-for \(text): give days or hours, e.g. 7d or 12h, at most 366d")
                }
                return count * unit
            }

            func run() throws {
                try runReporting {
                    let output = try OutputFile(out, force: force)
                    let validity = try Self.validity(validFor)
                    let store = try options.open(readOnly: true)
                    let (party, privateKey): (String, PrivateKey)
                    do { (party, privateKey) = try KeyFile.read(key) } catch {
                        throw CLIError.input("\(key): \(error)")
                    }
                    let bundle = try refusing {
                        let now = try Clock.now()
                        return try SlipService(store: store).trustBundle(
                            signedBy: privateKey, issuedAt: now, expiresAt: now.adding(milliseconds: validity))
                    }
                    try output.write(try bundle.jsonBytes())
                    Console.out(
                        "wrote \(out): \(bundle.anchors.count) anchor(s), \(bundle.parties.count) parties, signed by \(party) \(privateKey.publicKey.keyID)"
                    )
                    Console.out("valid until \(bundle.expiresAt)")
                    Console.out("pin with: slip verify --anchor \(privateKey.publicKey.fingerprint)")
                }
            }
        }
    }
}
