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
            abstract: HelpText.abstract("Trust.Trust"), subcommands: [Export.self])

        struct Export: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: HelpText.abstract("Trust.Export"),
                discussion: HelpText.discussion(.Help.discussion("Trust.Export"))
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
                    throw CLIError.input(.badValidity(text))
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
                        throw CLIError.input(.about(key, .of(error)))
                    }
                    let bundle = try refusing {
                        let now = try Clock.now()
                        return try SlipService(store: store).trustBundle(
                            signedBy: privateKey, issuedAt: now, expiresAt: now.adding(milliseconds: validity))
                    }
                    try output.write(try bundle.jsonBytes())
                    Console.out(
                        OutputLanguage.text(
                            .bundleWritten(
                                path: out, anchors: bundle.anchors.count, parties: bundle.parties.count, party: party,
                                key: privateKey.publicKey.keyID, until: "\(bundle.expiresAt)",
                                fingerprint: privateKey.publicKey.fingerprint)))
                }
            }
        }
    }
}
