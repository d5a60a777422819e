import ArgumentParser
import Foundation
import TraceCrypto
import TraceSync

extension FoodTrace {
    /// `foodtrace token issue`: a bearer token for reading a hub, signed offline with a regulator's key.
    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Token.Token"), subcommands: [Issue.self])

        struct Issue: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: HelpText.abstract("Token.Issue"),
                discussion: HelpText.discussion(.Help.discussion("Token.Issue")))

            @Option(help: ArgumentHelp("The regulator's key file.", valueName: "file")) var key: String
            @Option(help: ArgumentHelp("Who the token is for.", valueName: "name")) var subject: String
            @Option(help: ArgumentHelp("Comma-separated scopes.", valueName: "scopes")) var scope = "read:trace"
            @Option(
                help: ArgumentHelp(
                    "When it expires: a time (2026-12-31T18:00:00+08:00), or a duration from now (30m, 12h, 7d).",
                    valueName: "time"))
            var expires = "12h"

            func run() throws {
                try runReporting {
                    let (party, privateKey): (String, PrivateKey)
                    do { (party, privateKey) = try KeyFile.read(key) } catch {
                        throw CLIError.input(.about(key, .of(error)))
                    }
                    let scopes = try scope.split(separator: ",").map { name in
                        guard let scope = HubToken.Scope(rawValue: String(name)) else {
                            throw CLIError.input(
                                .optionChoice(
                                    option: "--scope", value: String(name),
                                    choices: ["read:trace", "read:audit", "admin"]))
                        }
                        return scope
                    }
                    guard !subject.isEmpty else { throw CLIError.input(.mustNotBeEmpty("--subject")) }
                    let now = Int64(Date().timeIntervalSince1970)  // the hub checks tokens against its real clock
                    let expiry = try Self.expiry(expires, now: now)
                    let token = HubToken(
                        subject: subject, scope: scopes, issuer: party, keyID: privateKey.publicKey.keyID,
                        issuedAt: now, expires: expiry)
                    Console.out(try token.signed(by: privateKey))
                }
            }

            static func expiry(_ text: String, now: Int64) throws -> Int64 {
                let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
                if let unit = text.last.flatMap({ units[$0] }), let count = Int64(text.dropLast()), count > 0 {
                    return now + count * unit
                }
                let time = try Clock.parse(text, option: "--expires")
                guard time.epochMilliseconds / 1000 > now else {
                    throw CLIError.input(.notInTheFuture(option: "--expires", value: text))
                }
                return time.epochMilliseconds / 1000
            }
        }
    }
}
