/// A strict JSON reader (RFC 8259 plus the I-JSON restrictions RFC 8785 relies on).
///
/// Refuses what a signed record must never contain: duplicate member names, invalid UTF-8
/// (including lone surrogate escapes), a byte-order mark, trailing data, nesting deeper than
/// ``Limits/maxDepth`` and strings longer than ``Limits/maxStringBytes``. Numbers keep their text.
public struct JSONParser {
    /// Size limits applied while reading; documented in README ("Limits").
    public struct Limits: Sendable {
        /// Deepest nesting of arrays and objects.
        public var maxDepth: Int = 32
        /// Longest string, in UTF-8 bytes after unescaping.
        public var maxStringBytes: Int = 8192
        /// Largest document, in bytes.
        public var maxDocumentBytes: Int = 1 << 20
        public init() {}
    }

    /// Why a document was refused, and where.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible, CataloguedError {
        /// Byte offset (0-based) in the document.
        public var offset: Int
        /// JSON path of the value being read, e.g. `$.body.inputs[0]`.
        public var path: String
        /// The reason in English.
        public var reason: String
        /// The reason in Chinese and English (the English is ``reason``).
        public var reasonText: Message
        public var description: String { "\(path): \(reason) (at byte \(offset + 1))" }

        /// Where and why in each language.
        public var text: Message {
            Message(
                reasonText.key, zh: "\(path)：\(reasonText.zh)（第 \(offset + 1) 字节）",
                en: "\(path): \(reasonText.en) (at byte \(offset + 1))")
        }

        init(offset: Int = 0, path: String, reason: Message) {
            self.offset = offset
            self.path = path
            self.reason = reason.en
            reasonText = reason
        }

        /// Equal when the place and the English reason are.
        public static func == (lhs: Failure, rhs: Failure) -> Bool {
            lhs.offset == rhs.offset && lhs.path == rhs.path && lhs.reason == rhs.reason
        }

