import Recall
import Testing
import TraceAudit
import TraceModel
import TraceStore
import TraceStoreAudit

/// The recall plugin against the demo manifest: every injected recall defect found, no false positive.
struct RecallPluginDemoTests {
    @Test func findsEveryInjectedRecallDefectAndNothingElse() throws {
        let city = try DemoCity.shared()
        let findings = try city.store.withAuditQuery { query in
            try RecallPlugin().run(AuditContext(query: query, now: city.end, scope: AuditScope()))
        }
        let injected = city.manifest.defects.filter { $0.rule.hasPrefix("recall/") }
        try #require(
            Set(injected.map(\.rule)) == [
                "recall/sold-after-recall", "recall/missing-step-forward", "recall/yield-exceeded",
            ])
        // Recall: each defect has a finding of its rule naming its primary record.
        for defect in injected {
            #expect(
                findings.contains { $0.rule == defect.rule && $0.evidence.contains(defect.primary) },
                "missed \(defect.id) \(defect.type)")
        }
        // Precision: every finding of warning or worse belongs to an injected defect of its rule.
        for finding in findings where finding.severity >= .warning {
            let matched = injected.contains {
                $0.rule == finding.rule && !Set($0.records).isDisjoint(with: finding.evidence)
            }
            #expect(matched, "false positive: \(finding.rule) \(finding.subject): \(finding.message)")
        }
        // Every sale after the notice is its own finding.
        for defect in injected where defect.type == "sale-after-recall" {
            for sale in defect.records.dropFirst() {
                #expect(
                    findings.contains { $0.rule == defect.rule && $0.evidence.contains(sale) },
                    "sale \(sale) not reported")
            }
        }
    }

    @Test func theDemoRecallIsOnTimeAndComplete() throws {
        let city = try DemoCity.shared()
        let statuses = try city.store.withAuditQuery { query in
            let progress = try RecallProgress(query: query, now: city.end)
            return try RecallNotices.all(query).map { try progress.status(of: $0) }
        }
        let status = try #require(statuses.first)
        #expect(statuses.count == 1)
        #expect(status.state == "complete", "\(status.holders)")
        #expect(status.startMet == true && status.finishMet == true)
        #expect(status.holders.allSatisfy { $0.outstanding == "0" })
        #expect(status.holders.contains { $0.recovered != "0" })
        let defect = try #require(city.defects("sale-after-recall").first)
        #expect(Set(status.afterNotice.map(\.record)) == Set(defect.records.dropFirst()))
    }
}
