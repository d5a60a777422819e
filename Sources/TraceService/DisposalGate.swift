import TraceModel
import TraceStore

/// The check on a recall disposal about to be signed here (a `dispose` record naming a recall notice, from
/// `recall dispose` or `record dispose`): only the batch's holder returns or destroys it, no more than it has on
/// hand (in a unit that converts exactly to the batch's), and the notice must exist, cover the batch (the recalled
/// batch or one made from it) and be dated no later than the disposal.
///
/// A disposal outside any recall (spoiled goods written off) keeps the ingest checks alone, as other movements
/// recorded with `record` do; records signed elsewhere and ingested are not checked here either (a cumulative
/// overdraw is the `source-tickets` audit's finding; ingest refuses one larger than the batch ever held).
public enum DisposalGate {
    /// Throws a ``Refusal`` saying why `record`, a recall disposal, must not be signed; any other record passes.
    public static func check(_ record: Record, reader: AppendReader) throws {
        guard case .dispose(let body) = try? record.decodedBody(), let notice = body.recall else { return }
        let batch = body.batch.digits
        func refuse(_ detail: Message) -> Refusal { Refusal(.disposalRefused(batch: batch, detail)) }
        guard let (holder, onHand) = try reader.onHand(batch) else { throw refuse(.disposalNoBatch(batch)) }
        guard holder == record.issuer else { throw refuse(.disposalNotHolder(holder: holder, issuer: record.issuer)) }
        guard let amount = body.quantity.converted(to: onHand.unit) else {
            throw refuse(.disposalUnit(quantity: "\(body.quantity)", unit: onHand.unit.rawValue))
        }
        guard amount <= onHand.value else {
            throw refuse(.disposalMoreThanOnHand(quantity: "\(body.quantity)", onHand: "\(onHand)"))
        }
        let notices = try reader.recallNotices(named: notice)
        guard !notices.isEmpty else { throw refuse(.disposalNoNotice(notice)) }
        let covering = try notices.filter { try reader.isDerived(batch, from: $0.batch) }
        guard let first = covering.first else {
            throw refuse(.disposalNotCovered(notice: notice, recalled: notices[0].batch))
        }
        guard covering.contains(where: { $0.atMilliseconds <= record.at.epochMilliseconds }) else {
            throw refuse(
                .disposalBeforeNotice(
                    notice: notice,
                    issued: Timestamp(
                        epochMilliseconds: first.atMilliseconds, offsetMinutes: record.at.offsetMinutes
                    ).text))
        }
    }
}
