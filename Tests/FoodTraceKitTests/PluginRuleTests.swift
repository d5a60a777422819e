import FoodTraceKit
import Testing

/// A plugin's rules as the SDK has them written: one refinement of ``PluginRule`` fixing the run type and name.
private protocol SampleRule: PluginRule where Run == [Int] {}

extension SampleRule {
    static var plugin: String { "sample-plugin" }
}

private enum LargeValue: SampleRule {
    static let rule = AuditRule(
        id: "large-value", title: "数值过大", titleEnglish: "Value too large", severity: .warning,
        source: "FoodTrace SDK test",
        parameters: [RuleParameter(name: "max", defaultValue: "10", description: "Largest value.", type: .integer)])

    static func check(_ run: [Int]) throws -> [Finding] {
        run.filter { $0 > 10 }.map { value in
            finding(
                subject: "\(value)", message: "value \(value) > 10", evidence: ["sha256:b", "sha256:a", "sha256:b"],
                severity: value > 100 ? .critical : nil)
        }
    }
}

@Suite("PluginRule: one rule protocol and one finding helper for every plugin")
struct PluginRuleTests {
    @Test("a finding is named plugin/rule, takes the rule's severity unless given, and keeps evidence once, in order")
    func findingHelper() throws {
        let findings = try LargeValue.check([3, 10, 11, 101])
        #expect(
            findings == [
                Finding(
                    rule: "sample-plugin/large-value", severity: .warning, subject: "11", message: "value 11 > 10",
                    evidence: ["sha256:b", "sha256:a"]),
                Finding(
                    rule: "sample-plugin/large-value", severity: .critical, subject: "101", message: "value 101 > 10",
                    evidence: ["sha256:b", "sha256:a"]),
            ])
        #expect(LargeValue.qualifiedID == "sample-plugin/large-value")
    }

    @Test("a rule reads its own typed parameters through the context")
    func typedParameter() throws {
        let context = AuditContext(
            query: NoQuery(), now: 0, scope: AuditScope(), parameters: ["large-value.max": "20"])
        #expect(try LargeValue.integer(context, "max") == 20)
        let mistyped = AuditContext(
            query: NoQuery(), now: 0, scope: AuditScope(), parameters: ["large-value.max": "twenty"])
        #expect(throws: ParameterError.self) { try LargeValue.integer(mistyped, "max") }
    }
}
