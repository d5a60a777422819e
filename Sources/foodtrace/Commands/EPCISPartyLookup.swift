import TraceInterop
import TraceModel
import TraceStore
import TraceStoreInterop

/// TraceInterop's ``PartyLookup`` over the store view of a running export.
///
/// The lookup protocol cannot throw, so a database error is kept in ``failure`` and answered with
/// `nil`; the exporter checks it when the stream ends.
final class EPCISPartyLookup: PartyLookup {
    var view: InteropView?
    private(set) var failure: (any Error)?

    func party(_ id: String) -> PartyInfo? {
        do {
            guard let party = try view?.party(id) else { return nil }
            return PartyInfo(
                id: party.id, name: party.name, role: party.role, area: party.area, parent: party.parent,
                address: party.address)
        } catch {
            failure = failure ?? error
            return nil
        }
    }

    func product(of batch: TraceCode) -> Product? {
        do {
            return try view?.product(of: batch.digits)
        } catch {
            failure = failure ?? error
            return nil
        }
    }

    /// Throws the first database error a lookup met.
    func check() throws {
        if let failure { throw CLIError.input(Message.Interchange.lookupFailed(.of(failure))) }
    }
}

extension EPCISPartyLookup {
    /// Every party of the store in a fixed table, for mapping records on several threads at once.
    static func all(in store: TraceStore) throws -> StaticPartyLookup {
        StaticPartyLookup(
            parties: try store.interopParties().map { party in
                PartyInfo(
                    id: party.id, name: party.name, role: party.role, area: party.area, parent: party.parent,
                    address: party.address)
            })
    }
}
