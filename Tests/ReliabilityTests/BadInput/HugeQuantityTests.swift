import Foundation
import Testing
import TraceModel

/// The largest quantities a record may carry (999,999,999,999.999999), many times over, in records
/// that are genuinely signed: the store keeps them (oversold batches are the audit's to report), and no
/// command that adds quantities up — ingest, balance, audit, trace, sell, verify — crashes on them.
///
/// Guards the store's and the graph's arithmetic on quantities: every sum of a batch's movements must
/// stay defined however many huge movements a batch has (64-bit sums trap on overflow).
@Suite("huge quantities do not crash anything")
struct HugeQuantityTests {
    @Test("two meals of ten ingredients of 999,999,999,999 each from one batch")
    func hugeMovements() throws {
        let city = try DemoCity.get()
        let forge = Forge(city: city)
        let index = try city.sample(.use)
        guard case .use(let meal) = try city.records[index].decodedBody(),
            let ingredient = meal.dishes.first?.ingredients.first
        else {
            throw FixtureError("the sampled meal has no ingredient")
        }
        let canteen = city.records[index].issuer
        let huge = Quantity(Amount("999999999999")!, ingredient.quantity.unit)
        var (seq, prev) = city.next(for: canteen, before: index)
        var lines: [[UInt8]] = []
        let area = String(canteen.split(separator: "-")[1])
        let node = String(canteen.split(separator: "-")[2])
        for round in 0..<2 {
            let body = UseBody(
                meal: TraceCode(area: area, node: node, date: "261230", serial: round)!, service: "lunch",
                servedAt: Timestamp("2026-12-30T12:00:00+08:00")!, diners: 10,
                dishes: [
                    Dish(
                        name: "红烧肉",
                        ingredients: Array(
                            repeating: BatchQuantity(batch: ingredient.batch, quantity: huge), count: 10), sample: nil)
                ])
            let record = try Forge.signed(
                .use, issuer: canteen, seq: seq, prev: prev, at: Timestamp("2026-12-30T11:00:00+08:00")!,
                body: try TraceModel.Record.json(of: body), key: try forge.key(canteen))
            lines.append(record.canonicalBytes)
            (seq, prev) = (seq + 1, record.id)
        }
        let directory = try TemporaryDirectory("huge")
        try StoreFiles.copy(city.snapshot(before: index), to: directory.file("store.sqlite"))
        try directory.write("huge.jsonl", lines: lines)
        let commands: [[String]] = [
            ["ingest", "huge.jsonl", "--store", "store.sqlite"],
            ["balance", "--store", "store.sqlite", "--batch", ingredient.batch.digits],
            ["balance", "--store", "store.sqlite", "--party", canteen],
            ["audit", "--store", "store.sqlite", "--party", canteen],
            ["trace", "down", ingredient.batch.digits, "--store", "store.sqlite"],
            [
                "trace", "up", TraceCode(area: area, node: node, date: "261230", serial: 1)!.digits, "--store",
                "store.sqlite",
            ],
            ["verify", "--store", "store.sqlite"],
        ]
        for arguments in commands {
            let result = try FoodtraceCLI.run(arguments, in: directory.path)
            #expect(
                !result.signalled && [0, 1, 2].contains(result.status),
                "\(arguments.prefix(2).joined(separator: " ")): \(result)")
        }
    }
}
