import Foundation
import Testing

/// `recall drill` in one language at a time: the text report and the HTML page, a clean lot and a broken one (its
/// gaps and failures in the reader's language too).
@Suite("recall drill in each language")
struct DrillLanguageTests {
    /// A farm lot the demo sold from, and the first code of its oversold-batch defect.
    func lots(_ demo: SharedDemo) throws -> (clean: String, broken: String) {
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(demo.manifest.utf8)) as? [String: Any])
        let farmLots = try #require(manifest["farmLots"] as? [[String: Any]])
        let clean = try #require(farmLots.first { ($0["slips"] as? Int ?? 0) > 0 }?["code"] as? String)
        let defects = try #require(manifest["defects"] as? [[String: Any]])
        let broken = try #require(
            (defects.first { $0["type"] as? String == "oversold" }?["codes"] as? [String])?.first)
        return (clean, broken)
    }

    @Test func textInEachLanguage() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let (clean, broken) = try lots(demo)
        for (lot, status) in [(clean, Int32(0)), (broken, Int32(1))] {
            let chinese = try workspace.run(["recall", "drill", "--batch", lot, "--store", demo.store])
            let english = try workspace.run(["recall", "drill", "--batch", lot, "--store", demo.store, "--lang", "en"])
            #expect(chinese.status == status && english.status == status, "\(chinese)")
            #expect(chinese.stdout.hasPrefix("模拟召回演练："), "\(chinese.stdout)")
            #expect(english.stdout.hasPrefix("mock recall drill: "), "\(english.stdout)")
            #expect(chinese.stdout.contains("场景：模拟召回 ") && chinese.stdout.contains("对账（批次的"))
            let mixed = OneLanguage.mixedLines(zh: chinese.stdout, en: english.stdout)
            #expect(mixed.zh.isEmpty, "Chinese lines with English: \(mixed.zh)")
            #expect(mixed.en.isEmpty, "English lines with Chinese: \(mixed.en)")
        }
        let failed = try workspace.run(["recall", "drill", "--batch", broken, "--store", demo.store]).stdout
        #expect(failed.contains("库存为负 ") && failed.contains("结论：未通过："), "\(failed)")
    }

    @Test func htmlInEachLanguage() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let (_, broken) = try lots(demo)
        let arguments = ["recall", "drill", "--batch", broken, "--store", demo.store, "--format", "html"]
        let chinese = try workspace.run(arguments).stdout
        let english = try workspace.run(arguments + ["--lang", "en"]).stdout
        #expect(chinese.contains("<html lang=\"zh-CN\">") && english.contains("<html lang=\"en\">"))
        #expect(chinese.contains("<h1>模拟召回报告</h1>") && english.contains("<h1>Mock recall drill</h1>"))
        // The page's text, one line per element, in each language.
        func text(_ page: String) -> String {
            page.replacingOccurrences(of: "<style>[^<]*</style>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
        }
        let mixed = OneLanguage.mixedLines(zh: text(chinese), en: text(english))
        #expect(mixed.zh.isEmpty, "Chinese page lines with English: \(mixed.zh.prefix(5))")
        #expect(mixed.en.isEmpty, "English page lines with Chinese: \(mixed.en.prefix(5))")
        #expect(chinese.contains(">库存为负<") && english.contains(">negative-on-hand<"))
    }
}
