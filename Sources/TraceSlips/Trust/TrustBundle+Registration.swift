import TraceModel

extension TrustBundle.Party {
    /// The bundle entry for a party from its (merged) `register` body and the `revoke` bodies about it.
    ///
    /// A revocation of one key becomes that key's revocation; a revocation of the whole party becomes
    /// one revocation per registered key. Certificate revocations do not concern slips and are left out.
    public init(registration: RegisterBody, revocations: [RevokeBody] = []) {
        var retired: [TrustBundle.Revocation] = []
        for revoke in revocations {
            if let key = revoke.key {
                retired.append(
                    TrustBundle.Revocation(key: key, from: revoke.from, reason: revoke.reason, lastSeq: revoke.lastSeq))
            } else if revoke.party == registration.party {
                retired += registration.keys.map {
                    TrustBundle.Revocation(
                        key: $0.id, from: revoke.from, reason: revoke.reason, lastSeq: revoke.lastSeq)
                }
            }
        }
        self.init(
            id: registration.party, name: registration.name, role: registration.role, area: registration.area,
            parent: registration.parent, keys: registration.keys, revocations: retired
        )
    }
}
