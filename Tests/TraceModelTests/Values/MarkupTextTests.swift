import Testing
import TraceModel

/// The one markup escaper: what each context references, and what XML 1.0 cannot hold (its `Char` production).
@Suite("Markup text: one escaper for HTML, SVG, JUnit and EPCIS XML")
struct MarkupTextTests {
    @Test("content and attribute alike: the five markup characters become references")
    func escapesTheFiveForEitherPlace() {
        #expect(MarkupText.escape(#"A&B <猪肉> "q" 'x'"#) == "A&amp;B &lt;猪肉&gt; &quot;q&quot; &#39;x&#39;")
        // Whitespace XML keeps is kept; the near miss: a control character no reference can carry is dropped.
        #expect(MarkupText.escape("a\tb\nc\rd") == "a\tb\nc\rd")
        #expect(MarkupText.escape("a\u{1}b\u{1F}c\u{FFFE}d") == "abcd")
    }

    @Test("element content: & < > and the carriage return, which line-end handling would turn into a line feed")
    func contentKeepsQuotesAndReferencesTheCarriageReturn() {
        #expect(MarkupText.content("a<b>&\"'") == "a&lt;b&gt;&amp;\"'")
        #expect(MarkupText.content("line\r\nnext\ttab") == "line&#13;\nnext\ttab")
    }

    @Test("attribute values: the quote and the whitespace attribute normalisation would turn into spaces")
    func attributeReferencesWhitespace() {
        #expect(MarkupText.attribute("a\"b'c>d<e&") == "a&quot;b'c>d&lt;e&amp;")
        #expect(MarkupText.attribute("1\t2\n3\r4") == "1&#9;2&#10;3&#13;4")
    }

    @Test("XML 1.0 characters: the boundaries of the Char production on both sides")
    func xmlCharacterBoundaries() {
        let held: [UInt32] = [0x9, 0xA, 0xD, 0x20, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF]
        let refused: [UInt32] = [0x0, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xFFFE, 0xFFFF]
        for value in held { #expect(MarkupText.isXMLCharacter(Unicode.Scalar(value)!), "U+\(value)") }
        for value in refused { #expect(!MarkupText.isXMLCharacter(Unicode.Scalar(value)!), "U+\(value)") }
    }
}
