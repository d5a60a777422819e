import TraceModel
import TraceStore

/// The till's stop-sale check on a record about to be signed here: a sale, shipment, transform or meal whose batch
/// must not move (``StopSaleReason``) is refused, with every reason named, before anything is signed.
///
/// `dispose` is not checked (returning or destroying recalled goods is what a recall asks for), nor are records
/// signed elsewhere and ingested: they happened, and the audits report them.
public enum TillGate {
    /// The batches `body` takes stock out of, with the word for the movement.
    public static func movements(of body: AnyBody) -> [(batch: TraceCode, action: Message)] {
        switch body {
        case .sell(let b): return [(b.batch, .tillAction("sell"))]
        case .ship(let b): return [(b.batch, .tillAction("ship"))]
        case .transform(let b):
            return b.inputs.map { ($0.batch, .tillAction("transform", process: b.process.rawValue)) }
        case .use(let b):
            return b.dishes.flatMap(\.ingredients).map { ($0.batch, .tillAction("use", meal: b.meal.digits)) }
        default: return []
        }
    }

    /// Throws a ``Refusal`` naming every reason when a batch `record` moves must not move.
    public static func check(_ record: Record, reader: AppendReader) throws {
        guard let body = try? record.decodedBody() else { return }
        var seen: Set<TraceCode> = []
        for (batch, action) in movements(of: body) where seen.insert(batch).inserted {
            let reasons = try reader.stopSale(batch: batch, at: record.at, seller: record.issuer)
            if !reasons.isEmpty {
                throw Refusal(StopSaleReason.message(batch: batch, action: action, reasons: reasons))
            }
        }
    }
}
