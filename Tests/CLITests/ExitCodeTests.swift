import Foundation
import Testing
import TraceModel

/// The exit codes of the README's table, each through the real binary, with the near miss beside each: 0 done, 1 a
/// check failed, 2 bad input (nothing changed), 3 a hub not reached, 4 an internal or environment error (SQLite, a
/// stored value this version cannot read, a full disk) — never 2, which would tell a script its input was wrong.
@Suite("exit codes")
struct ExitCodeTests {
    // Guards: a malformed FOODTRACE_NOW is refused (exit 2, named) before any command runs, never replaced by the wall
    // clock; a time with an offset, or an empty value (unset), runs.
    @Test func aMalformedFixedClockIsRefused() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let before = try workspace.exported()
        let dispose = [
            "record", "dispose", "--key", chain.stall.keyFile, "--field", "batch=\(chain.stallLot.digits)",
            "--field", "quantity.value=1", "--field", "quantity.unit=kg", "--field", "method=destroyed",
        ]
        for malformed in [
            "2026-11-28T12:00:00", "2026-11-28", "2026-11-28T12:00:00+0800", "now", " 2026-11-28T12:00:00+08:00",
        ] {
            let refused = try workspace.run(dispose, now: malformed)
            #expect(refused.status == 2, "FOODTRACE_NOW=\(malformed): \(refused)")
            #expect(refused.stderr.contains("FOODTRACE_NOW=\(malformed)"), "\(refused)")
            // Commands that read no clock refuse it too: a script's mistake is told at once.
            let parties = try workspace.run(["parties"], now: malformed)
            #expect(parties.status == 2, "\(parties)")
        }
        #expect(try workspace.exported() == before, "a refused clock changed the store")
        #expect(try workspace.run(["parties"], now: "2026-11-28T12:00:00+08:00").status == 0)
        #expect(try workspace.run(["parties"], now: "").status == 0)
    }

    // Guards: a hub that does not answer is exit 3; a hub URL that is not a URL is bad input (2).
    @Test func anUnreachableHubIsExit3() throws {
        let workspace = try Workspace()
        try workspace.ok(["init"])
        let unreachable = try workspace.run(["push", "--to", "http://127.0.0.1:9", "--attempts", "1"])
        #expect(unreachable.status == 3, "\(unreachable)")
        #expect(unreachable.stderr.contains("仍无应答"), "\(unreachable)")
        let malformed = try workspace.run(["push", "--to", "not a url", "--attempts", "1"])
        #expect(malformed.status == 2, "\(malformed)")
    }

    // Guards: a write the disk refuses is exit 4 with the system's reason; a folder that does not exist is the path
    // given (exit 2); the same export to a device that takes it is exit 0.
    @Test func aFullDiskIsExit4() throws {
        let workspace = try Workspace()
        _ = try workspace.makeChain()
        let binary = try FoodtraceBinary.url().path
        let full = try workspace.runTool("/bin/sh", ["-c", "'\(binary)' export records > /dev/full"])
        #expect(full.status == 4, "\(full)")
        #expect(full.stderr.contains("磁盘空间不足（errno 28）"), "\(full)")
        // A command that prints its answer (not streaming an export) says so too, and never crashes.
        let printed = try workspace.runTool("/bin/sh", ["-c", "FOODTRACE_LANG=en '\(binary)' parties > /dev/full"])
        #expect(printed.status == 4, "\(printed)")
        #expect(printed.stderr.contains("cannot write to standard output: No space left on device"), "\(printed)")
        let taken = try workspace.runTool("/bin/sh", ["-c", "'\(binary)' export records > /dev/null"])
        #expect(taken.status == 0, "\(taken)")
        let missing = try workspace.run(["export", "records", "--out", "no-such-folder/records.jsonl"])
        #expect(missing.status == 2, "\(missing)")
        let nowhere = try workspace.run(["init", "--store", "no-such-folder/store.sqlite"])
        #expect(nowhere.status == 2 && nowhere.stderr.contains("no-such-folder"), "\(nowhere)")
    }

    // Guards: a value the store holds that this version does not know is exit 4 naming the column and the value,
    // for every reader (trace, parties, audit, export) — never read as a default (a kilogram, a batch) nor skipped;
    // the same column holding a known value reads as before.
    @Test func unknownStoredValuesAreExit4() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let lot = chain.stallLot.digits
        let slip = chain.slip.digits
        let clean = try workspace.run(["trace", "up", slip])

        let unit = try workspace.tamperedCopy("unit", "UPDATE nodes SET unit = 'stone' WHERE code = '\(lot)'")
        let trace = try workspace.run(["trace", "up", slip, "--store", unit])
        #expect(trace.status == 4, "\(trace)")
        #expect(trace.stderr.contains("unit column holds \"stone\""), "\(trace)")
        let known = try workspace.tamperedCopy("known", "UPDATE nodes SET unit = 'kg' WHERE code = '\(lot)'")
        let same = try workspace.run(["trace", "up", slip, "--store", known])
        #expect(same.status == clean.status && same.stdout == clean.stdout, "\(same)")

        let role = try workspace.tamperedCopy(
            "role", "UPDATE parties SET role = 'wizard' WHERE id = '\(chain.stall.id)'")
        for command in [["parties"], ["audit"], ["trace", "up", slip]] {
            let result = try workspace.run(command + ["--store", role])
            #expect(result.status == 4, "\(command): \(result)")
            #expect(result.stderr.contains("\"wizard\""), "\(command): \(result)")
        }

        let kind = try workspace.tamperedCopy(
            "kind", "UPDATE records SET kind = 'barter' WHERE id = '\(chain.ids[12])'")
        let export = try workspace.run(["export", "records", "--store", kind])
        #expect(export.status == 4, "\(export)")
        #expect(export.stderr.contains("records.kind holds \"barter\""), "\(export)")
    }

    // Guards: a receipt whose stored body no longer decodes stops the audit (exit 4, the record named) instead of
    // disappearing from it; `verify` reports the same record as a finding (exit 1).
    @Test func aStoredReceiptThatDoesNotDecodeIsNeverSkipped() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        let receipt = chain.ids[11]
        let broken = try workspace.tamperedCopy(
            "receipt",
            """
            UPDATE records SET raw = CAST(replace(CAST(raw AS TEXT), '"accepted":true', '"accepted":"yes"') AS BLOB)
            WHERE id = '\(receipt)'
            """)
        let audit = try workspace.run(["audit", "--store", broken])
        #expect(audit.status == 4, "\(audit)")
        #expect(audit.stderr.contains(receipt), "\(audit)")
        let verify = try workspace.run(["verify", "--store", broken])
        #expect(verify.status == 1, "\(verify)")
        #expect(verify.stdout.contains("记录 \(receipt)"), "\(verify)")
        // The untouched store audits (0 or 1: findings are the plugins' business), and never exits 4.
        let untouched = try workspace.run(["audit"])
        #expect(untouched.status == 0 || untouched.status == 1, "\(untouched)")
    }

    // Guards: bad input found while the store is being read (a recall notice the store does not hold) stays bad input
    // (2), not a store failure; SQLite failing under a command (a table gone) is exit 4 with SQLite's reason.
    @Test func aDatabaseFailureIsExit4() throws {
        let workspace = try Workspace()
        _ = try workspace.makeChain()
        let unknown = try workspace.run(["recall", "status", "RC-NO-SUCH"])
        #expect(unknown.status == 2 && unknown.stderr.contains("RC-NO-SUCH"), "\(unknown)")
        #expect(!unknown.stderr.contains("read failed"), "\(unknown)")
        let dropped = try workspace.tamperedCopy("dropped", "DROP TABLE shipments")
        let audit = try workspace.run(["audit", "--store", dropped])
        #expect(audit.status == 4, "\(audit)")
        #expect(audit.stderr.contains("no such table: shipments"), "\(audit)")
    }

    // Guards: `verify` reports a stored key it cannot parse, and every record that key signed as not checkable,
    // instead of passing over the key; the store with its keys intact verifies.
    @Test func verifyReportsKeysItCannotParse() throws {
        let workspace = try Workspace()
        let chain = try workspace.makeChain()
        #expect(try workspace.run(["verify"]).status == 0)
        let broken = try workspace.tamperedCopy(
            "key", "UPDATE keys SET spki = X'3000' WHERE id = '\(chain.stall.keyID)'")
        let verify = try workspace.run(["verify", "--store", broken, "--lang", "en"])
        #expect(verify.status == 1, "\(verify)")
        #expect(
            verify.stdout.contains(
                "key: key \(chain.stall.keyID) of \(chain.stall.id): the stored public key does not parse"),
            "\(verify)")
        #expect(
            verify.stdout.contains(
                "signature: record \(chain.ids[12]): signature cannot be checked: the stored public key \(chain.stall.keyID) does not parse"
            ), "\(verify)")
    }
}
