import Foundation
import Testing
import TraceModel

@testable import TraceSlips

@Suite struct TextSlipTests {
    static let layouts: [(SlipPaper, SlipLanguage)] = SlipPaper.allCases.flatMap { paper in
        SlipLanguage.allCases.map { (paper, $0) }
    }

    @Test(arguments: layouts)
    func matchesSnapshotAndFitsThePaper(paper: SlipPaper, language: SlipLanguage) {
        let text = TextSlip(Fixtures.content(), paper: paper, language: language).render()
        Snapshot.check(text, named: "text-\(paper.rawValue)-\(language.rawValue).txt")
        #expect(text.hasSuffix("\n"))
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            #expect(DisplayWidth.of(line) <= paper.columns, "line over \(paper.columns) columns: \(line)")
        }
    }

    @Test(arguments: layouts)
    func payloadPiecesJoinBackExactly(paper: SlipPaper, language: SlipLanguage) throws {
        let text = TextSlip(Fixtures.content(), paper: paper, language: language).render()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix(SlipPayload.prefix) })
        let count = (Fixtures.samplePayload.count + paper.columns - 1) / paper.columns
        let pieces = lines[start..<start + count]
        #expect(pieces.joined() == Fixtures.samplePayload)
        #expect(pieces.dropLast().allSatisfy { $0.count == paper.columns })
        #expect(
            lines[start + count].trimmingCharacters(in: .whitespaces)
                == LineLayout.wrap(SlipWords.keep(language), width: paper.columns)[0])
    }

    @Test func chineseSlipSaysWhatTheShopperNeeds() {
        let text = TextSlip(Fixtures.content(), paper: .mm58, language: .zh).render()
        for expected in [
            "追溯码", "110105 012 261128 0042", "重量", "1.25 千克", "单价", "28.00 元/千克", "金额", "35.00 元",
            "动物检疫合格证明", "1301234567", "肉品品质检验合格证", "110113-2026-0042", "屠宰厂", "瘦肉精(克伦特罗) 阴性", "2026-11-27",
            "2026-11-28 08:15:30", "[二维码] 扫码验证",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        #expect(!text.contains("Amount"))
    }

    @Test func amountsAreRightAligned() {
        for paper in SlipPaper.allCases {
            let lines = TextSlip(Fixtures.content(), paper: paper, language: .en).render().split(separator: "\n")
            let amount = lines.first { $0.hasPrefix("Amount") }
            #expect(amount.map { String($0).hasSuffix("CNY 35.00") && DisplayWidth.of($0) == paper.columns } == true)
        }
    }

    @Test func upstreamLinesOnlyWhenPresent() {
        let bare = TextSlip(Fixtures.content(upstream: .init()), paper: .mm80, language: .zhEn).render()
        #expect(!bare.contains("来源信息"))
        #expect(!bare.contains("屠宰厂"))
        let partial = TextSlip(
            Fixtures.content(upstream: .init(slaughterhouse: "北京顺义定点屠宰厂")), paper: .mm80, language: .zhEn
        ).render()
        #expect(partial.contains("屠宰厂 Slaughterhouse"))
        #expect(!partial.contains("检疫"))
        #expect(!partial.contains("产地"))
    }

    @Test func amountLineIsEmphasisedAtDoubleHeight() {
        let lines = TextSlip(Fixtures.content(), paper: .mm58, language: .zh).lines
        let tall = lines.filter(\.doubleHeight)
        #expect(tall.map(\.text) == [LineLayout.row("金额", "35.00 元", width: 32, rightAligned: true)[0]])
        #expect(tall.allSatisfy { $0.emphasised })
        #expect(lines.filter { $0.qrPayload != nil }.count == 1)
    }
}