        /// This failure as seen from the object or array holding the value it is in: `step` (`.name`, `["name"]` or
        /// `[index]`) put in after the leading `$`.
        func within(_ step: String) -> Failure {
            var outer = self
            outer.path = "$" + step + path.dropFirst()
            return outer
        }
    }

    /// What ``read(_:limits:locating:)`` learnt of a document besides its value.
    struct Reading {
        var value: JSONValue
        /// `false` when no string or member name in the document can hold a control character (C0, DEL or C1).
        var mayHoldControlCharacters: Bool
        /// Whether the text is an object already in canonical form as it stands, by the narrow rules of
        /// ``CanonicalText``; `false` means "not known to be".
        var isCanonicalObject: Bool
        /// Where the top-level member named in the call stands, from its name's opening quote to the end of its
        /// value; `nil` when there is none.
        var locatedMember: Range<Int>?
    }

    /// The document, read in place (no bounds checks, no reference counting while reading).
    private let bytes: UnsafeBufferPointer<UInt8>
    private let limits: Limits
    private var index = 0
    /// Cleared at the first thing the text has that its canonical form would not: whitespace, an escape other
    /// than `\"` and `\\`, a member name that is not plain printable ASCII or not after the one before it, a
    /// number other than an integer of at most 15 digits.
    private var canonical = true
    /// The top-level member to locate, and where it was found.
    private var wanted: String?
    private var wantedMember: Range<Int>?
    /// Set when a string may hold a control character: one with an escape, DEL or a C1 control.
    private var mayHoldControlCharacters = false

    private init(bytes: UnsafeBufferPointer<UInt8>, limits: Limits) {
        self.bytes = bytes
        self.limits = limits
    }

    /// Reads one complete JSON document.
    public static func parse(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) -> JSONValue {
        try read(bytes, limits: limits).value
    }

    /// Reads one complete JSON document, and says whether a string or member name in it may hold a control
    /// character (C0, DEL or C1; `false` means none does).
    static func read(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) -> (
        value: JSONValue, mayHoldControlCharacters: Bool
    ) {
        let reading = try read(bytes, limits: limits, locating: nil)
        return (reading.value, reading.mayHoldControlCharacters)
    }

    /// Reads one complete JSON document, and says whether it may hold control characters, whether it is an
    /// object in canonical form as it stands, and where its top-level member `name` stands (when `name` is given).
    static func read(_ bytes: [UInt8], limits: Limits = Limits(), locating name: String?) throws(Failure) -> Reading {
        try bytes.withUnsafeBufferPointer { buffer throws(Failure) in
            try read(buffer, limits: limits, locating: name)
        }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, limits: Limits, locating name: String?)
        throws(Failure) -> Reading
    {
        var parser = try JSONParser(document: bytes, limits: limits)
        parser.wanted = name
        let value = try parser.readValue(depth: 0)
        try parser.finishDocument()
        return Reading(
            value: value, mayHoldControlCharacters: parser.mayHoldControlCharacters,
            isCanonicalObject: parser.canonical && bytes.first == UInt8(ascii: "{"), locatedMember: parser.wantedMember)
    }

    /// What ``readObject(_:limits:into:)`` learnt of a document besides its members.
    struct ObjectReading {
        /// `false` when no string or member name in the document can hold a control character (C0, DEL or C1).
        var mayHoldControlCharacters: Bool
        /// Whether the text is in canonical form as it stands, by the narrow rules of ``CanonicalText``.
        var isCanonicalObject: Bool
    }

    /// Reads one complete JSON document whose value is an object, handing its members to `builder` as they are read
    /// rather than collecting them; `nil` (with nothing handed over) when the value does not start with `{`.
    ///
    /// The document is read exactly as ``read(_:limits:locating:)`` reads it, with the same failures in the same
    /// order; only the top-level object's members go to `builder` instead of into a ``JSONValue``.
    static func readObject(_ bytes: [UInt8], limits: Limits = Limits(), into builder: inout some JSONObjectBuilder)
        throws(Failure) -> ObjectReading?
    {
        try bytes.withUnsafeBufferPointer { buffer throws(Failure) in
            var parser = try JSONParser(document: buffer, limits: limits)
            guard parser.index < buffer.count, buffer[parser.index] == UInt8(ascii: "{") else { return nil }
            try parser.readMembers(depth: 1, into: &builder)
            try parser.finishDocument()
            return ObjectReading(
                mayHoldControlCharacters: parser.mayHoldControlCharacters,
                isCanonicalObject: parser.canonical && buffer.first == UInt8(ascii: "{"))
        }
    }

    /// Reads the one value that starts at `offset` in `bytes` (no whitespace before it), leaving what follows it
    /// unread: for a reader that takes a large document one value at a time (an EPCIS event list). The value is read
    /// exactly as ``parse(_:limits:)`` reads it inside a document where it stands `depth` containers deep (they count
    /// against ``Limits/maxDepth``); ``Limits/maxDocumentBytes`` does not apply. A failure's offset is in `bytes`, its
    /// path starts at the value (`$`).
    /// - Returns: the value and the offset just after it.
    public static func parseValue(
        in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, depth: Int, limits: Limits = Limits()
    ) throws(Failure) -> (value: JSONValue, end: Int) {
        var parser = JSONParser(bytes: bytes, limits: limits)
        parser.index = offset
        let value = try parser.readValue(depth: depth)
        return (value, parser.index)
    }

    /// A reader at the start of the value of `bytes`, once the document's size and start are checked.
    private init(document bytes: UnsafeBufferPointer<UInt8>, limits: Limits) throws(Failure) {
        self.init(bytes: bytes, limits: limits)
        if bytes.count > limits.maxDocumentBytes {
            throw failure(.JSON.documentTooLarge("\(bytes.count)", "\(limits.maxDocumentBytes)"))
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw failure(.JSON.bom)
        }
        skipWhitespace()
    }

    /// Checks that nothing but whitespace follows the document's value.
    private mutating func finishDocument() throws(Failure) {
        skipWhitespace()
        if index != bytes.count {
            throw failure(.JSON.trailingData)
        }
    }

    /// Reads one complete JSON document from a string.
    public static func parse(_ text: String, limits: Limits = Limits()) throws(Failure) -> JSONValue {
        try parse(Array(text.utf8), limits: limits)
    }

    /// A failure at the current offset. Its path is `$` here; each object or array it was read within puts its step
    /// in as the failure passes through it (``Failure/within(_:)``), so that no path is kept while reading goes well.
    private func failure(_ reason: Message) -> Failure {
        Failure(offset: index, path: "$", reason: reason)
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D:
                index += 1
                canonical = false
            default: return
            }
        }
    }

    private mutating func readValue(depth: Int) throws(Failure) -> JSONValue {
        guard index < bytes.count else { throw failure(.JSON.end) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try readObject(depth: depth + 1)
        case UInt8(ascii: "["): return try readArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw failure(.JSON.unexpectedCharacter("\(describe(bytes[index]))"))
        }
    }

    private func describe(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(UnicodeScalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(Failure) {
        let count = literal.utf8CodeUnitCount
        let matches =
            index + count <= bytes.count
            && literal.withUTF8Buffer { text in
                (0..<count).allSatisfy { bytes[index + $0] == text[$0] }
            }
        guard matches else { throw failure(.JSON.invalidLiteral("\(literal)")) }
        index += count
    }

    private mutating func readObject(depth: Int) throws(Failure) -> JSONValue {
        var list = MemberList()
        try readMembers(depth: depth, into: &list)
        return .object(list.members)
    }

    /// Reads an object (at its `{`), handing each member to `builder`.
    private mutating func readMembers(depth: Int, into builder: inout some JSONObjectBuilder) throws(Failure) {
        if depth > limits.maxDepth { throw failure(.JSON.tooDeep("\(limits.maxDepth)")) }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return
        }
        // The previous member's name as it stands in the text (between its quotes), while every name so far is
        // plain (no escape: its text is the name) and sorts after the one before: the canonical order, in which no
        // name can repeat an earlier one.
        var previousName: Range<Int>?
        var sorted = true
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure(.JSON.memberName)
            }
            let nameStart = index
            let (key, plain) = try readMemberName()
            if sorted {
                let name = nameStart + 1..<index - 1
                sorted = plain && previousName.map { precedes($0, name) } ?? true
                previousName = name
                if !sorted { canonical = false }
            }
            if !sorted, builder.repeats(key) {
                throw failure(.JSON.duplicateMember("\(key)"))
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure(.JSON.colon) }
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "{"), var object = builder.object(for: key) {
                // Read as `readValue` reads an object, into the builder's own.
                do { try readMembers(depth: depth + 1, into: &object) } catch {
                    throw error.within(Self.pathComponent(key))
                }
                if depth == 1, let wanted, key == wanted { wantedMember = nameStart..<index }
                builder.take(key, object: object, at: nameStart..<index)
            } else {
                let value: JSONValue
                do { value = try readValue(depth: depth) } catch { throw error.within(Self.pathComponent(key)) }
                if depth == 1, let wanted, key == wanted { wantedMember = nameStart..<index }
                builder.take(key, value, at: nameStart..<index)
            }
            skipWhitespace()
            guard index < bytes.count else { throw failure(.JSON.endInObject) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return
            } else {
                throw failure(.JSON.commaOrBrace)
            }
        }
    }

    /// Reads a member name (at its opening quote), and says whether it is plain: printable ASCII without escapes,
    /// which canonical form writes as it stands and orders by its bytes. The names records use come back as
    /// shared strings (``MemberNames``), without a string made for them.
    @inline(__always)
    private mutating func readMemberName() throws(Failure) -> (name: String, plain: Bool) {
        let start = index + 1
        var cursor = Self.skipPlainASCII(bytes, from: start)
        while cursor < bytes.count, bytes[cursor] >= 0x20, bytes[cursor] < 0x7F, bytes[cursor] != UInt8(ascii: "\""),
            bytes[cursor] != UInt8(ascii: "\\")
        {
            cursor += 1
        }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\""), cursor - start <= limits.maxStringBytes else {
            // Not plain: read the careful way, with its exact error if there is one.
            return (try readString(), false)
        }
        index = cursor + 1
        let name = UnsafeBufferPointer(rebasing: bytes[start..<cursor])
        return (MemberNames.shared(name, readable: bytes.count - start) ?? Self.string(bytes, start..<cursor), true)
    }

    /// Whether the bytes at `first` sort strictly before those at `second`.
    private func precedes(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        var a = first.lowerBound
        var b = second.lowerBound
        while a < first.upperBound && b < second.upperBound {
            if bytes[a] != bytes[b] { return bytes[a] < bytes[b] }
            a += 1
            b += 1
        }
        return a == first.upperBound && b < second.upperBound
    }

    /// The JSON path step for a member name: `.name`, or `["name"]` when it is not a plain identifier.
    public static func pathComponent(_ key: String) -> String {
        let plain =
            !key.isEmpty
            && key.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
            }
        return plain ? ".\(key)" : "[\"\(key)\"]"
    }

    private mutating func readArray(depth: Int) throws(Failure) -> JSONValue {
        if depth > limits.maxDepth { throw failure(.JSON.tooDeep("\(limits.maxDepth)")) }
        index += 1
        var elements: [JSONValue] = []
        elements.reserveCapacity(4)
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            let value: JSONValue
            do { value = try readValue(depth: depth) } catch { throw error.within("[\(elements.count)]") }
            elements.append(value)
            skipWhitespace()
            guard index < bytes.count else { throw failure(.JSON.endInArray) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
            } else if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            } else {
                throw failure(.JSON.commaOrBracket)
            }
        }
    }

    private mutating func readNumber() throws(Failure) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw failure(.JSON.invalidNumber) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw failure(.JSON.leadingZero) }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw failure(.JSON.noFractionDigit)
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { throw failure(.JSON.badExponent) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index - start > 64 { throw failure(.JSON.numberTooLong) }
        if canonical { canonical = isCanonicalInteger(start..<index) }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// An integer that a double holds exactly and ECMAScript writes with the same digits: at most 15 digits, not
    /// `-0` (the grammar already refused leading zeros).
    private func isCanonicalInteger(_ range: Range<Int>) -> Bool {
        let digitsStart = range.lowerBound + (bytes[range.lowerBound] == UInt8(ascii: "-") ? 1 : 0)
        let digits = digitsStart..<range.upperBound
        guard digits.count <= 15, bytes[digits].allSatisfy(isDigit) else { return false }
        return !(digitsStart > range.lowerBound && digits.count == 1 && bytes[digitsStart] == UInt8(ascii: "0"))
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func readString() throws(Failure) -> String {
        index += 1
        if let text = readPlainString() { return text }
        mayHoldControlCharacters = true
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else { throw failure(.JSON.unterminatedString) }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                try readEscape(into: &out)
            case 0x00..<0x20:
                throw failure(.JSON.controlCharacter("\(String(byte, radix: 16))"))
            case 0x80...:
                try copyUTF8Sequence(into: &out)
            default:
                out.append(byte)
                index += 1
            }
            if out.count > limits.maxStringBytes {
                throw failure(.JSON.stringTooLong("\(limits.maxStringBytes)"))
            }
        }
    }

    /// The common case read without copying byte by byte: a string with no escape, no control character (C0,
    /// DEL or C1) and well-formed UTF-8, within the length limit. Returns `nil` (with `index` unchanged) for anything else,
    /// which ``readString()`` then reads the careful way, with its exact error.
    private mutating func readPlainString() -> String? {
        let start = index
        var cursor = index
        while true {
            cursor = Self.skipPlainASCII(bytes, from: cursor)
            guard cursor < bytes.count else { return nil }
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\"") {
                guard cursor - start <= limits.maxStringBytes else { return nil }
                index = cursor + 1
                return Self.string(bytes, start..<cursor)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte == 0x7F { return nil }
            if byte < 0x80 {
                cursor += 1
            } else {
                // C1 controls (U+0080–U+009F) are 0xC2 0x80–0x9F; bidirectional embeddings, overrides and isolates
                // (U+202A–U+202E, U+2066–U+2069) are 0xE2 0x80 0xAA–0xAE and 0xE2 0x81 0xA6–0xA9.
                guard let length = Self.validUTF8Sequence(bytes, at: cursor), byte != 0xC2 || bytes[cursor + 1] > 0x9F,
                    byte != 0xE2 || !Self.isBidiControl(bytes[cursor + 1], bytes[cursor + 2])
                else { return nil }
                cursor += length
            }
        }
    }

    /// Whether 0xE2 followed by `second` and `third` encodes a bidirectional formatting character that reorders
    /// text on screen (U+202A–U+202E, U+2066–U+2069).
    @inline(__always)
    static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    /// The offset of the first byte at or after `offset` that is not plain printable ASCII (a quote, a backslash, a
    /// control character, DEL or a byte ≥ 0x80), skipping eight bytes at a time; it may stop a few bytes early (at
    /// most at the start of the eight holding such a byte), or at the end of `bytes`.
    @inline(__always)
    private static func skipPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        guard let base = bytes.baseAddress else { return offset }
        var cursor = offset
        while cursor + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            // A byte's high bit is set here when the byte is zero (borrows can only flag bytes after a real one).
            func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
            let below0x20 = (word &- ones &* 0x20) & ~word & highs
            let special =
                (word & highs) | below0x20 | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
                | zeroBytes(word ^ (ones &* 0x7F))
            if special != 0 { return cursor }
            cursor += 8
        }
        return cursor
    }

    /// The text of well-formed UTF-8 `bytes[range]`, copied straight into the string's storage (a short ASCII one
    /// then needs no second check).
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { out in
            out.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        }
    }

    /// What starts at a byte ≥ 0x80: a well-formed UTF-8 sequence of some length, or why it is not one.
    private enum UTF8Sequence {
        case valid(length: Int)
        case badLead, truncated, badContinuation, badScalar
    }

    /// Reads the UTF-8 sequence starting at `offset` (a lead byte ≥ 0x80): no overlong forms, surrogates or
    /// truncation. The one reading of multi-byte sequences, for the canonical scan and for the copy alike.
    private static func utf8Sequence(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UTF8Sequence {
        let lead = bytes[offset]
        let length: Int
        let minimum: UInt32
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF:
            length = 2
            minimum = 0x80
            scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            minimum = 0x800
            scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4:
            length = 4
            minimum = 0x10000
            scalar = UInt32(lead & 0x07)
        default: return .badLead
        }
        guard offset + length <= bytes.count else { return .truncated }
        for next in bytes[offset + 1..<offset + length] {
            guard next & 0xC0 == 0x80 else { return .badContinuation }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return .badScalar }
        return .valid(length: length)
    }

    /// The length of the well-formed UTF-8 sequence starting at `offset`, or `nil`.
    private static func validUTF8Sequence(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        if case .valid(let length) = utf8Sequence(bytes, at: offset) { return length }
        return nil
    }

    private mutating func readEscape(into out: inout [UInt8]) throws(Failure) {
        guard index < bytes.count else { throw failure(.JSON.unterminatedEscape) }
        let code = bytes[index]
        index += 1
        if code != UInt8(ascii: "\"") && code != UInt8(ascii: "\\") { canonical = false }
        switch code {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else { throw failure(.JSON.loneHighSurrogate("\(String(scalar, radix: 16))")) }
                index += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure(.JSON.highWithoutLow) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw failure(.JSON.loneLowSurrogate("\(String(scalar, radix: 16))"))
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw failure(.JSON.invalidCodePoint) }
            out.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw failure(.JSON.invalidEscape("\(describe(code))"))
        }
    }

    private mutating func readHex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure(.JSON.truncatedUEscape) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure(.JSON.badHex)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// Copies one multi-byte UTF-8 sequence, refusing overlong forms, surrogates and truncation.
    private mutating func copyUTF8Sequence(into out: inout [UInt8]) throws(Failure) {
        let length: Int
        switch Self.utf8Sequence(bytes, at: index) {
        case .valid(let valid): length = valid
        case .badLead: throw failure(.JSON.badUtf8Byte("\(String(bytes[index], radix: 16))"))
        case .truncated: throw failure(.JSON.truncatedUtf8)
        case .badContinuation: throw failure(.JSON.badContinuation)
        case .badScalar: throw failure(.JSON.badUtf8)
        }
        out.append(contentsOf: bytes[index..<index + length])
        index += length
    }
}
