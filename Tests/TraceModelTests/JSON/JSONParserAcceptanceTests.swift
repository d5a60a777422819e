import Testing
import TraceModel

/// What `JSONParser` reads, and how it keeps it.
@Suite("JSONParser: accepted documents")
struct JSONParserAcceptanceTests {
    @Test func keepsMemberOrderAndNumberText() throws {
        let value = try JSONParser.parse(#" {"b": 4.50, "a": [1, -0, 2e-3, true, false, null], "c": {}} "#)
        guard case .object(let members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["b", "a", "c"])
        #expect(value["b"] == .number("4.50"))
        #expect(value["a"] == .array([.number("1"), .number("-0"), .number("2e-3"), .bool(true), .bool(false), .null]))
        #expect(value["c"] == .object([]))
    }

    @Test(arguments: [
        (#""\u00e9""#, "é"), (#""\ud83d\ude00""#, "😀"), (#""\uD83D\uDE00""#, "😀"), (#""\/""#, "/"),
        (#""\"\\\b\f\n\r\t""#, "\"\\\u{08}\u{0C}\n\r\t"), (#""\u0000""#, "\u{00}"), ("\"猪肉\"", "猪肉"),
        ("\"\u{7F}\"", "\u{7F}"), ("\"\u{FEFF}\"", "\u{FEFF}"), (#""\ufb33""#, "\u{FB33}"),
    ])
    func decodesStrings(source: String, expected: String) throws {
        let value = try JSONParser.parse(source)
        #expect(value == .string(expected))
        // Compare scalars too: Swift's String equality would hide a normalisation.
        #expect(value.stringValue.map { Array($0.unicodeScalars) } == Array(expected.unicodeScalars))
    }

    @Test func scalarsAtTopLevel() throws {
        #expect(try JSONParser.parse(" 12 ") == .number("12"))
        #expect(try JSONParser.parse("\t\r\nnull\n") == .null)
        #expect(try JSONParser.parse(#""x""#) == .string("x"))
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let arrays = String(repeating: "[", count: 32) + String(repeating: "]", count: 32)
        #expect(parserFailure(arrays) == nil)
        let objects = String(repeating: #"{"a":"#, count: 32) + "1" + String(repeating: "}", count: 32)
        #expect(parserFailure(objects) == nil)
    }

    @Test func stringsUpToTheLimitAreRead() {
        #expect(parserFailure("\"" + String(repeating: "a", count: 8192) + "\"") == nil)
        // 2730 three-byte characters are 8190 bytes.
        #expect(parserFailure("\"" + String(repeating: "猪", count: 2730) + "\"") == nil)
        // An escape counts as the bytes it stands for: 8192 × \u0041 is 8192 bytes.
        #expect(parserFailure("\"" + String(repeating: #"\u0041"#, count: 8192) + "\"") == nil)
    }

    @Test func documentOfExactlyTheLimitIsRead() {
        let document = "[" + String(repeating: " ", count: (1 << 20) - 2) + "]"
        #expect(document.utf8.count == 1 << 20)
        #expect(parserFailure(document) == nil)
    }

    @Test func defaultLimitsAreTheDocumentedOnes() {
        let limits = JSONParser.Limits()
        #expect(limits.maxDepth == 32)
        #expect(limits.maxStringBytes == 8192)
        #expect(limits.maxDocumentBytes == 1_048_576)
    }

    @Test func customLimitsApply() {
        var limits = JSONParser.Limits()
        limits.maxDepth = 2
        #expect(parserFailure("[[1]]", limits: limits) == nil)
        #expect(parserFailure("[[[1]]]", limits: limits)?.reason == "nesting deeper than 2 levels")
        limits.maxStringBytes = 3
        #expect(parserFailure(#"["abc"]"#, limits: limits) == nil)
        #expect(parserFailure(#"["abcd"]"#, limits: limits)?.reason == "string longer than 3 bytes")
        limits.maxDocumentBytes = 4
        #expect(parserFailure("[12]", limits: limits) == nil)
        #expect(parserFailure("[123]", limits: limits)?.reason == "document is 5 bytes, over the limit of 4")
    }

    @Test func numberTextUpTo64CharactersIsKept() throws {
        let text = "1." + String(repeating: "5", count: 62)
        #expect(try JSONParser.parse(text) == .number(text))
    }
}
