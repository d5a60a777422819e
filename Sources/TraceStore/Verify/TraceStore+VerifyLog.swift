import TraceModel

extension TraceStore {
    /// In a store that keeps a transparency log: every logged record signed by a key whose revocation the log holds
    /// before it — logged after its revocation, whatever its `at` (``loggedAfterRevocation(of:)``).
    func checkLoggedAfterRevocation() throws(StoreError) -> [VerifyFinding] {
        try loggedAfterRevocation().map { late in
            VerifyFinding(
                check: "log", record: late.record,
                message:
                    "logged after revocation: signed by key \(late.key) of \(late.party), whose revocation \(late.revocation) the log holds at leaf \(late.revocationLeaf), before this record's leaf \(late.recordLeaf)"
            )
        }
    }
}
