import Testing
import TraceModel

@testable import TraceInterop

/// The reader for canonical JSON a store keeps: the same values as the strict parser, and `nil` (so
/// that the strict parser reports it) for anything outside the canonical form.
@Suite("Stored records: the canonical JSON reader")
struct CanonicalJSONReaderTests {
    @Test("every stored record reads as the strict parser reads it")
    func sameValues() throws {
        for (record, _) in try StoredRecordTests.records() {
            let bytes = record.canonicalBytes
            #expect(CanonicalJSONReader.read(bytes) == (try JSONParser.parse(bytes)), "\(record.kind)")
        }
    }

    @Test("the escapes RFC 8785 writes, numbers and literals")
    func canonicalForms() throws {
        let text = #"{"a":"q\"b\\c\n\t\u0001é漢","b":[-1.5e+3,0,true,false,null],"c":{}}"#
        #expect(CanonicalJSONReader.read(Array(text.utf8)) == (try JSONParser.parse(text)))
    }

    @Test(
        "anything not canonical is left to the strict parser",
        arguments: [
            #"{"a": 1}"#, #" {"a":1}"#, #"{"a":"\/"}"#, #"{"a":"\u0041"}"#, #"{"a":"\u001F"}"#,
            #"{"a":01}"#, #"{"a":1.}"#, #"{"a":-}"#, #"{"a":1}x"#, #"{"a":1,}"#, #"["#, "{\"a\":\"tab\there\"}",
            #"{"a":tru}"#,
            #"{"b":1,"a":2}"#, #"{"a":1,"a":2}"#, String(repeating: "[", count: 33) + String(repeating: "]", count: 33),
            #"{"a":""# + String(repeating: "x", count: 8193) + #""}"#,
        ])
    func notCanonical(text: String) {
        #expect(CanonicalJSONReader.read(Array(text.utf8)) == nil)
    }

    @Test("the strict parser's limits are the reader's")
    func limits() throws {
        for text in [
            String(repeating: "[", count: 32) + String(repeating: "]", count: 32),
            #"{"a":""# + String(repeating: "x", count: 8192) + #""}"#,
        ] {
            #expect(CanonicalJSONReader.read(Array(text.utf8)) == (try JSONParser.parse(text)))
        }
        // Names in UTF-16 order: U+FF61 comes after U+1F600 (a surrogate pair), unlike in UTF-8.
        let text = #"{"😀":1,"｡":2}"#
        #expect(CanonicalJSONReader.read(Array(text.utf8)) == (try JSONParser.parse(text)))
    }

    @Test("invalid UTF-8 is refused")
    func invalidUTF8() {
        #expect(CanonicalJSONReader.read(Array(#"{"a":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)) == nil)
        #expect(CanonicalJSONReader.read(Array(#"{"a":"\n"#.utf8) + [0xFF] + Array(#""}"#.utf8)) == nil)
    }
}
