/// The member names records use (envelope, signature and bodies), kept as shared strings: ``JSONParser`` hands
/// one of these out for a name it reads rather than making a string of its own, and a record has some twenty names.
///
/// Only a cost: any other name is read as before, and a name found here is the same string either way.
enum MemberNames {
    /// Every name kept. Each is plain printable ASCII of at most 16 bytes (what ``shared(_:)`` can look up).
    static let names: [String] = [
        // Envelope and signature.
        "at", "body", "issuer", "kind", "prev", "seq", "sig", "v", "alg", "key", "value", "seal", "index", "path",
        "root",
        "size",
        // Bodies and the values in them.
        "accepted", "address", "amount", "analyte", "area", "as", "batch", "category", "certificate", "code",
        "contact", "creditCode", "destination", "diners", "dishes", "documents", "earTags", "epcis", "event",
        "eventID", "expires", "from", "grams", "grouped", "id", "ingredients", "inputs", "inspectors", "issuers",
        "keptBy", "keptUntil", "keys", "level", "licences", "meal", "method", "name", "node", "note", "number",
        "origin", "outputs", "parent", "party", "process", "product", "quantity", "reason", "recall", "report",
        "result", "role", "sample", "servedAt", "service", "shipment", "slip", "spki", "subject", "to", "type",
        "unit", "unitPrice", "validFrom", "validUntil", "vehicle",
    ]

    /// The kept name whose UTF-8 is `bytes`, if there is one. `readable` bytes from the start of `bytes` may be
    /// read (at least `bytes.count`; the name read eight bytes at a time when it is 16 or more).
    @inline(__always)
    static func shared(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> String? {
        guard bytes.count <= 16 else { return nil }
        let key = Key(bytes, readable: readable)
        var slot = key.slot
        while let entry = table[slot] {
            if entry.key == key { return entry.name }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// ``names`` in an open-addressing table: each at the first free slot from its key's ``Key/slot``.
    private static let table: [(key: Key, name: String)?] = {
        var table = [(key: Key, name: String)?](repeating: nil, count: mask + 1)
        for name in names {
            var name = name
            let key = name.withUTF8 { Key($0, readable: $0.count) }
            var slot = key.slot
            while table[slot] != nil { slot = (slot + 1) & mask }
            table[slot] = (key, name)
        }
        return table
    }()

    private static let mask = 255

    /// A name of at most 16 bytes as two little-endian words (zero beyond its end) and its length.
    struct Key: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: Int

        /// The key of `bytes` (at most 16), of which `readable` bytes from the start may be read.
        init(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) {
            count = bytes.count
            guard let base = bytes.baseAddress else { return }
            guard readable >= 16 else {
                for (offset, byte) in bytes.enumerated() {
                    if offset < 8 {
                        low |= UInt64(byte) << (8 * offset)
                    } else {
                        high |= UInt64(byte) << (8 * (offset - 8))
                    }
                }
                return
            }
            // Two words read as they stand, and the bytes beyond the name cleared.
            func bits(_ count: Int) -> UInt64 { count >= 8 ? ~0 : (1 << (8 * UInt64(count))) - 1 }
            func word(at offset: Int) -> UInt64 {
                UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            }
            low = word(at: 0) & bits(count)
            high = word(at: 8) & bits(max(count - 8, 0))
        }

        /// Where the table looks for this name first.
        var slot: Int {
            Int(truncatingIfNeeded: ((low ^ (high &* 31) ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15) >> 56)
        }
    }
}
