extension Record {
    /// Builds an unsigned record from a body given as JSON, checking the body against its kind.
    public init(kind: RecordKind, issuer: String, seq: Int, prev: String?, at: Timestamp, bodyJSON: JSONValue)
        throws(RecordProblem)
    {
        try self.init(kind: kind, issuer: issuer, seq: seq, prev: prev, at: at, bodyJSON: bodyJSON, sig: nil)
        _ = try decodedBody()
    }
}
