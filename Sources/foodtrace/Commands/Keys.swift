import ArgumentParser
import Foundation
import TraceCrypto
import TraceModel

extension FoodTrace {
    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make and inspect signing keys.", subcommands: [New.self, Show.self])

        struct New: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Make a key pair for a party.",
                discussion:
                    "Writes the private key (mode 0600) to --out and the public key to OUT.pub.pem; prints the key id and the DER public key for a register record."
            )

            @Option(help: "The party the key signs for.") var party: String
            @Option(help: "ed25519 or sm2-sm3.") var alg: SignatureAlgorithm = .ed25519
            @Option(help: "Where to write the private key.") var out: String
            @Option(help: "Output format.") var format: ReportFormat = .text

            func run() throws {
                try runReporting {
                    guard PartyID.isValid(party) else { throw CLIError.input("--party \(party): \(PartyID.rule)") }
                    // A key is never written over anything, nor through a link: refuse before making either file.
                    for path in [out, out + ".pub.pem"] where OutputFileCheck.occupied(path) {
                        throw CLIError.input(
                            "--out \(path): already exists; a new key is never written over a file or through a link "
                                + "(move it away first)")
                    }
                    let key = try PrivateKey.generate(alg)
                    do {
                        try KeyFile.write(key, party: party, to: out)
                        do { try KeyFile.writePublic(key.publicKey, to: out + ".pub.pem") } catch {
                            unlink(out)
                            throw error
                        }
                    } catch { throw CLIError.input("\(error)") }
                    try printKey(key.publicKey, party: party, format: format)
                }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show the public part of a key file (never the private key).")
            @Argument(help: "A private or public key file.") var file: String
            @Option(help: "Output format.") var format: ReportFormat = .text
            @Flag(help: "Print the public key as PEM (for `init --regulator-key`).") var pem = false

            func run() throws {
                try runReporting {
                    if let (party, key) = try? KeyFile.read(file) {
                        if pem { return Console.write(Array(key.publicKey.pem.utf8)) }
                        try printKey(key.publicKey, party: party, format: format)
                    } else {
                        do {
                            let key = try KeyFile.readPublic(file)
                            if pem { return Console.write(Array(key.pem.utf8)) }
                            try printKey(key, party: nil, format: format)
                        } catch {
                            throw CLIError.input("\(file): \(error)")
                        }
                    }
                }
            }
        }
    }
}

private func printKey(_ key: PublicKey, party: String?, format: ReportFormat) throws {
    let entry = RegisteredKey(id: key.keyID, alg: key.algorithm.rawValue, spki: Data(key.spkiDER).base64EncodedString())
    switch format {
    case .json:
        var json = try TraceModel.Record.json(of: entry)
        if let party { json = json.setting("party", to: .string(party)) }
        Console.out(try CanonicalJSON.string(json))
    case .text:
        if let party { Console.out("party: \(party)") }
        Console.out("key:   \(entry.id) (\(entry.alg))")
        Console.out("spki:  \(entry.spki)")
        Console.out("sha256: \(String(key.fingerprint.dropFirst(7)))  (pin a regulator key with this)")
    }
}
