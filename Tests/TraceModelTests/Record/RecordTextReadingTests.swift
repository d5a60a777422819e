import Testing

@testable import TraceModel

/// `Record.parse` from text takes the envelope's members as it reads them; it must read and refuse exactly as reading
/// the record's ``JSONValue`` does.
@Suite("Record.parse: from text")
struct RecordTextReadingTests {
    /// `members` of the sell sample, with `extra` put in front, as text in that order.
    private func sellText(_ extra: String = "", dropping dropped: Set<String> = []) throws -> String {
        guard case .object(let members) = try Samples.record(.sell) else { throw Unexpected.notAnObject }
        let kept = members.filter { !dropped.contains($0.key) }
        let written = kept.map { documentText(.string($0.key)) + ":" + documentText($0.value) }
        return "{" + extra + written.joined(separator: ",") + "}"
    }

    private enum Unexpected: Error { case notAnObject }

    @Test func readsTheSameRecordAsItsValue() throws {
        for kind in RecordKind.allCases {
            let value = try Samples.record(kind)
            let expected = try Record.parse(value)
            let asWritten = documentText(value)
            for text in [asWritten, try CanonicalJSON.string(value)] {
                let record = try Record.parse(Array(text.utf8))
                #expect(record.kind == expected.kind)
                #expect(record.issuer == expected.issuer)
                #expect(record.seq == expected.seq)
                #expect(record.prev == expected.prev)
                #expect(record.at == expected.at)
                // The body as it stood: in the text's member order.
                #expect(try CanonicalJSON.string(record.body) == CanonicalJSON.string(expected.body))
                if text == asWritten { #expect(record.body == expected.body) }
                #expect(record.sig == expected.sig)
                #expect(record.signedBytes == expected.signedBytes, "\(kind)")
                #expect(record.canonicalBytes == expected.canonicalBytes, "\(kind)")
            }
        }
    }

    @Test func theFirstUnknownFieldInTheTextIsNamed() throws {
        let found = problem(bytes: Array(try sellText(#""zz":1,"aa":2,"#).utf8))
        #expect(found == RecordProblem(field: "$.zz", reason: "unknown envelope field"))
    }

    @Test func unknownFieldsAreNamedBeforeControlCharacters() throws {
        let text = try sellText(#""at":"x\u0001","zz":1,"#, dropping: ["at"])
        #expect(problem(bytes: Array(text.utf8)) == RecordProblem(field: "$.zz", reason: "unknown envelope field"))
        let withoutUnknown = try sellText(#""at":"x\u0001","#, dropping: ["at"])
        #expect(
            problem(bytes: Array(withoutUnknown.utf8))
                == RecordProblem(field: "$.at", reason: "control characters are not allowed in text"))
    }

    @Test func documentErrorsComeBeforeUnknownFields() throws {
        let text = #"{"zz":1,"v":1,}"#
        #expect(problem(bytes: Array(text.utf8)) == documentProblem(text))
        #expect(problem(bytes: Array(text.utf8))?.reason.hasPrefix("expected a member name in quotes") == true)
    }

    @Test(arguments: [
        #"{"v":1,"v":1}"#, #"{"at":"a","v":1,"at":"b"}"#, #"{"v":1,"x":1,"x":2}"#, #"{"x":1,"v":1,"x":2}"#,
        #"{"sig":{"alg":"a","alg":"b"}}"#,
    ])
    func repeatedNamesAreRefusedWhereTheReaderFindsThem(text: String) throws {
        let found = problem(bytes: Array(text.utf8))
        #expect(found == documentProblem(text))
        #expect(found?.reason.hasPrefix("duplicate member name") == true)
    }

    @Test(arguments: [
        #"{"sig":{"x":1,"x":2}}"#, #"{"sig":{"value":"a","alg":"b","value":"c"}}"#, #"{"sig":{"alg":"a",}}"#,
        #"{"sig":{"alg":{"a":1,"a":2}}}"#, #"{"v":1,"sig":{"alg":[}}"#,
    ])
    func signatureTextErrorsAreTheReaders(text: String) throws {
        #expect(problem(bytes: Array(text.utf8)) == documentProblem(text))
    }

    /// `sig` is read member by member from text; its problems must come as, and when, they come from its value.
    @Test func signatureProblemsComeInTheirPlace() throws {
        let cases = [
            (try sellText(#""sig":{"zz":1,"yy":2,"alg":"ed25519"},"#, dropping: ["sig"]), "$.sig.zz"),
            (try sellText(#""kind":"nope","sig":{"zz":1},"#, dropping: ["kind", "sig"]), "$.kind"),
            (try sellText(#""sig":{"alg":"rsa","key":1,"value":"x"},"#, dropping: ["sig"]), "$.sig.key"),
            (try sellText(#""sig":{},"#, dropping: ["sig"]), "$.sig.alg"),
            (try sellText(#""sig":"x","#, dropping: ["sig"]), "$.sig"),
        ]
        for (text, field) in cases {
            let fromText = problem(bytes: Array(text.utf8))
            #expect(fromText?.field == field, "\(text)")
            #expect(fromText == problem(try JSONParser.parse(text)), "\(text)")
        }
    }

    @Test func aTextThatIsNotAnObject() {
        #expect(
            problem(bytes: Array("[1]".utf8))
                == RecordProblem(field: "$", reason: "a record must be a JSON object, found array"))
        #expect(problem(bytes: Array(" [1".utf8)) == documentProblem(" [1"))
    }

    @Test func recordKindsAreFoundByName() {
        for kind in RecordKind.allCases {
            #expect(RecordKind.named(kind.rawValue) == kind)
        }
        for text in ["", "sel", "Sell", "sells", "transforms", "usE", "recieve"] {
            #expect(RecordKind.named(text) == nil)
        }
    }

    @Test func memberNamesAreSharedWhenKnown() {
        for name in MemberNames.names {
            #expect(name.utf8.count <= 16 && name.utf8.allSatisfy { (0x20..<0x7F).contains($0) }, "\(name)")
            for padding in [0, 16] {
                // With room to read whole words beyond the name, and without.
                let bytes = Array(name.utf8) + Array(repeating: UInt8(ascii: "x"), count: padding)
                #expect(shared(bytes, count: name.utf8.count) == name)
            }
        }
        #expect(Set(MemberNames.names).count == MemberNames.names.count)
        for other in ["", "a", "atx", "Body", "unitPrices", "validUntilX", "abcdefghijklmnopq", "amoun"] {
            let bytes = Array(other.utf8) + Array(repeating: UInt8(ascii: "t"), count: 16)
            #expect(shared(bytes, count: other.utf8.count) == nil, "\(other)")
        }
    }

    /// The shared name for the first `count` of `bytes`, all of which may be read.
    private func shared(_ bytes: [UInt8], count: Int) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            MemberNames.shared(UnsafeBufferPointer(rebasing: buffer[..<count]), readable: buffer.count)
        }
    }

    /// The problem the JSON reader finds in `text`, as `Record.parse` reports it.
    private func documentProblem(_ text: String) -> RecordProblem? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return RecordProblem(field: error.path, reason: "\(error.reason) (at byte \(error.offset + 1))")
        }
    }
}
