import Foundation
import Testing
import TraceAudit

/// Citations a lawyer accepts: every built-in rule cites an instrument (with its year, and an article where
/// it is certain), a standard, or says plainly that it rests on practice — nothing else reaches a user.
@Suite("rule citations")
struct CitationTests {
    @Test(
        "allowed forms",
        arguments: [
            "《食品安全法》(2021) 第五十三条",
            "《食品安全法》(2021) 第三十四条第十项",
            "《生猪屠宰管理条例》(2021) 第二条",
            "《学校食品安全与营养健康管理规定》(2019)",
            "GB 32100-2015",
            "SB/T 10681-2012",
            "Regulation (EC) No 178/2002 Art. 18(2)",
            "21 CFR §1.1345",
            "BRCGS Food Safety Issue 9 §3.9",
            Citation.practice,
        ])
    func allowed(_ citation: String) {
        #expect(Citation.isAllowed(citation))
        #expect(Citation.problems(in: "《食品召回管理办法》(2015); " + citation).isEmpty)
    }

    @Test(
        "near misses are refused",
        arguments: [
            "食品安全法 (2021) 第五十三条",  // no book-title marks
            "《食品安全法》 第五十三条",  // no year
            "《食品安全法》(2021) 第53条",  // article in Arabic digits
            "《食品安全法》(2021) 第五十三条: 进货查验",  // a paraphrase after the article
            "《生猪屠宰管理条例》(2021) 定点屠宰 (DOMAIN: article unverified)",  // an internal note
            "SB/T 10681",  // a standard without its year
            "EU 178/2002 Art. 18",  // not the instrument's name
            "practice, no article",  // one language only
            "",
        ])
    func refused(_ citation: String) {
        #expect(!Citation.isAllowed(citation))
        #expect(!Citation.problems(in: "《食品召回管理办法》(2015); " + citation).isEmpty || citation.isEmpty)
    }

    /// What `foodtrace audit rules` lists for the built-in plugins: every source in an allowed form, and no
    /// internal note anywhere (sources, titles, parameter descriptions), in text or JSON.
    @Test func builtInRulesCiteInAllowedForms() throws {
        let json = try CLI.run(["audit", "rules", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let listing = try JSONDecoder().decode(RulesListing.self, from: Data(json.stdout.utf8))
        let rules = listing.plugins.flatMap { plugin in plugin.rules.map { (plugin.qualifiedID($0), $0) } }
        #expect(rules.count >= 25)
        for (id, rule) in rules {
            #expect(Citation.problems(in: rule.source).isEmpty, "\(id): \(Citation.problems(in: rule.source))")
        }
        let text = try CLI.run(["audit", "rules"])
        for output in [json.stdout, text.stdout] {
            for note in ["DOMAIN", "unverified", "seed target", "TODO"] {
                #expect(!output.contains(note), "audit rules shows \(note)")
            }
        }
        // The CLI of these tests speaks zh+en: each line Chinese, then English.
        #expect(text.stdout.contains("依据：《生猪屠宰管理条例》(2021) 第二条 / source: 《生猪屠宰管理条例》(2021) 第二条"))
        #expect(text.stdout.contains("依据：行业惯例，无条文 / source: practice, no article"))
    }
}
