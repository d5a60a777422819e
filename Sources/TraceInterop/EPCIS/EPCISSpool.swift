/// Where an ``EPCISWriter`` keeps the master-data elements of `register` and `revoke` records until
/// the event list is closed; they are then written, in order, into the document's `epcisHeader`.
///
/// An export holds one element per trust record, so a command line exporter spools them to a
/// temporary file and memory stays flat whatever the store's size; ``MemorySpool`` keeps them in
/// memory, for tests and small exports.
public protocol EPCISSpool: AnyObject {
    /// Keeps `bytes` after everything appended before.
    func append(_ bytes: [UInt8]) throws
    /// Hands every byte appended so far to `sink`, in order, in chunks of any size.
    func replay(into sink: (ArraySlice<UInt8>) -> Void) throws
}

/// An ``EPCISSpool`` in memory.
public final class MemorySpool: EPCISSpool {
    private var bytes: [UInt8] = []

    public init() {}

    public func append(_ bytes: [UInt8]) { self.bytes.append(contentsOf: bytes) }

    public func replay(into sink: (ArraySlice<UInt8>) -> Void) {
        if !bytes.isEmpty { sink(bytes[...]) }
    }
}
