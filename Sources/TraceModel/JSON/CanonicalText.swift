/// Recognises JSON text that is already in canonical form (RFC 8785), so its bytes can be hashed as they stand.
///
/// Records are exported and signed in canonical form, so most input needs no rewriting. ``JSONParser`` judges
/// the text as it reads it, deliberately more narrowly than the canonical form itself: it vouches only for what
/// needs no rewriting — no whitespace; member names of printable ASCII without escapes, in strictly increasing
/// order; strings whose only escapes are `\"` and `\\`; numbers that are integers of at most 15 digits (other
/// than `-0`). Anything else is "not known to be canonical", and callers canonicalise as before.
enum CanonicalText {
    /// `text` without its top-level member `name` (and the comma beside it), when `text` is a canonical JSON
    /// object; `nil` when it is not known to be canonical (or is not JSON). Without such a member, `text` itself.
    static func removingMember(_ name: String, from text: [UInt8]) -> [UInt8]? {
        guard let reading = try? JSONParser.read(text, locating: name), reading.isCanonicalObject else { return nil }
        return removing(reading.locatedMember, from: text)
    }

    /// `text` without the member standing at `member` (from its name's opening quote to the end of its value) and
    /// the comma beside it; `text` itself when `member` is `nil`.
    static func removing(_ member: Range<Int>?, from text: [UInt8]) -> [UInt8] {
        guard var cut = member else { return text }
        if cut.lowerBound > 0, text[cut.lowerBound - 1] == UInt8(ascii: ",") {
            cut = cut.lowerBound - 1..<cut.upperBound
        } else if cut.upperBound < text.count, text[cut.upperBound] == UInt8(ascii: ",") {
            cut = cut.lowerBound..<cut.upperBound + 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.count - cut.count)
        out.append(contentsOf: text[..<cut.lowerBound])
        out.append(contentsOf: text[cut.upperBound...])
        return out
    }
}
