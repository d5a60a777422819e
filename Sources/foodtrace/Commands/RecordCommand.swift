import ArgumentParser
import Foundation
import TraceModel

extension FoodTrace {
    struct RecordCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: HelpText.abstract("RecordCommand.RecordCommand"),
            discussion: HelpText.discussion(.Help.discussion("RecordCommand.RecordCommand")))

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
