import Testing
import TraceModel

/// RFC 8785 sections 3.2.2 and 3.2.3: whole documents, member order and string escaping.
@Suite("RFC 8785 canonical structure")
struct RFC8785StructureTests {
    @Test func sectionExampleCanonicalisesToThePublishedBytes() throws {
        let input = try JSONParser.parse(Fixtures.bytes("rfc8785/structure-input.json"))
        let expected = try Fixtures.bytes("rfc8785/structure-expected.json")
        #expect(try CanonicalJSON.bytes(input) == expected)
    }

    @Test func sortingExampleOrdersMembersByUTF16CodeUnits() throws {
        let input = try JSONParser.parse(Fixtures.bytes("rfc8785/sorting-input.json"))
        let expected = try Fixtures.bytes("rfc8785/sorting-expected.json")
        #expect(try CanonicalJSON.bytes(input) == expected)
        // The order the RFC states: the emoji (surrogates D83D DE00) sorts before U+FB33,
        // the opposite of code point order.
        guard case .object(let members) = try JSONParser.parse(CanonicalJSON.bytes(input)) else {
            Issue.record("not an object")
            return
        }
        let scalars = members.map { $0.key.unicodeScalars.first!.value }
        #expect(scalars == [0x0D, 0x31, 0x80, 0xF6, 0x20AC, 0x1F600, 0xFB33])
    }

    @Test func canonicalFormIsAFixedPoint() throws {
        for name in ["structure", "sorting"] {
            let once = try CanonicalJSON.bytes(JSONParser.parse(Fixtures.bytes("rfc8785/\(name)-input.json")))
            let twice = try CanonicalJSON.bytes(JSONParser.parse(once))
            #expect(once == twice)
        }
    }

    @Test func codeUnitOrderDiffersFromCodePointOrder() throws {
        // U+FF61 is above the surrogates, so U+10000 (D800 DC00) sorts first in UTF-16 order.
        let value = JSONValue.object([("\u{FF61}", .number("1")), ("\u{10000}", .number("2")), ("z", .number("3"))])
        #expect(try canonical(value) == "{\"z\":3,\"\u{10000}\":2,\"\u{FF61}\":1}")
    }

    @Test func nestedObjectsAreSortedAndWhitespaceDropped() throws {
        let value = try json(#" { "b" : [ { "d" : 1 , "c" : 2 } ] , "a" : { "y" : null , "x" : true } } "#)
        #expect(try canonical(value) == #"{"a":{"x":true,"y":null},"b":[{"c":2,"d":1}]}"#)
    }

    @Test func sortingIsByCodeUnitsNotByCanonicalEquivalence() throws {
        // "é" precomposed (00E9) and decomposed (0065 0301) are different names to JSON.
        let value = JSONValue.object([("\u{E9}", .number("1")), ("e\u{301}", .number("2"))])
        #expect(try CanonicalJSON.bytes(value) == Array("{\"e\u{301}\":2,\"\u{E9}\":1}".utf8))
    }

    @Test(arguments: [
        ("\"", #""\"""#), ("\\", #""\\""#), ("/", #""/""#),
        ("\u{08}", #""\b""#), ("\t", #""\t""#), ("\n", #""\n""#), ("\u{0C}", #""\f""#), ("\r", #""\r""#),
        ("\u{00}", #""\u0000""#), ("\u{01}", #""\u0001""#), ("\u{0F}", #""\u000f""#), ("\u{1F}", #""\u001f""#),
        ("\u{7F}", "\"\u{7F}\""), ("\u{80}", "\"\u{80}\""), ("\u{2028}", "\"\u{2028}\""), ("€", "\"€\""),
        ("😀", "\"😀\""),
        ("白条猪肉", "\"白条猪肉\""), ("", "\"\""),
    ])
    func stringEscaping(text: String, expected: String) throws {
        #expect(try canonical(.string(text)) == expected)
    }

    @Test func escapesInMemberNamesToo() throws {
        #expect(try canonical(.object([("a\"b\n", .null)])) == #"{"a\"b\n":null}"#)
    }

    @Test func literalsAndEmptyContainers() throws {
        #expect(try canonical(try json("[null,true,false,{},[],\"\"]")) == #"[null,true,false,{},[],""]"#)
    }

    @Test func failurePathNamesTheNumber() {
        let value = JSONValue.object([("a b", .array([.number("1"), .number("1e999")]))])
        let failure = #expect(throws: CanonicalJSON.Failure.self) { try CanonicalJSON.bytes(value) }
        #expect(failure?.path == "$[\"a b\"][1]")
        #expect(failure?.description == "$[\"a b\"][1]: number 1e999 has no IEEE 754 double form (out of range)")
    }
}
