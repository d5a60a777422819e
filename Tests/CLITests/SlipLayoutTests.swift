import Foundation
import Testing

/// The HTML slip laid out by Chromium at 58 and 80 mm, measured with element boxes (`scripts/browser/check_slip.py`):
/// trace-code groups and words never broken, no label stacked one character a line, no English word split in zh+en,
/// nothing wider than the paper, the QR code square and at least 25 mm, and the stall line without the party id.
@Suite("HTML slip layout in Chromium")
struct SlipLayoutTests {
    @Test func slipsAt58And80MillimetresInEveryLanguage() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        var pages: [String] = []
        for width in ["58", "80"] {
            for language in ["zh", "en", "zh+en"] {
                let result = try workspace.ok([
                    "slip", chain.slip.digits, "--format", "html", "--width", width, "--lang", language,
                ])
                let name = "slip-\(width)-\(language).html"
                try workspace.write(name, result.stdout)
                pages.append("\(name):\(width)")
            }
        }
        let check = try workspace.runTool(
            "/usr/bin/env",
            ["python3", ReportCommandTests.scripts + "/check_slip.py", chain.stall.id, "A12 猪肉摊"] + pages)
        #expect(check.status == 0 && check.stdout.hasSuffix(" 0 failed\n"), "\(check)")
    }

    @Test func demoSlipWithItsSources() throws {
        let demo = try SharedDemo.shared()
        let workspace = try Workspace()
        let manifest = try JSONSerialization.jsonObject(with: Data(demo.manifest.utf8)) as? [String: Any]
        let slip = try #require((manifest?["sampleSlips"] as? [String])?.first)
        let shown = try workspace.ok(["show", slip, "--store", demo.store, "--lang", "en"]).stdout
        let issuer = try #require(shown.split(separator: "\n").first { $0.hasPrefix("issuer") })
        let stallID = String(issuer.split(separator: " ")[1])
        // The text slip's stall line, `摊位 NAME`, names the stall the same way.
        let text = try workspace.ok(["slip", slip, "--store", demo.store, "--lang", "zh"]).stdout
        let stallLine = try #require(text.split(separator: "\n").first { $0.contains("摊位 ") })
        let stallName = String(stallLine.trimmingCharacters(in: .whitespaces).dropFirst("摊位 ".count))
        #expect(!stallName.isEmpty && !stallLine.contains(stallID))
        var pages: [String] = []
        for (width, language) in [("58", "zh"), ("58", "zh+en"), ("80", "zh+en"), ("58", "en")] {
            let html = try workspace.ok([
                "slip", slip, "--store", demo.store, "--format", "html", "--width", width, "--lang", language,
            ]).stdout
            let name = "demo-\(width)-\(language).html"
            try workspace.write(name, html)
            pages.append("\(name):\(width)")
        }
        let check = try workspace.runTool(
            "/usr/bin/env", ["python3", ReportCommandTests.scripts + "/check_slip.py", stallID, stallName] + pages)
        #expect(check.status == 0 && check.stdout.hasSuffix(" 0 failed\n"), "\(check)")
    }
}
