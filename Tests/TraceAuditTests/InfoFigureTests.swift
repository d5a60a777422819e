import Foundation
import Testing
import TraceAudit
import TraceModel

/// An `info` item states a figure (a school's traceability rate, "target met"), not a fault: the text report
/// lists it apart, never under a rule's violation heading, and it is not counted as a finding.
@Suite("info figures in the text report")
struct InfoFigureTests {
    struct RatePlugin: AuditPlugin {
        let name = "rates"
        let version = "1.0.0"
        let rules = [
            AuditRule(
                id: "rate", title: "可追溯率", titleEnglish: "Traceability rate", severity: .violation,
                source: "《食品安全法》(2021) 第四十二条")
        ]
        var findings: [Finding]
        func run(_ context: AuditContext) throws -> [Finding] { findings }
    }

    func report(_ findings: [Finding]) throws -> AuditReport {
        let plugin = RegisteredPlugin(RatePlugin(findings: findings), origin: .linked)
        return AuditReport(
            clock: Timestamp("2026-11-28T12:00:00+08:00")!, scope: ReportScope(AuditScope(), offsetMinutes: 480),
            failOn: .violation, plugins: [ReportPlugin(plugin)],
            findings: findings.map { ReportFinding(plugin: "rates", $0) })
    }

    @Test func targetMetIsAFigureNotAFinding() throws {
        let met = Finding(
            rule: "rates/rate", severity: .info, subject: "SC-1", message: "可追溯率 100.0%，目标 100%，达标", evidence: [])
        let report = try report([met])
        #expect(report.counts.total == 0 && report.counts.info == 1)
        #expect(!report.failed)
        let text = try report.rendered(as: .text)
        #expect(!text.contains("[违规 violation]"), "\(text)")
        #expect(text.contains("[提示 info] 数据，不计为问题 · figures, not counted as findings — 1"))
        #expect(text.contains("  - rates/rate 可追溯率 · SC-1: 可追溯率 100.0%，目标 100%，达标"))
        #expect(text.contains("合计 total: 0 finding(s) — 严重 critical 0 · 违规 violation 0 · 警告 warning 0; 提示 info 1"))
    }

    /// The near miss: a violation of the same rule is listed under its heading and counted; the figure beside
    /// it still is not.
    @Test func aViolationBesideTheFigureIsCounted() throws {
        let met = Finding(rule: "rates/rate", severity: .info, subject: "SC-1", message: "达标", evidence: [])
        let missed = Finding(
            rule: "rates/rate", severity: .violation, subject: "SC-2", message: "未达标",
            evidence: (0..<50).map { "sha256:" + String(repeating: String($0 % 10), count: 64) })
        let report = try report([met, missed])
        #expect(report.counts.total == 1 && report.counts.info == 1)
        let text = try report.rendered(as: .text)
        let heading = try #require(text.range(of: "[违规 violation] rates/rate 可追溯率 · Traceability rate — 1"))
        let figures = try #require(text.range(of: "[提示 info]"))
        #expect(heading.upperBound < figures.lowerBound)
        let section = text[heading.upperBound..<figures.lowerBound]
        #expect(section.contains("SC-2") && !section.contains("SC-1"))
        // Three short ids and the rest counted: no wall of hashes.
        #expect(
            text.contains(
                "证据 evidence: 000000000000, 111111111111, 222222222222 … and 47 more (--format json lists all)"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count < 300 })
        let json = try report.rendered(as: .json)
        #expect(json.contains(String(repeating: "9", count: 64)))
    }
}
