import TraceModel

/// Reads an EPCIS JSON document as a stream: the elements of its event lists one at a time, everything else kept as
/// the document's *skeleton* — its bytes with the inside of each event list cut out (`"eventList":[]`), which holds
/// the header, the master data and the other members, and is small whatever the number of events.
///
/// The event lists are the arrays at `epcisBody.eventList` and `epcisBody.queryResults.resultsBody.eventList`. Each
/// element is read by TraceModel's strict ``JSONParser`` where it stands in the document (same depth limit, same
/// failures), a block of the file at a time; the structure around the lists is followed by a lenient scan, and the
/// skeleton is read by the same strict parser once the document is read (``skeletonValue()``). So a malformed
/// document is refused with the same failure, path and byte offset as a reading of the whole document would give:
/// the first failure by offset, whether in the skeleton or in a list. Memory holds the skeleton, one block of the
/// file and the element being read.
final class EPCISJSONScanner {
    /// An event list the scan came to.
    struct List {
        /// The member names leading to it (`["epcisBody", "eventList"]`).
        var keys: [String]
        /// Its JSON path (`$.epcisBody.eventList`).
        var path: String
        /// How deep the array stands (the document object is 1).
        var depth: Int
    }

    /// The paths of the event lists of an `EPCISDocument` and of an `EPCISQueryDocument`.
    static let listKeys: [[String]] = [
        ["epcisBody", "eventList"], ["epcisBody", "queryResults", "resultsBody", "eventList"],
    ]

    /// The largest event read: an element of a list longer than this is refused.
    static let maxEventBytes = 64 << 20
    /// How close to the end of what is read a reading may stop and still be trusted: the strict parser looks at
    /// most this far ahead (a number is at most 64 characters).
    private static let lookahead = 80
    /// How much of the document is read ahead of an element before it is parsed (64 KiB, or 64 blocks when blocks are
    /// smaller): most events are read once.
    private let readAhead = min(64 << 10, 64 * EPCISBlockReader.blockSize)

    private let reader: EPCISBlockReader
    private let limits: JSONParser.Limits
    /// Bytes read and not yet consumed start at `window[position]`; `window[0]` is byte `base` of the document.
    private var window: [UInt8] = []
    private var position = 0
    private var base = 0
    private var atEnd = false

    /// The document without the inside of its event lists.
    private(set) var skeleton: [UInt8] = []
    private var copying = true
    /// Where the inside of each list was cut out: its place in the skeleton and how many bytes it held.
    private var cuts: [(at: Int, removed: Int)] = []
    /// The document's top-level members in document order, each with its place in the skeleton.
    private(set) var members: [(key: String, range: Range<Int>)] = []
    /// The first failure in an event list (an element the strict parser refuses, or the list's own syntax).
    private(set) var listFailure: (offset: Int, error: InteropError)?
    /// True when the scan stopped at a failure in a list: the skeleton ends where that list began.
    private var stoppedInList = false

    /// Told of each event list as the scan comes to it; returns whether its elements are wanted.
    var onList: (List) throws(InteropError) -> Bool = { _ in false }
    /// Told of each wanted element: its index in the list and its value.
    var onElement: (Int, JSONValue) throws(InteropError) -> Void = { _, _ in }
    /// Told when a list ends.
    var onListEnd: (List) throws(InteropError) -> Void = { _ in }

    private enum Stop: Error {
        /// The structure cannot be followed further: the skeleton parser says why.
        case malformed
        /// A failure of the caller or of reading the file.
        case failed(InteropError)
    }

    init(_ source: EPCISDocumentSource, limits: JSONParser.Limits) throws(InteropError) {
        reader = try EPCISBlockReader(source)
        self.limits = limits
    }

    /// Reads the whole document. Throws only what the callbacks throw or the file cannot be read; a malformed
    /// document is left for ``skeletonValue()`` and ``listFailure`` to tell.
    func run() throws(InteropError) {
        do {
            try skipWhitespace()
            if try peek() == UInt8(ascii: "{") { try object([]) } else { try skipValue() }
            try skipWhitespace()
            if try peek() != nil { try copyLookahead() }
        } catch {
            switch error {
            case .malformed: try? copyLookahead()
            case .failed(let failure): throw failure
            }
        }
    }

