import Testing
import TraceModel

@testable import TraceInterop

/// The EPCIS writer escapes strings as RFC 8785 §3.2.2.2 does, through the one escaper the package has.
@Suite("EPCIS JSON: string escapes")
struct JSONWriterEscapeTests {
    /// Every control character, as RFC 8785 §3.2.2.2 writes it: the five two-character escapes (`\b`, `\t`, `\n`,
    /// `\f`, `\r`) and `\u00xx` in lowercase hex for the others.
    static let controls =
        #"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f"#
        + #"\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"#

    // Guards: U+0008 is `\b` and U+000C `\f` (not `\u0008`, `\u000c`), the other controls `\u00xx` in lowercase;
    // quote and backslash escaped; DEL, U+2028 and CJK written as themselves (the near misses: nothing above U+001F
    // but `"` and `\` is escaped).
    @Test func stringsAreEscapedAsRFC8785Does() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar(UInt8($0)) }))
        let text = controls + "\"\\/\u{7F}\u{2028}猪肉 é"
        let written = String(decoding: JSONWriter.bytes(.string(text)), as: UTF8.self)
        #expect(written == "\"" + Self.controls + #"\"\\/"# + "\u{7F}\u{2028}猪肉 é\"")
        #expect(JSONWriter.bytes(.string(text)) == (try CanonicalJSON.bytes(.string(text))))
        // Member names are strings too.
        let object = String(decoding: JSONWriter.bytes(.object([(key: "a\u{08}b", value: .null)])), as: UTF8.self)
        #expect(object == #"{"a\bb":null}"#)
    }
}
