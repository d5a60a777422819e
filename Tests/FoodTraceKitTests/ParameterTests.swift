import FoodTraceKit
import Foundation
import Testing

@Suite("Typed rule parameters: every value is checked against its type")
struct ParameterTests {
    static let rule = AuditRule(
        id: "sample", title: "样例", titleEnglish: "Sample", severity: .violation, source: "test",
        parameters: [
            RuleParameter(name: "on", defaultValue: "true", description: "A switch.", type: .boolean),
            RuleParameter(name: "count", defaultValue: "3", description: "A count.", type: .integer),
            RuleParameter(name: "grams", defaultValue: "125", description: "A weight.", type: .decimal),
            RuleParameter(
                name: "roles", defaultValue: "stall", description: "Roles.", type: .list, choices: ["stall", "market"]),
            RuleParameter(name: "terms", defaultValue: "a, b,,c", description: "Terms.", type: .list),
            RuleParameter(name: "mode", defaultValue: "fast", description: "Mode.", choices: ["fast", "full"]),
            RuleParameter(name: "note", defaultValue: "", description: "Free text."),
        ])

    static func parameter(_ name: String) -> RuleParameter { rule.parameters.first { $0.name == name }! }

    @Test(
        "values of each type: accepted on one side, refused on the other",
        arguments: [
            ("on", "true", nil), ("on", "false", nil), ("on", "yes", "expected true or false"),
            ("on", "True", "expected true or false"),
            ("count", "0", nil), ("count", "-3", nil), ("count", "1.5", "expected a whole number"),
            ("count", "", "expected a whole number"), ("count", "3 ", "expected a whole number"),
            ("grams", "0.5", nil), ("grams", "125", nil),
            ("grams", "1O0", "expected an exact decimal number such as 0.5"),
            ("grams", "1e3", "expected an exact decimal number such as 0.5"),
            ("roles", "stall,market", nil), ("roles", " market ", nil), ("roles", "", nil),
            ("roles", "stall,shop", "unknown item shop (allowed: stall, market)"),
            ("terms", "anything, at all", nil),
            ("mode", "full", nil), ("mode", "Full", "expected one of fast, full"),
            ("note", "any text at all", nil),
        ] as [(String, String, String?)])
    func valueChecks(name: String, value: String, problem: String?) {
        #expect(Self.parameter(name).problem(with: value) == problem)
    }

    @Test("typed accessors read the override, else the default, and refuse a value not of the type")
    func accessors() throws {
        let defaults = AuditContext(query: NoQuery(), now: 0, scope: AuditScope())
        #expect(try defaults.flag(Self.rule, "on") == true)
        #expect(try defaults.integer(Self.rule, "count") == 3)
        #expect(try defaults.amount(Self.rule, "grams") == Amount("125"))
        #expect(try defaults.list(Self.rule, "terms") == ["a", "b", "c"])
        let given = AuditContext(
            query: NoQuery(), now: 0, scope: AuditScope(),
            parameters: ["sample.on": "false", "sample.count": "-2", "sample.grams": "0.5", "other.count": "x"])
        #expect(try given.flag(Self.rule, "on") == false)
        #expect(try given.integer(Self.rule, "count") == -2)
        #expect(try given.amount(Self.rule, "grams") == Amount("0.5"))
        let mistyped = AuditContext(
            query: NoQuery(), now: 0, scope: AuditScope(), parameters: ["sample.grams": "lots"])
        #expect(
            throws: ParameterError(
                rule: "sample", parameter: "grams", value: "lots",
                reason: "expected an exact decimal number such as 0.5")
        ) {
            try mistyped.amount(Self.rule, "grams")
        }
        #expect(
            throws: ParameterError(
                rule: "sample", parameter: "nope", value: nil, reason: "the rule has no such parameter")
        ) {
            try defaults.integer(Self.rule, "nope")
        }
    }

    @Test(
        "a manifest parameter without a type (a plugin built before types) reads as text; text ones encode without it")
    func wireCompatibility() throws {
        let old = #"{"name":"max-kg","defaultValue":"100","description":"Largest sale."}"#
        let decoded = try JSONDecoder().decode(RuleParameter.self, from: Data(old.utf8))
        #expect(decoded == RuleParameter(name: "max-kg", defaultValue: "100", description: "Largest sale."))
        #expect(decoded.type == .text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(
            String(decoding: try encoder.encode(decoded), as: UTF8.self)
                == #"{"defaultValue":"100","description":"Largest sale.","name":"max-kg"}"#)
        let typed = RuleParameter(name: "n", defaultValue: "1", description: "d", type: .integer)
        let text = String(decoding: try encoder.encode(typed), as: UTF8.self)
        #expect(text == #"{"defaultValue":"1","description":"d","name":"n","type":"integer"}"#)
    }
}

/// A query view that answers nothing: these tests never query.
struct NoQuery: AuditQuery {
    func parties() throws -> [AuditParty] { [] }
    func documents() throws -> [AuditDocument] { [] }
    func receipts(_ scope: AuditScope) throws -> [AuditReceipt] { [] }
    func records(kind: RecordKind, _ scope: AuditScope) throws -> [AuditRecord] { [] }
    func node(_ code: String) throws -> GraphNode? { nil }
    func parents(of code: String) throws -> [GraphEdge] { [] }
    func nodesWithoutInputs(createdBy kinds: [RecordKind], _ scope: AuditScope) throws -> [GraphNode] { [] }
    func children(of code: String) throws -> [GraphEdge] { [] }
    func ancestors(of code: String) throws -> [String] { [code] }
    func descendants(of code: String) throws -> [String] { [code] }
    func movements(of code: String) throws -> [Movement] { [] }
    func documentsQuoted(creating code: String) throws -> [DocumentRef]? { nil }
    func overdrawnBatches(outflows: [String], through: Int64) throws -> [String] { [] }
    func shipments(of code: String) throws -> [Shipment] { [] }
    func shipments(_ scope: AuditScope) throws -> [Shipment] { [] }
    func traceUp(_ code: String) throws -> TraceResult {
        throw ParameterError(rule: "", parameter: "", value: nil, reason: "no trace")
    }
}