    /// The skeleton read by the strict parser: its value, or the first failure the document has by offset (one in the
    /// skeleton, or ``listFailure``), with its offset in the document.
    func skeletonValue() -> Result<JSONValue, InteropError> {
        do {
            let value = try JSONParser.parse(skeleton, limits: limits)
            if let listFailure { return .failure(listFailure.error) }
            return .success(value)
        } catch {
            // The skeleton of a scan stopped in a list ends there: running out of text at its end is not a failure.
            if stoppedInList, error.offset >= skeleton.count, let listFailure { return .failure(listFailure.error) }
            var located = error
            located.offset = documentOffset(ofSkeleton: error.offset)
            if let listFailure, listFailure.offset < located.offset { return .failure(listFailure.error) }
            return .failure(InteropError(located))
        }
    }

    /// The document offset of a skeleton offset.
    private func documentOffset(ofSkeleton offset: Int) -> Int {
        var shifted = offset
        for cut in cuts where cut.at <= offset { shifted += cut.removed }
        return shifted
    }

    // MARK: Structure

    private func object(_ keys: [String]) throws(Stop) {
        try copy()
        try skipWhitespace()
        if try peek() == UInt8(ascii: "}") {
            try copy()
            return
        }
        while true {
            guard try peek() == UInt8(ascii: "\"") else { throw .malformed }
            let start = skeleton.count
            let key = try memberName()
            try skipWhitespace()
            guard try peek() == UInt8(ascii: ":") else { throw .malformed }
            try copy()
            try skipWhitespace()
            try value(keys + [key])
            if keys.isEmpty { members.append((key, start..<skeleton.count)) }
            try skipWhitespace()
            switch try peek() {
            case UInt8(ascii: ","):
                try copy()
                try skipWhitespace()
            case UInt8(ascii: "}"):
                try copy()
                return
            default: throw .malformed
            }
        }
    }

    private func value(_ keys: [String]) throws(Stop) {
        let next = try peek()
        if next == UInt8(ascii: "["), Self.listKeys.contains(keys) {
            try list(keys)
        } else if next == UInt8(ascii: "{"),
            Self.listKeys.contains(where: { $0.count > keys.count && Array($0.prefix(keys.count)) == keys })
        {
            try object(keys)
        } else {
            try skipValue()
        }
    }

    /// A member name (at its quote), copied; its value with escapes read as the strict parser reads them.
    private func memberName() throws(Stop) -> String {
        var raw: [UInt8] = []
        try copyString(into: &raw)
        guard raw.contains(UInt8(ascii: "\\")) else {
            return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
        }
        return (try? JSONParser.parse(raw))?.stringValue ?? String(decoding: raw, as: UTF8.self)
    }

    private func list(_ keys: [String]) throws(Stop) {
        let list = List(keys: keys, path: "$" + keys.map(JSONParser.pathComponent).joined(), depth: keys.count + 1)
        try copy()
        let cutAt = skeleton.count
        copying = false
        let insideStart = base + position
        let wanted: Bool
        do { wanted = try onList(list) } catch { throw .failed(error) }
        try skipWhitespace()
        if try peek() != UInt8(ascii: "]") {
            var index = 0
            while true {
                let value = try element(of: list, index: index)
                if wanted {
                    do { try onElement(index, value) } catch { throw .failed(error) }
                }
                try skipWhitespace()
                guard let next = try peek() else {
                    throw listStop(list.path, .JSON.endInArray)
                }
                if next == UInt8(ascii: "]") { break }
                guard next == UInt8(ascii: ",") else { throw listStop(list.path, .JSON.commaOrBracket) }
                position += 1
                try skipWhitespace()
                index += 1
            }
        }
        cuts.append((cutAt, base + position - insideStart))
        copying = true
        try copy()
        do { try onListEnd(list) } catch { throw .failed(error) }
    }

    /// Stops the scan at a failure of a list's own syntax, at the current offset.
    private func listStop(_ path: String, _ reason: Message) -> Stop {
        let offset = base + position
        listFailure = (offset, InteropError(path: path, because: Message.Interop.atByte(reason, offset + 1)))
        stoppedInList = true
        return .malformed
    }

