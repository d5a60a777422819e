import TraceModel

extension TraceStore {
    /// In a store that keeps a transparency log: every logged record signed by a key whose revocation the log holds
    /// before it — logged after its revocation, whatever its `at` (``loggedAfterRevocation(of:)``).
    func checkLoggedAfterRevocation() throws(StoreError) -> [VerifyFinding] {
        try loggedAfterRevocation().map { late in
            VerifyFinding(
                check: "log", record: late.record,
                .Verify.loggedAfterRevocation(
                    key: late.key, party: late.party, revocation: late.revocation,
                    revocationLeaf: late.revocationLeaf, recordLeaf: late.recordLeaf))
        }
    }
}
