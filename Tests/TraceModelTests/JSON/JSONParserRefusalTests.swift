import Testing

@testable import TraceModel

/// What `JSONParser` refuses, each with a reason naming the problem and the JSON path where it is.
@Suite("JSONParser: refused documents")
struct JSONParserRefusalTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let bytes: [UInt8]
        let path: String
        let reason: String
        var testDescription: String { reason }

        init(_ text: String, _ path: String, _ reason: String) {
            self.init(bytes: Array(text.utf8), path, reason)
        }

        init(bytes: [UInt8], _ path: String, _ reason: String) {
            self.bytes = bytes
            self.path = path
            self.reason = reason
        }
    }

    static func refuse(_ item: Case, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let failure = parserFailure(item.bytes) else {
            Issue.record("accepted: \(String(decoding: item.bytes, as: UTF8.self))", sourceLocation: sourceLocation)
            return
        }
        #expect(failure.path == item.path, "\(failure)", sourceLocation: sourceLocation)
        #expect(failure.reason.contains(item.reason), "\(failure)", sourceLocation: sourceLocation)
    }

    static let duplicates = [
        Case(#"{"a":1,"a":2}"#, "$", #"duplicate member name "a""#),
        Case(#"{"a":1,"b":{"c":1,"c":2}}"#, "$.b", #"duplicate member name "c""#),
        Case(#"{"list":[{"x":1},{"x":1,"y":2,"x":3}]}"#, "$.list[1]", #"duplicate member name "x""#),
        // An escape spells the same name.
        Case(#"{"a":1,"\u0061":2}"#, "$", #"duplicate member name "a""#),
        Case(#"{"a":1,"b":2,"\u0062":3}"#, "$", #"duplicate member name "b""#),
        // Names in order up to the repeated one (in order, no name can repeat; out of order, any may).
        Case(#"{"a":1,"b":2,"c":3,"b":4}"#, "$", #"duplicate member name "b""#),
        Case(
            "{" + (0..<20).map { #""k\#($0 + 10)":1,"# }.joined() + #""k15":2}"#, "$", #"duplicate member name "k15""#),
    ]

    @Test(arguments: duplicates) func duplicateMemberNames(item: Case) { Self.refuse(item) }

    static func inString(_ bytes: [UInt8]) -> [UInt8] { Array(#"{"name":""#.utf8) + bytes + Array(#""}"#.utf8) }

    static let invalidUTF8 = [
        Case(bytes: inString([0xC0, 0xAF]), "$.name", "invalid UTF-8 byte 0xc0"),  // overlong '/'
        Case(bytes: inString([0xC1, 0xBF]), "$.name", "invalid UTF-8 byte 0xc1"),
        Case(bytes: inString([0xE0, 0x80, 0xAF]), "$.name", "invalid UTF-8 sequence"),  // overlong, 3 bytes
        Case(bytes: inString([0xF0, 0x80, 0x80, 0xAF]), "$.name", "invalid UTF-8 sequence"),  // overlong, 4 bytes
        Case(bytes: inString([0xE7, 0x8C]), "$.name", "invalid UTF-8 continuation byte"),  // truncated 猪, then '"'
        Case(bytes: Array(#"["abc"#.utf8) + [0xE7, 0x8C], "$[0]", "truncated UTF-8 sequence"),  // truncated at the end
        Case(bytes: inString([0x80]), "$.name", "invalid UTF-8 byte 0x80"),  // lone continuation byte
        Case(bytes: inString([0xBF]), "$.name", "invalid UTF-8 byte 0xbf"),
        Case(bytes: inString([0xED, 0xA0, 0x80]), "$.name", "invalid UTF-8 sequence"),  // encoded surrogate D800
        Case(bytes: inString([0xED, 0xBF, 0xBF]), "$.name", "invalid UTF-8 sequence"),  // encoded surrogate DFFF
        Case(bytes: inString([0xF4, 0x90, 0x80, 0x80]), "$.name", "invalid UTF-8 sequence"),  // above U+10FFFF
        Case(bytes: inString([0xF5, 0x80, 0x80, 0x80]), "$.name", "invalid UTF-8 byte 0xf5"),
        Case(bytes: inString([0xFF]), "$.name", "invalid UTF-8 byte 0xff"),
        // In a name.
        Case(bytes: Array(#"{""#.utf8) + [0xC0, 0x80] + Array(#"":1}"#.utf8), "$", "invalid UTF-8 byte 0xc0"),
        Case(bytes: [0xC3, 0xA9], "$", "unexpected character byte 0xc3"),  // outside any string
    ]

    @Test(arguments: invalidUTF8) func invalidUTF8IsRefused(item: Case) { Self.refuse(item) }

    static let surrogates = [
        Case(#"{"s":"\ud800"}"#, "$.s", #"lone high surrogate \ud800"#),
        Case(#"{"s":"\ud83dx"}"#, "$.s", #"lone high surrogate \ud83d"#),
        Case(#"{"s":"\ud800\u0041"}"#, "$.s", "high surrogate not followed by a low one"),
        Case(#"{"s":"\ud800\ud800"}"#, "$.s", "high surrogate not followed by a low one"),
        Case(#"{"s":"\udc00"}"#, "$.s", #"lone low surrogate \udc00"#),
        Case(#"{"s":"\ude00\ud83d"}"#, "$.s", "lone low surrogate"),
        Case(#"["\ud800"#, "$[0]", "lone high surrogate"),
    ]

    @Test(arguments: surrogates) func loneSurrogateEscapesAreRefused(item: Case) { Self.refuse(item) }

    @Test func byteOrderMarkIsRefused() {
        Self.refuse(Case(bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8), "$", "byte-order mark"))
        #expect(parserFailure([0xEF, 0xBB, 0xBF] + Array("{}".utf8))?.offset == 0)
    }

    static let trailing = [
        Case("{} x", "$", "unexpected data after the JSON value"),
        Case("{}{}", "$", "unexpected data after the JSON value"),
        Case("1 2", "$", "unexpected data after the JSON value"),
        Case("[1]]", "$", "unexpected data after the JSON value"),
        Case("null,", "$", "unexpected data after the JSON value"),
        Case("{}\u{0}", "$", "unexpected data after the JSON value"),
    ]

    @Test(arguments: trailing) func trailingDataIsRefused(item: Case) { Self.refuse(item) }

    @Test func nestingBeyondTheLimitIsRefused() {
        let arrays = String(repeating: "[", count: 33) + String(repeating: "]", count: 33)
        Self.refuse(Case(arrays, "$" + String(repeating: "[0]", count: 32), "nesting deeper than 32 levels"))
        let objects = String(repeating: #"{"a":"#, count: 33) + "1" + String(repeating: "}", count: 33)
        Self.refuse(Case(objects, "$" + String(repeating: ".a", count: 32), "nesting deeper than 32 levels"))
        // Deep enough to overflow a naive recursive reader's stack: refused, not crashed.
        Self.refuse(
            Case(String(repeating: "[", count: 100_000), "$" + String(repeating: "[0]", count: 32), "nesting deeper"))
    }

    @Test func stringsBeyondTheLimitAreRefused() {
        Self.refuse(
            Case(
                #"{"note":""# + String(repeating: "a", count: 8193) + #""}"#, "$.note", "string longer than 8192 bytes")
        )
        Self.refuse(Case("[\"" + String(repeating: "猪", count: 2731) + "\"]", "$[0]", "string longer than 8192 bytes"))
        Self.refuse(
            Case("[\"" + String(repeating: #"\u00e9"#, count: 4097) + "\"]", "$[0]", "string longer than 8192 bytes"))
        // Member names are strings too.
        Self.refuse(Case("{\"" + String(repeating: "k", count: 8193) + "\":1}", "$", "string longer than 8192 bytes"))
    }

    @Test func documentsBeyondTheLimitAreRefused() {
        let document = "[" + String(repeating: " ", count: (1 << 20) - 1) + "]"
        Self.refuse(Case(document, "$", "document is 1048577 bytes, over the limit of 1048576"))
    }

    static let numbers = [
        Case("01", "$", "invalid number: leading zero"),
        Case("[1,-01]", "$[1]", "invalid number: leading zero"),
        Case(#"{"seq":00}"#, "$.seq", "invalid number: leading zero"),
        Case(#"{"q":00.5}"#, "$.q", "invalid number: leading zero"),
        Case("1.", "$", "invalid number: no digit after '.'"),
        Case("1.e5", "$", "invalid number: no digit after '.'"),
        Case("1e", "$", "invalid number: bad exponent"),
        Case("1e+", "$", "invalid number: bad exponent"),
        Case("-", "$", "invalid number"),
        Case("-a", "$", "invalid number"),
        Case(".5", "$", "unexpected character '.'"),
        Case("+1", "$", "unexpected character '+'"),
        Case("NaN", "$", "unexpected character 'N'"),
        Case("Infinity", "$", "unexpected character 'I'"),
        Case("[0x10]", "$", "expected ',' or ']'"),
        Case("[" + String(repeating: "1", count: 65) + "]", "$[0]", "number text longer than 64 characters"),
    ]

    @Test(arguments: numbers) func malformedNumbersAreRefused(item: Case) { Self.refuse(item) }

    static let controls = [
        Case("[\"a\nb\"]", "$[0]", "control character 0xa inside a string; escape it"),
        Case("{\"note\":\"a\tb\"}", "$.note", "control character 0x9 inside a string"),
        Case("{\"note\":\"\u{0}\"}", "$.note", "control character 0x0 inside a string"),
        Case("{\"note\":\"\u{1F}\"}", "$.note", "control character 0x1f inside a string"),
        Case("{\"a\rb\":1}", "$", "control character 0xd inside a string"),
    ]

    @Test(arguments: controls) func rawControlCharactersInStringsAreRefused(item: Case) { Self.refuse(item) }

    static let grammar = [
        Case("", "$", "unexpected end of input"),
        Case("   ", "$", "unexpected end of input"),
        Case("tru", "$", "invalid literal (expected true)"),
        Case("[nul]", "$[0]", "invalid literal (expected null)"),
        Case("[True]", "$[0]", "unexpected character 'T'"),
        Case("[1,]", "$[1]", "unexpected character ']'"),
        Case("[1 2]", "$", "expected ',' or ']'"),
        Case(#"{"a":1,}"#, "$", "expected a member name in quotes"),
        Case("{'a':1}", "$", "expected a member name in quotes"),
        Case("{a:1}", "$", "expected a member name in quotes"),
        Case(#"{"a" 1}"#, "$", "expected ':'"),
        Case(#"{"a":1 "b":2}"#, "$", "expected ',' or '}'"),
        Case(#"{"a":"#, "$.a", "unexpected end of input"),
        Case(#"{"a":1"#, "$", "unexpected end of input in an object"),
        Case("[1", "$", "unexpected end of input in an array"),
        Case(#"["abc"#, "$[0]", "unterminated string"),
        Case(#"["a\"#, "$[0]", "unterminated escape"),
        Case(#"["\x41"]"#, "$[0]", "invalid escape"),
        Case(#"["\u12"]"#, "$[0]", #"invalid hex digit in \u escape"#),
        Case(#"["\u12"#, "$[0]", #"truncated \u escape"#),
        Case(#"["\u12G4"]"#, "$[0]", #"invalid hex digit in \u escape"#),
        Case(#"{"a b":{"c":tru}}"#, "$[\"a b\"].c", "invalid literal"),
        Case(#"{"x-y":[0,{"":nul}]}"#, "$[\"x-y\"][1][\"\"]", "invalid literal"),
    ]

    @Test(arguments: grammar) func grammarErrorsAreRefused(item: Case) { Self.refuse(item) }

    @Test func invalidEscapeNamesTheCharacterPrintably() throws {
        let newline = try #require(parserFailure("[\"\\\n\"]"))
        #expect(!newline.reason.contains("\n"), "\(newline.reason)")
        #expect(newline.reason.contains("0xa"))
        #expect(parserFailure(#"["\q"]"#)?.reason.contains("'q'") == true)
    }

    @Test func failureDescribesPathReasonAndByte() throws {
        let failure = try #require(parserFailure(#"{"a":1,"a":2}"#))
        #expect(failure.offset == 10)
        #expect(failure.description == #"$: duplicate member name "a" (at byte 11)"#)
        #expect(parserFailure("[1,\n 01]")?.offset == 6)
    }

    /// Strings are scanned eight bytes at a time: a control character, DEL or C1 control, a backslash or a stray
    /// quote is found wherever it stands in a long string, with the byte it is at and the path of the string.
    @Test func longStringsAreScannedWhereverTheirProblemStands() throws {
        let plain = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        let prefix = Array(#"{"list":[1,{"note":""#.utf8)
        for offset in 0..<plain.count {
            var control = plain
            control[offset] = 0x0A
            let failure = try #require(parserFailure(prefix + control + Array(#""}]}"#.utf8)))
            #expect(failure.path == "$.list[1].note")
            #expect(failure.reason == "control character 0xa inside a string; escape it")
            #expect(failure.offset == prefix.count + offset)
            // DEL, a C1 control (U+0085) and an escape are read, and flag the text as possibly holding controls.
            for inserted in [[0x7F], [0xC2, 0x85], [UInt8(ascii: "\\"), UInt8(ascii: "n")]] as [[UInt8]] {
                var text = plain
                text.replaceSubrange(offset..<offset + 1, with: inserted)
                let reading = try JSONParser.read(Array(#"{"note":""#.utf8) + text + Array(#""}"#.utf8))
                #expect(reading.mayHoldControlCharacters)
            }
            var quoted = plain
            quoted[offset] = UInt8(ascii: "\"")
            #expect(parserFailure(prefix + quoted + Array(#""}]}"#.utf8)) != nil)
        }
        let reading = try JSONParser.read(Array(#"{"note":""#.utf8) + plain + Array(#""}"#.utf8))
        #expect(!reading.mayHoldControlCharacters)
        #expect(reading.value["note"] == .string(String(decoding: plain, as: UTF8.self)))
    }
}