    /// The element at the current offset, read strictly; the scan stops at a failure. An element is read once the
    /// window holds it whole, or once it holds ``readAhead`` bytes (a longer one is read again as blocks come).
    private func element(of list: List, index: Int) throws(Stop) -> JSONValue {
        while !atEnd && window.count - position < readAhead { try readBlock() }
        while true {
            let outcome: Result<(value: JSONValue, end: Int), JSONParser.Failure>
            outcome = window.withUnsafeBufferPointer { buffer in
                Result { () throws(JSONParser.Failure) in
                    try JSONParser.parseValue(in: buffer, at: position, depth: list.depth, limits: limits)
                }
            }
            let reached: Int
            switch outcome {
            case .success(let read): reached = read.end
            case .failure(let failure): reached = failure.offset
            }
            if !atEnd, reached + Self.lookahead >= window.count {
                guard window.count - position <= Self.maxEventBytes else {
                    let offset = base + position
                    listFailure = (
                        offset,
                        InteropError(
                            path: "\(list.path)[\(index)]",
                            because: Message.Interop.atByte(
                                .JSON.documentTooLarge("\(window.count - position)+", "\(Self.maxEventBytes)"),
                                offset + 1))
                    )
                    stoppedInList = true
                    throw .malformed
                }
                try readBlock()
                continue
            }
            switch outcome {
            case .success(let read):
                position = read.end
                return read.value
            case .failure(var failure):
                failure.offset += base
                failure.path = "\(list.path)[\(index)]" + failure.path.dropFirst()
                listFailure = (failure.offset, InteropError(failure))
                stoppedInList = true
                throw .malformed
            }
        }
    }

    // MARK: Bytes

    /// The byte at the current offset, reading a block when needed; `nil` at the end of the document.
    private func peek() throws(Stop) -> UInt8? {
        if position < window.count { return window[position] }
        try readBlock()
        return position < window.count ? window[position] : nil
    }

    /// Reads the next block after what is not consumed yet.
    private func readBlock() throws(Stop) {
        guard !atEnd else { return }
        if position > 0 && position >= window.count / 2 {
            window.removeSubrange(0..<position)
            base += position
            position = 0
        }
        let block: ArraySlice<UInt8>?
        do { block = try reader.next() } catch { throw .failed(error) }
        if let block { window.append(contentsOf: block) } else { atEnd = true }
    }

    /// Consumes the byte at the current offset (there is one), into the skeleton unless inside a list.
    private func copy() throws(Stop) {
        if copying {
            skeleton.append(window[position])
            if skeleton.count > limits.maxDocumentBytes { throw .malformed }
        }
        position += 1
    }

    private func skipWhitespace() throws(Stop) {
        while let byte = try peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { try copy() }
    }

    /// Copies a string (at its quote), and into `raw`, quotes included.
    private func copyString(into raw: inout [UInt8]) throws(Stop) {
        raw.append(UInt8(ascii: "\""))
        try copy()
        while true {
            guard let byte = try peek() else { throw .malformed }
            raw.append(byte)
            try copy()
            if byte == UInt8(ascii: "\"") { return }
            if byte == UInt8(ascii: "\\") {
                guard let escaped = try peek() else { throw .malformed }
                raw.append(escaped)
                try copy()
            }
        }
    }

    /// Copies a value the scan does not look into: a string, an object or array (to its matching bracket, strings
    /// skipped), or a number or literal.
    private func skipValue() throws(Stop) {
        guard let first = try peek() else { throw .malformed }
        switch first {
        case UInt8(ascii: "\""):
            var ignored: [UInt8] = []
            try copyString(into: &ignored)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            repeat {
                guard let byte = try peek() else { throw .malformed }
                if byte == UInt8(ascii: "\"") {
                    var ignored: [UInt8] = []
                    try copyString(into: &ignored)
                    continue
                }
                try copy()
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
                if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { depth -= 1 }
            } while depth > 0
        default:
            var length = 0
            while let byte = try peek(), !Self.ends(byte) {
                try copy()
                length += 1
                if length > Self.lookahead { throw .malformed }
            }
            if length == 0 { throw .malformed }
        }
    }

    /// Whether a byte ends a number or literal.
    private static func ends(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ":"),
            UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["):
            return true
        default: return false
        }
    }

    /// Copies a few bytes after the place the scan stopped, so that the skeleton parser sees what made it stop.
    private func copyLookahead() throws(Stop) {
        guard !stoppedInList else { return }
        copying = true
        var count = 0
        while count < 2 * Self.lookahead, try peek() != nil {
            try copy()
            count += 1
        }
    }
}
