import Foundation
import Testing
import TraceModel

/// `foodtrace sell` killed with SIGKILL at seeded random points, each run on a fresh copy of a store in
/// which the stall holds the batch: afterwards `verify` passes, the sale is recorded whole or not at
/// all, no stray file is left, and selling again records exactly one more sale.
///
/// Guards the sale being one signed record appended in one transaction (no slip without its record, no
/// record half written) and the store's WAL journal.
@Suite("a killed sale is recorded whole or not at all")
struct SellCrashTests {
    @Test("SIGKILL at seeded random points during foodtrace sell")
    func killedSell() throws {
        let city = try DemoCity.get()
        let runs = Campaign.count("RELIABILITY_SELL_CRASH_RUNS", default: 15)
        let index = try city.sample(.sell)
        guard case .sell(let sale) = try city.records[index].decodedBody() else { throw FixtureError("not a sale") }
        let stall = city.records[index].issuer
        let directory = try TemporaryDirectory("sell-crash")
        let base = directory.file("base.sqlite")
        try StoreFiles.copy(city.snapshot(before: index), to: base)
        let before = try StoreProbe(path: base)
        let store = directory.file("run.sqlite")
        let arguments = [
            "sell", "--store", "run.sqlite", "--stall", stall, "--batch", sale.batch.digits, "--quantity",
            sale.quantity.value.description,
            "--unit", sale.quantity.unit.rawValue, "--unit-price", sale.unitPrice.description, "--key",
            city.keyDirectory + "/\(stall).key",
            // At the sampled sale's time: later, the demo's pork is past its expiry and the till refuses it.
            "--at", city.records[index].at.text,
        ]

        try StoreFiles.copy(base, to: store)
        let started = Date()
        let complete = try FoodtraceCLI.run(arguments, in: directory.path)
        let duration = Date().timeIntervalSince(started)
        try #require(complete.status == 0, "uninterrupted sale: \(complete)")

        var random = SeededRandom(seed: 0x5E11)
        var tally = CrashTally(command: "sell")
        let expectedFiles: Set<String> = [
            "base.sqlite", "base.sqlite-wal", "base.sqlite-shm", "run.sqlite", "run.sqlite-wal", "run.sqlite-shm",
        ]
        for run in 0..<runs {
            try StoreFiles.copy(base, to: store)
            let delay = CrashRun.delay(&random, upTo: duration * 1.1)
            let killed = try CrashRun.killed(arguments, in: directory.path, after: delay)
            var problems: [String] = []
            if !killed.signalled, killed.status != 0 { problems.append("the run failed on its own: \(killed)") }
            let stray = try CrashRun.unexpectedFiles(in: directory.path, expected: expectedFiles)
            if !stray.isEmpty { problems.append("files left: \(stray)") }
            let verify = try FoodtraceCLI.run(["verify", "--store", "run.sqlite"], in: directory.path)
            if verify.status != 0 { problems.append("verify: \(verify)") }
            let after = try StoreProbe(path: store)
            let sold = after.records - before.records
            if sold != 0 && sold != 1 { problems.append("\(sold) records added by one sale") }
            let landing = sold == 0 ? "none" : (killed.signalled ? "all" : "finished")
            let again = try FoodtraceCLI.run(arguments, in: directory.path)
            if again.status != 0 { problems.append("sell again: \(again)") }
            if try StoreProbe(path: store).records != after.records + 1 {
                problems.append("selling again did not add exactly one record")
            }
            let verifyAgain = try FoodtraceCLI.run(["verify", "--store", "run.sqlite"], in: directory.path)
            if verifyAgain.status != 0 { problems.append("verify after selling again: \(verifyAgain)") }
            tally.add(run: run, delay: delay, landing: landing, problems: problems)
        }
        tally.expectAllSurvived()
    }
}
