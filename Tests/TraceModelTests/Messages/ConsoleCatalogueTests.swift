import Testing
import TraceModel

/// The console's section of the catalogue (`console.*`): every word in both languages, the Chinese Chinese and the
/// English free of Chinese, keys unique; the recall states the recall plugin names, and a state it does not.
@Suite("Message catalogue: the console's words")
struct ConsoleCatalogueTests {
    typealias C = Message.Console

    static let words: [Message] = [
        C.title, C.search, C.findings, C.recalls, C.drills, C.logout, C.login, C.token, C.tokenHelp, C.searchHelp,
        C.code, C.party, C.name, C.role, C.area, C.market, C.noMatch, C.traceUp, C.traceDown, C.hops, C.expandAll,
        C.collapseAll, C.complete, C.incomplete, C.compliant, C.moreHops, C.signatureGood, C.signatureBad, C.batch,
        C.level, C.reason, C.issued, C.startBy, C.finishBy, C.state, C.holders, C.unit, C.distributed, C.recovered,
        C.outstanding, C.overdue, C.active, C.closed, C.noRecalls, C.lot, C.time, C.passed, C.failed, C.result,
        C.record, C.evidence, C.report, C.noDrills, C.drillReport, C.reportMissing, C.accounted,
        C.period, C.periodHelp, C.marketHelp, C.areaHelp, C.minimumSeverity, C.filter, C.clearFilters, C.onlyRule,
        C.onlyParty, C.downloadReport, C.noFindings, C.moreFindings, C.previousMonth, C.nextMonth, C.kind, C.issuer,
        C.sequence, C.ingested, C.body, C.signedJSON, C.noParty, C.findingsCount(3), C.flags(1),
        C.morePartiesThan(250, shown: 200), C.badPeriod("2026-13"), C.noRecord("sha256:ab"), C.noDrill("sha256:cd"),
        C.noCode("51010411226112800002"), C.lacksScope("shop"), C.tokenRefused("expired"),
        C.drillFigures(percent: "100", milliseconds: "12"),
    ]

    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test func everyWordInBothLanguages() {
        for word in Self.words {
            #expect(word.key.hasPrefix("console."), "\(word.key)")
            #expect(Self.hasChinese(word.zh), "\(word.key): \(word.zh)")
            #expect(!Self.hasChinese(word.en) && !word.en.isEmpty, "\(word.key): \(word.en)")
        }
    }

    @Test func keysAreUnique() {
        let keys = Self.words.map(\.key)
        #expect(Set(keys).count == keys.count, "\(keys.sorted())")
    }

    @Test func countsReadInEachLanguage() {
        #expect(C.flags(1).en == "1 flag" && C.flags(2).en == "2 flags" && C.flags(2).zh == "2 个问题")
        #expect(C.findingsCount(50).text(.zh) == "共 50 项" && C.findingsCount(50).text(.en) == "50 in all")
    }

    @Test(arguments: ["in-progress", "complete", "overdue", "unaccounted", "open", "done"])
    func recallStatesHaveWords(state: String) {
        let word = C.recallState(state)
        #expect(Self.hasChinese(word.zh) && !Self.hasChinese(word.en), "\(state)")
        #expect(word.key == "console.recall-state.\(state)")
    }

    @Test func anUnknownRecallStateIsShownAsIs() {
        let word = C.recallState("in_progress")
        #expect(word.zh == "in_progress" && word.en == "in_progress")
    }
}
