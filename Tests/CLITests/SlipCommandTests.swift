import Foundation
import Testing
import TraceModel

/// The stall's job and the inspector's, through the real binary: `sell` refuses an over-sale and records
/// nothing; `slip --format svg` is drawn to PNG (rsvg-convert), read back by a real QR decoder (zbarimg), and
/// `slip verify` with the regulator's trust bundle accepts it; an altered payload is refused with exit 1.
@Suite("sell, slip and slip verify")
struct SlipCommandTests {
    @Test func sellRefusesMoreThanOnHandAndRecordsNothing() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let before = try workspace.exported()
        // Guards the on-hand check in SlipService.sell: the stall received 200 kg and sold 2.5 kg.
        let refused = try workspace.run(
            [
                "sell", "--stall", chain.stall.id, "--batch", chain.stallLot.digits, "--quantity", "197.6", "--unit",
                "kg",
                "--unit-price", "28.00", "--key", chain.stall.keyFile,
            ], now: "2026-11-28T09:00:00+08:00")
        #expect(refused.status == 2, "\(refused)")
        #expect(
            refused.stderr.contains("197.5 kg on hand") && refused.stderr.contains("Nothing was recorded"), "\(refused)"
        )
        #expect(try workspace.exported() == before)

        let sold = try workspace.run(
            [
                "sell", "--stall", chain.stall.id, "--batch", chain.stallLot.digits, "--quantity", "1.25", "--unit",
                "kg",
                "--unit-price", "32.00", "--key", chain.stall.keyFile, "--lang", "en",
            ], now: "2026-11-28T09:00:00+08:00")
        #expect(sold.status == 0, "\(sold)")
        #expect(sold.stdout.contains("CNY 40.00"), "amount 1.25 × 32.00 printed to the fen: \(sold.stdout)")
    }

    @Test func svgSlipScansAndVerifiesOffline() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert"),
            FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg")
        else {
            Issue.record(
                "rsvg-convert and zbarimg are needed (Debian librsvg2-bin, zbar-tools; scripts/test installs them)")
            return
        }
        let workspace = try Workspace()
        workspace.language = "en"  // the English messages are checked here
        let chain = try workspace.makeChain()
        let bundle = try workspace.run(["trust", "export", "--key", CLIChain.regulatorKey, "--out", "bundle.json"])
        #expect(bundle.status == 0, "\(bundle)")
        let svg = try workspace.run(["slip", chain.slip.digits, "--format", "svg"])
        #expect(svg.status == 0, "\(svg)")
        try workspace.write("slip.svg", svg.stdout)
        let scanned = try workspace.scanSlip(svg: "slip.svg")
        let payload = try workspace.run(["slip", chain.slip.digits, "--format", "payload"]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(scanned == payload, "the QR decoder read back the payload")

        let genuine = try workspace.run(["slip", "verify", scanned, "--bundle", "bundle.json"])
        #expect(genuine.status == 0, "\(genuine)")
        #expect(genuine.stdout.contains("genuine slip") && genuine.stdout.contains(chain.stall.id), "\(genuine)")

        // Guards the payload check: one character changed is refused, with the reason.
        var characters = Array(scanned)
        let position = characters.count / 2
        characters[position] = characters[position] == "A" ? "B" : "A"
        let altered = try workspace.run(["slip", "verify", String(characters), "--bundle", "bundle.json"])
        #expect(altered.status == 1, "\(altered)")
        #expect(altered.stderr.contains("NOT GENUINE"), "\(altered)")
    }
}
