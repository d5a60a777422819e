import Foundation
import Testing

/// `foodtrace settings hub-url` and the slip whose QR code is the slip page's address: set, shown, refused, unset;
/// the printed slip's QR read back by zbarimg is `https://HUB/s#1…`, within version 10, and `slip verify` accepts it
/// (and still the bare `FT1:` payload of old slips).
@Suite("slip page address in the QR code")
struct SlipLinkCommandTests {
    @Test func hubURLIsSetShownRefusedAndUnset() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        _ = try workspace.makeChain()
        #expect(try workspace.ok(["settings", "hub-url"]).stdout == "")
        let set = try workspace.ok(["settings", "hub-url", "https://hub.example.cn/"])
        #expect(set.stdout == "hub URL set: slips now carry https://hub.example.cn/s#1… as their QR code\n")
        #expect(try workspace.ok(["settings", "hub-url"]).stdout == "https://hub.example.cn\n")
        for bad in [
            "http://hub.example.cn", "https://hub.example.cn/?x=1", "https://a-very-long-hub-name.example.gov.cn",
        ] {
            let refused = try workspace.run(["settings", "hub-url", bad])
            #expect(refused.status == 2 && refused.stderr.contains("hub URL \(bad):"), "\(refused)")
        }
        // A refusal leaves the setting as it was.
        #expect(try workspace.ok(["settings", "hub-url"]).stdout == "https://hub.example.cn\n")
        #expect(try workspace.ok(["settings", "hub-url", "--unset"]).stdout == "hub URL removed\n")
        #expect(try workspace.ok(["settings", "hub-url"]).stdout == "")
    }

    @Test func printedSlipScansToThePageAddressAndVerifies() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        try workspace.ok(["trust", "export", "--key", CLIChain.regulatorKey, "--out", "bundle.json"])
        let payload = try workspace.ok(["slip", chain.slip.digits, "--format", "payload"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let noHub = try workspace.run(["slip", chain.slip.digits, "--format", "url"])
        #expect(noHub.status == 2 && noHub.stderr.contains("no hub URL"), "\(noHub)")

        try workspace.ok(["settings", "hub-url", "https://hub.example.cn"])
        let url = try workspace.ok(["slip", chain.slip.digits, "--format", "url"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(url.hasPrefix("https://hub.example.cn/s#1"), "\(url)")
        // The payload never appears in the part of the address a server sees.
        #expect(!url.split(separator: "#")[0].contains("FT1"))
        let svg = try workspace.ok(["slip", chain.slip.digits, "--format", "svg"])
        try workspace.write("slip.svg", svg.stdout)
        let scanned = try workspace.scanSlip(svg: "slip.svg")
        #expect(scanned == url, "the QR decoder read back the page address")

        let genuine = try workspace.run(["slip", "verify", scanned, "--bundle", "bundle.json"])
        #expect(genuine.status == 0 && genuine.stdout.contains("genuine slip"), "\(genuine)")
        let old = try workspace.run(["slip", "verify", payload, "--bundle", "bundle.json"])
        #expect(old.status == 0 && old.stdout.contains("genuine slip"), "old FT1: payloads still verify: \(old)")
        var digits = Array(scanned)
        digits[digits.count - 100] = digits[digits.count - 100] == "3" ? "4" : "3"
        let altered = try workspace.run(["slip", "verify", String(digits), "--bundle", "bundle.json"])
        #expect(altered.status == 1 && altered.stderr.contains("NOT GENUINE"), "\(altered)")
    }
}
