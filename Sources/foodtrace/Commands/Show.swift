import ArgumentParser
import Foundation
import TraceModel
import TraceStore

extension FoodTrace {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Show.Show"))

        @OptionGroup var options: StoreOptions
        @Argument(help: "A record id, an id prefix of 8+ hex digits, or a 20-digit trace code.") var id: String
        @Option(help: "Output format.") var format: ReportFormat = .text
        @Flag(help: "Print the exact bytes the signature covers (the canonical JSON without sig), for openssl pkeyutl.")
        var signedBytes = false
        @Flag(help: "Print the raw signature bytes (binary), for openssl pkeyutl -sigfile.") var signature = false

        func run() throws {
            try runReporting {
                let store = try options.openGraph()
                var recordID = id
                if id.count == 20, id.allSatisfy(\.isNumber) {
                    let digits = try TraceCodeArgument.parse(id)
                    try StoredCode.require(digits, in: store)
                    recordID = try store.recordID(forCode: digits) ?? id
                }
                guard let record = try store.record(id: recordID) else {
                    throw CLIError.input(.noRecord(id))
                }
                if signedBytes || signature {
                    guard !(signedBytes && signature) else {
                        throw CLIError.input(.notBoth("--signed-bytes", "--signature"))
                    }
                    let parsed = try TraceModel.Record.parse(record.raw)
                    guard signature else { return Console.write(parsed.signedBytes) }
                    guard let value = parsed.sig.flatMap({ Base64URL.decode($0.value) }) else {
                        throw CLIError.input(.noSignature(record.id))
                    }
                    return Console.write(value)
                }
                switch format {
                case .json: Console.write(record.raw + [0x0A])
                case .text:
                    Console.out(try RecordText.describe(record))
                    if let logged = try store.loggedTime(of: record.id) {
                        Console.out(Self.logged(logged, at: record.at))
                    }
                }
            }
        }
    }
}

extension FoodTrace.Show {
    /// The record's logged time (a hub's store: the first signed tree head that includes it) beside its `at`, flagged
    /// when the two are more than a day apart (a signer writes `at`; the hub's log fixes when the record reached it).
    static func logged(_ milliseconds: Int64, at: String) -> String {
        let hours = Timestamp(at).map { (milliseconds - $0.epochMilliseconds) / 3_600_000 } ?? 0
        return OutputLanguage.text(.recordLogged(LogText.time(milliseconds), hoursAfter: hours))
    }
}

/// A readable rendering of a stored record.
enum RecordText {
    static func describe(_ stored: StoredRecord) throws -> String {
        let record = try TraceModel.Record.parse(stored.raw)
        func label(_ name: String) -> String { OutputLanguage.text(.recordLabel(name)) }
        var lines = [
            label("record") + stored.id,
            label("kind") + record.kind.rawValue,
            label("issuer") + "\(record.issuer)  seq \(record.seq)",
            label("prev") + (record.prev ?? "-"),
            label("at") + "\(record.at)",
            label("key") + "\(record.sig?.key ?? "-") (\(record.sig?.alg ?? "-"))",
            label("body"),
        ]
        lines += PrettyJSON.lines(record.body, indent: "  ")
        return lines.joined(separator: "\n")
    }

    static func line(_ stored: StoredRecord) -> String {
        "\(RecordID.short(stored.id))  \(stored.at)  \(stored.issuer.padding(toLength: 20, withPad: " ", startingAt: 0)) #\(stored.seq)  \(stored.kind.rawValue)"
    }
}

/// Indented JSON for people, keeping member order.
enum PrettyJSON {
    static func lines(_ value: JSONValue, indent: String) -> [String] {
        switch value {
        case .object(let members):
            return members.flatMap { member -> [String] in
                switch member.value {
                case .object, .array: return ["\(indent)\(member.key):"] + lines(member.value, indent: indent + "  ")
                default: return ["\(indent)\(member.key): \(scalar(member.value))"]
                }
            }
        case .array(let elements):
            return elements.enumerated().flatMap { index, element -> [String] in
                switch element {
                case .object, .array: return ["\(indent)- [\(index)]"] + lines(element, indent: indent + "  ")
                default: return ["\(indent)- \(scalar(element))"]
                }
            }
        default: return [indent + scalar(value)]
        }
    }

    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .number(let text): return text
        case .bool(let flag): return String(flag)
        case .null: return "null"
        default: return (try? CanonicalJSON.string(value)) ?? ""
        }
    }
}
