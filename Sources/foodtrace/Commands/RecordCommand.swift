import ArgumentParser
import Foundation
import TraceModel

extension FoodTrace {
    struct RecordCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: HelpText.abstract("RecordCommand.RecordCommand"),
            discussion: """
                The body comes from --body FILE.json (or - for standard input) and/or --field flags with dotted
                paths: PATH=TEXT sets a string, PATH:=JSON sets any JSON value (e.g. level:=1, accepted:=true), e.g.
                  foodtrace record produce --key farm.key --field batch=51010400126112800013 \\
                    --field product.code=0101 --field product.name=生猪 --field product.category=live-pig \\
                    --field quantity.value=20 --field quantity.unit=head --field origin.area=510104 --field origin.name=锦江
                seq and prev are filled from the store; --at defaults to now. Prints the record id.
                The body is read as typed, the way `sell` reads its options: amounts lose trailing zeros \
                (quantity.value=20.0 is 20), weights in 斤 or 两 become kg (a sell body's unit price then per kg, \
                with pricedIn set), trace codes lose the spaces of the printed grouping. Records that move stock \
                (ship, transform, use, sell) go through the till's stop-sale checks (see `foodtrace sell --help`).
                """)

        @OptionGroup var options: StoreOptions
        @Argument(help: "The record kind: \(RecordKind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind:
            String
        @Option(help: "The signing key file of the issuing party.") var key: String
        @Option(help: "A JSON file with the body, or - for standard input.") var body: String?
        @Option(name: .customLong("field"), help: "PATH=VALUE to set in the body (repeatable).") var fields: [String] =
            []
        @Option(help: "The time of the fact (RFC 3339 with offset); default now.") var at: String?
        @Option(help: "Output format.") var format: ReportFormat = .text

        func run() throws {
            try runReporting {
                guard let kind = RecordKind(rawValue: kind) else {
                    throw CLIError.input(.Ingest.unknownKind(self.kind, known: RecordKind.allCases.map(\.rawValue)))
                }
                var json: JSONValue = .object([])
                if let body {
                    do { json = try JSONParser.parse(try InputFile.bytes(body)) } catch let error as JSONParser.Failure
                    {
                        throw CLIError.input(.about(body, .of(error)))
                    }
                }
                for field in fields { json = try FieldAssignment.apply(field, to: json) }
                json = TypedInput.body(json, kind: kind)
                let store = try options.open()
                let appender = try Appender(store: store, keyFile: key)
                let record = try appender.append(
                    kind, bodyJSON: json, at: try at.map { try Clock.parse($0, option: "--at") })
                switch format {
                case .text: Console.out(record.id)
                case .json: Console.out(String(decoding: record.canonicalBytes, as: UTF8.self))
                }
            }
        }
    }
}

/// `PATH=VALUE` assignments into a JSON object.
enum FieldAssignment {
    static func apply(_ assignment: String, to json: JSONValue) throws -> JSONValue {
        guard let equals = assignment.firstIndex(of: "=") else {
            throw CLIError.input(.fieldAssignment(assignment))
        }
        var pathText = assignment[..<equals]
        let text = String(assignment[assignment.index(after: equals)...])
        let value: JSONValue
        if pathText.hasSuffix(":") {
            pathText = pathText.dropLast()
            do { value = try JSONParser.parse(text) } catch {
                throw CLIError.input(.about("--field \(assignment)", .of(error)))
            }
        } else {
            value = .string(text)
        }
        let path = pathText.split(separator: ".").map(String.init)
        guard !path.isEmpty else { throw CLIError.input(.fieldEmptyPath(assignment)) }
        return set(path[...], value, in: json)
    }

    private static func set(_ path: ArraySlice<String>, _ value: JSONValue, in json: JSONValue) -> JSONValue {
        guard let key = path.first else { return value }
        let child = json[key] ?? .object([])
        let base: JSONValue = json.objectMembers == nil ? .object([]) : json
        return base.setting(key, to: set(path.dropFirst(), value, in: child))
    }
}
