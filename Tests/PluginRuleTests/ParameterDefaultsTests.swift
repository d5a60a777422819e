import FoodTraceKit
import Recall
import SchoolMeals
import SourceTickets
import Testing

@Suite("Built-in rules declare typed parameters whose defaults are valid")
struct ParameterDefaultsTests {
    static let plugins: [any AuditPlugin] = [SourceTicketsPlugin(), SchoolMealsPlugin(), RecallPlugin()]

    @Test("every default value passes its parameter's own type check")
    func defaultsValid() {
        for plugin in Self.plugins {
            for rule in plugin.rules {
                for parameter in rule.parameters {
                    #expect(
                        parameter.problem(with: parameter.defaultValue) == nil,
                        "\(plugin.name)/\(rule.id).\(parameter.name) = \(parameter.defaultValue)")
                }
            }
        }
    }

    @Test("numbers, switches and role lists are typed, so a mistyped override is refused rather than ignored")
    func typed() {
        let types = Dictionary(
            uniqueKeysWithValues: Self.plugins.flatMap { plugin in
                plugin.rules.flatMap { rule in
                    rule.parameters.map { ("\(plugin.name)/\(rule.id).\($0.name)", $0.type) }
                }
            })
        #expect(types["source-tickets/document-expired.downstream-expiry"] == .boolean)
        #expect(types["source-tickets/certificate-quantity.tolerance"] == .decimal)
        #expect(types["source-tickets/positive-test-distributed.max-evidence"] == .integer)
        #expect(types["school-meals/sample-retention.min-grams"] == .decimal)
        #expect(types["school-meals/receiving-records.min-inspectors"] == .integer)
        #expect(types["recall/drill-overdue.months"] == .integer)
        #expect(types["recall/missing-step-forward.grace-hours"] == .integer)
        let untyped = types.filter { $0.value == .text }.keys.sorted()
        #expect(untyped == ["recall/yield-exceeded.bounds", "school-meals/supplier-credit-grade.floor"])
    }
}
