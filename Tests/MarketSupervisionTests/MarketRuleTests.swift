import FoodTraceKit
import MarketSupervision
import Testing

/// Each rule from its source, with near misses on both sides of its threshold.
@Suite("market-supervision rules")
struct MarketRuleTests {
    typealias F = MarketFixture
    static let day0 = MarketFixture.day0
    static let hour = MarketFixture.hour

    @Test(
        "rapid-test-coverage: a market of 200+ stalls must test on every day it receives goods",
        arguments: [(199, false), (200, true), (201, true)])
    func dailyTesting(stalls: Int, judged: Bool) throws {
        var fixture = F(stalls: stalls)
        let first = fixture.receive(by: F.stall(1), at: Self.day0 + 6 * Self.hour)
        fixture.receive(by: F.stall(2), at: Self.day0 + 30 * Self.hour)
        fixture.test(first, at: Self.day0 + 7 * Self.hour)
        // 2026-11-29 00:30 local is still the 28th in UTC: it covers the 29th, not the 28th.
        let found = try fixture.reported("rapid-test-coverage")
        #expect(found.map(\.subject) == (judged ? [F.market] : []))
        if judged { #expect(found[0].message.contains("有进货但无快检的日期：2026-11-29")) }
        var covered = fixture
        covered.test(first, at: Self.day0 + 24 * Self.hour + 30 * 60_000)
        #expect(try covered.reported("rapid-test-coverage").isEmpty)
        var lab = fixture
        lab.test(first, at: Self.day0 + 25 * Self.hour, method: "lab")
        #expect(try lab.reported("rapid-test-coverage").count == (judged ? 1 : 0), "a lab test is no rapid test")
    }

    @Test(
        "clenbuterol-positive-rate: above 0.5% is reported, exactly 0.5% is not",
        arguments: [(200, 1, false), (200, 2, true), (199, 1, true), (201, 1, false), (400, 2, false), (400, 3, true)])
    func positiveRate(tests: Int, positives: Int, reported: Bool) throws {
        var fixture = F(stalls: 3)
        for index in 0..<tests {
            let batch = fixture.receive(by: F.stall(1 + index % 3), at: Self.day0 + Int64(index) * 60_000)
            fixture.test(
                batch, at: Self.day0 + Int64(index) * 60_000 + 1, result: index < positives ? "positive" : "negative")
        }
        // Another analyte's positive does not count.
        fixture.test(fixture.code(), at: Self.day0 + 1, analyte: "organophosphate", result: "positive")
        let found = try fixture.reported("clenbuterol-positive-rate")
        #expect(found.map(\.subject) == (reported ? [F.market] : []))
        if reported { #expect(found[0].evidence.count == positives) }
    }

    @Test("clenbuterol-positive-rate follows its parameters: max-rate and min-tests")
    func positiveRateParameters() throws {
        var fixture = F(stalls: 1)
        for index in 0..<10 {
            let batch = fixture.receive(by: F.stall(1), at: Self.day0 + Int64(index) * 60_000)
            fixture.test(batch, at: Self.day0 + Int64(index) * 60_000 + 1, result: index == 0 ? "positive" : "negative")
        }
        #expect(try fixture.reported("clenbuterol-positive-rate").count == 1)
        #expect(
            try fixture.reported("clenbuterol-positive-rate", parameters: ["clenbuterol-positive-rate.max-rate": "10"])
                .isEmpty)
        #expect(
            try fixture.reported("clenbuterol-positive-rate", parameters: ["clenbuterol-positive-rate.min-tests": "11"])
                .isEmpty)
    }

    @Test(
        "pass-rate: 95% passes, below it is a warning, per market and product",
        arguments: [(20, 1, false), (20, 2, true), (100, 5, false), (100, 6, true)])
    func passRate(tests: Int, failed: Int, reported: Bool) throws {
        var fixture = F(stalls: 1)
        for index in 0..<tests {
            let batch = fixture.receive(by: F.stall(1), at: Self.day0 + Int64(index) * 60_000)
            fixture.test(
                batch, at: Self.day0 + Int64(index) * 60_000 + 1, analyte: "organophosphate",
                result: index < failed ? "positive" : "negative")
        }
        let all = try fixture.run().filter { $0.rule == "market-supervision/pass-rate" }
        #expect(all.map(\.subject) == ["\(F.market)/pork"])
        #expect(all.first?.severity == (reported ? .warning : .info))
    }

