import Foundation
import Testing
import TraceModel

/// `verify` does not trust the graph tables: it derives every node and edge again from the signed records and reports
/// (`derived`) a row no record makes, a row a record makes that the store lacks, and a row stored otherwise than its
/// record (or its source batch) says — each tampered into a copy of the store with `sqlite3`, as someone with the
/// store file but no key would.
@Suite("verify re-derives the graph")
struct VerifyGraphTests {
    /// A copy of the chain's store with `sql` run on it, and what `verify` says of the copy.
    private func tampered(_ workspace: Workspace, _ name: String, _ sql: String) throws -> CLIResult {
        try workspace.run(["verify", "--store", try workspace.tamperedCopy(name, sql)])
    }

    // Guards: the untouched store verifies (no derived finding from a genuine graph: the near miss), and each edit to
    // `nodes` or `edges` makes `verify` exit 1 naming the row and the record.
    @Test func handEditedGraphRowsAreReported() throws {
        let workspace = try Workspace()
        workspace.language = "en"  // the English findings are checked here
        let chain = try workspace.makeChain()
        let clean = try workspace.run(["verify"])
        #expect(clean.status == 0, "\(clean)")
        let receive = chain.ids[11]
        let sale = chain.ids[12]
        let lot = chain.stallLot.digits
        let slip = chain.slip.digits

        // The stall's lot handed to another holder (say, to hide whose stock it is).
        let holder = try tampered(
            workspace, "holder", "UPDATE nodes SET holder = 'STALL-510104-001-B07' WHERE code = '\(lot)'")
        #expect(holder.status == 1, "\(holder)")
        #expect(
            holder.stdout.contains(
                "derived: record \(receive): node \(lot) is stored otherwise than record \(receive) makes it: holder STALL-510104-001-B07, the record says \(chain.stall.id)"
            ), "\(holder)")

        // A batch written in by hand, for a record that makes something else.
        let forged = CLIChain.code(area: "510104", node: "112", serial: 40).digits
        let inserted = try tampered(
            workspace, "inserted",
            """
            INSERT INTO nodes(code, type, holder, record, kind, at_ms, product_code, product_name, category,
                              quantity_micros, unit, at, key_id, inputs)
            SELECT '\(forged)', type, holder, record, kind, at_ms, product_code, product_name, category,
                   500000000, unit, at, key_id, inputs FROM nodes WHERE code = '\(lot)'
            """)
        #expect(inserted.status == 1, "\(inserted)")
        #expect(
            inserted.stdout.contains(
                "derived: node \(forged) is in the store (naming record \(receive)), but no record makes it"),
            "\(inserted)")

        // The sale's edge deleted (a trace up from the slip would stop at the stall).
        let deleted = try tampered(workspace, "deleted", "DELETE FROM edges WHERE child = '\(slip)'")
        #expect(deleted.status == 1, "\(deleted)")
        #expect(
            deleted.stdout.contains(
                "derived: record \(sale): record \(sale) makes edge \(lot) → \(slip) (sell), which the store lacks"),
            "\(deleted)")

        // A received batch relabelled (its product comes from the batch it was received from).
        let relabelled = try tampered(
            workspace, "relabelled", "UPDATE nodes SET product_name = '土猪肉' WHERE code = '\(lot)'")
        #expect(relabelled.status == 1, "\(relabelled)")
        #expect(
            relabelled.stdout.contains("derived: record \(receive): node \(lot) is stored with product 01010101 土猪肉"),
            "\(relabelled)")
        #expect(relabelled.stdout.contains("but its source batch \(chain.carcass.digits) holds"), "\(relabelled)")

        // The stock a sale took out of its batch rewritten (the ledger would then show stock that was sold).
        let taken = try tampered(workspace, "taken", "UPDATE edges SET taken_micros = 1 WHERE child = '\(slip)'")
        #expect(taken.status == 1, "\(taken)")
        #expect(
            taken.stdout.contains(
                "derived: record \(sale): the sale's edge \(lot) → \(slip) is stored as taking 0.000001"),
            "\(taken)")

        // A quantity changed on a batch the farm produced.
        let quantity = try tampered(
            workspace, "quantity",
            "UPDATE nodes SET quantity_micros = quantity_micros * 2 WHERE code = '\(chain.farmLot.digits)'")
        #expect(quantity.status == 1, "\(quantity)")
        #expect(
            quantity.stdout.contains(
                "node \(chain.farmLot.digits) is stored otherwise than record \(chain.ids[5]) makes it: quantityMicros 20000000, the record says 10000000"
            ), "\(quantity)")
    }
}
