/// How far each issuer's chain reached in the store when the ingest began, learnt as the input is read.
///
/// A record at or below its issuer's stored head is either in the store already — reported as already present,
/// whatever its signature, so checking it would be wasted — or conflicts with the record stored at its `seq`;
/// then the writer checks its signature itself (``IngestContext/verifySignature(of:)``) before anything is made of
/// it. Re-ingesting an export, or an input that overlaps what the store holds, thus costs no signature checks for
/// what is already there. A head not known counts as 0: every record of that issuer is checked. Used from one
/// thread at a time.
final class StoredHeads {
    /// The stored head `seq` of each issuer seen so far (0: nothing stored).
    private(set) var seqs: [String: Int] = [:]
    /// Reads the stored heads of issuers, by id (absent: nothing stored); `nil` when the store cannot be read
    /// while it is being written, holds no records, or once ingest is over.
    private var lookUp: ((Set<String>) -> [String: Int])?

    init(lookUp: ((Set<String>) -> [String: Int])?) {
        self.lookUp = lookUp
    }

    /// Stops reading the store (see ``SignatureKeys/stopLookingUp()``).
    func stopLookingUp() { lookUp = nil }

    /// Looks up the stored heads of the issuers in `parsed` not seen before.
    func learn(from parsed: [ParsedLine]) {
        guard let lookUp else { return }
        var needed = Set<String>()
        for index in parsed.indices {
            if let issuer = parsed[index].record?.issuer, seqs[issuer] == nil { needed.insert(issuer) }
        }
        guard !needed.isEmpty else { return }
        let found = lookUp(needed)
        for issuer in needed { seqs[issuer] = found[issuer] ?? 0 }
    }
}