    @Test("vendor-file: a trading stall needs the market's complete file in force at its first receipt")
    func vendorFiles() throws {
        var fixture = F(stalls: 5)
        let at = Self.day0 + 8 * Self.hour
        for index in 1...5 { fixture.receive(by: F.stall(index), at: at) }
        fixture.certify(.vendorFile, subject: F.stall(1), by: F.market, from: at - 1)  // complete, in force
        fixture.certify(.vendorFile, subject: F.stall(2), by: F.market, from: at + 1)  // one millisecond late
        fixture.certify(.vendorFile, subject: F.stall(3), by: F.supplier, from: at - 1)  // another market's file
        fixture.certify(.vendorFile, subject: F.stall(4), by: F.market, from: at - 1, origin: false)  // lacks origin
        // Stall 5 has none.
        let found = try fixture.reported("vendor-file")
        #expect(found.map(\.subject) == [F.stall(2), F.stall(3), F.stall(4), F.stall(5)])
        #expect(found[2].message.contains("缺少：产地"))
        let figure = try fixture.run().filter { $0.rule == "market-supervision/vendor-file" && $0.severity == .info }
        #expect(figure.map(\.message).first?.contains("完整 1/5（20%）") == true)
    }

    @Test("red-carded-supplier: receipts under a red card in force are violations; a yellow card is information")
    func cards() throws {
        var fixture = F(stalls: 2)
        let at = Self.day0 + 8 * Self.hour
        fixture.certify(.redCard, subject: F.supplier, by: F.regulator, from: at)
        fixture.receive(by: F.stall(1), at: at - 1)  // before the card
        fixture.receive(by: F.stall(1), at: at)  // the card is in force from this instant
        fixture.receive(by: F.stall(2), at: at + 1, accepted: false)  // refused: what the card asks
        let found = try fixture.reported("red-carded-supplier")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("已被红牌清退") == true)
        var revoked = F(stalls: 1)
        revoked.certify(.redCard, subject: F.supplier, by: F.regulator, from: at, revoked: at + Self.hour)
        revoked.receive(by: F.stall(1), at: at + Self.hour)
        #expect(try revoked.reported("red-carded-supplier").isEmpty)
        var yellow = F(stalls: 1)
        yellow.certify(.yellowCard, subject: F.supplier, by: F.regulator, from: at)
        yellow.receive(by: F.stall(1), at: at + 1)
        let noted = try yellow.run().filter { $0.rule == "market-supervision/red-carded-supplier" }
        #expect(noted.map(\.severity) == [.info])
    }

    @Test(
        "credit-grade: A with no warning, B with warnings or one violation, C with more",
        arguments: [(0, "A"), (1, "B"), (2, "C")])
    func creditGrade(missingFiles: Int, grade: String) throws {
        var fixture = F(stalls: 3)
        let at = Self.day0 + 8 * Self.hour
        for index in 1...3 {
            fixture.receive(by: F.stall(index), at: at)
            if index > missingFiles {
                fixture.certify(.vendorFile, subject: F.stall(index), by: F.market, from: at - 1)
            }
        }
        let graded = try fixture.run().filter { $0.rule == "market-supervision/credit-grade" }
        #expect(graded.count == 1)
        #expect(graded.first?.message.contains("本期信用等级 \(grade)") == true)
        #expect(graded.first?.severity == (grade == "C" ? .warning : .info))
    }

    @Test("every parameter default is valid for its type, and a mistyped value is refused")
    func parameters() throws {
        for rule in MarketSupervisionPlugin().rules {
            for parameter in rule.parameters {
                #expect(parameter.problem(with: parameter.defaultValue) == nil, "\(rule.id).\(parameter.name)")
            }
        }
        let fixture = F(stalls: 1)
        #expect(throws: ParameterError.self) {
            try fixture.run(parameters: ["clenbuterol-positive-rate.max-rate": "0,5"])
        }
    }
}
