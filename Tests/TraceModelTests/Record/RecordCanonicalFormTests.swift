import Testing
import TraceModel

/// The bytes a record's id and signature cover.
@Suite("Record: signed and canonical bytes")
struct RecordCanonicalFormTests {
    @Test func signedBytesAreTheCanonicalRecordWithoutSig() throws {
        for kind in RecordKind.allCases {
            let source = try Samples.record(kind)
            let record = try Record.parse(source)
            #expect(record.signedBytes == (try CanonicalJSON.bytes(source.removing("sig"))), "\(kind)")
            #expect(record.canonicalBytes == (try CanonicalJSON.bytes(source)), "\(kind)")
        }
    }

    @Test func layoutAndMemberOrderDoNotChangeTheSignedBytes() throws {
        let compact = try Record.parse(Samples.record(.sell))
        let text = """
            {
              "sig": {"value": "\(Samples.signature)", "key": "k-ed2905ab4d64c625", "alg": "ed25519"},
              "body": {"amount": "16.75", "unitPrice": "26.8", "quantity": {"unit": "kg", "value": "0.625"},
                       "batch": "\(Samples.stallBatch)", "slip": "\(Samples.slip)"},
              "at": "2026-11-28T07:42:13+08:00", "prev": "\(Samples.previous)", "seq": 1289,
              "issuer": "STALL-510104-001-018", "kind": "sell", "v": 1
            }
            """
        let spread = try Record.parse(Array(text.utf8))
        #expect(spread.signedBytes == compact.signedBytes)
        #expect(spread.canonicalBytes == compact.canonicalBytes)
    }

    @Test func anyChangeToTheRecordChangesTheSignedBytes() throws {
        let base = try Record.parse(Samples.record(.sell)).signedBytes
        let changed = [
            try Samples.record(.sell, body: ["amount"], .string("16.76")),
            try Samples.record(.sell, body: ["unitPrice"], .string("26.9")),
            try Samples.record(.sell).setting("at", to: .string("2026-11-27T23:42:13Z")),
            try Samples.record(.sell).setting("seq", to: .number("1290")),
        ]
        for record in changed {
            #expect(try Record.parse(record).signedBytes != base)
        }
        // The signature is outside what it signs.
        let resigned = try Samples.record(.sell).replacing(["sig", "key"], with: .string("k-0000000000000000"))
        #expect(try Record.parse(resigned).signedBytes == base)
    }

    @Test func builtRecordsMatchParsedOnes() throws {
        let body = SellBody(
            slip: try TraceCode(validating: Samples.slip), batch: try TraceCode(validating: Samples.stallBatch),
            quantity: Quantity(Amount("0.625")!, .kilogram), unitPrice: Amount("26.8")!, amount: Amount("16.75")!)
        let built = try Record(
            kind: .sell, issuer: "STALL-510104-001-018", seq: 1289, prev: Samples.previous,
            at: try #require(Timestamp("2026-11-28T07:42:13+08:00")), body: body)
        let parsed = try Record.parse(Samples.record(.sell))
        #expect(built.signedBytes == parsed.signedBytes)
        #expect(built.sig == nil)
        let signed = built.signed(with: Signature(alg: "ed25519", key: "k-ed2905ab4d64c625", value: Samples.signature))
        #expect(signed.signedBytes == built.signedBytes)
        #expect(signed.canonicalBytes == parsed.canonicalBytes)
        #expect(try Record.parse(signed.canonicalBytes).signedBytes == parsed.signedBytes)
    }

    @Test func envelopeMembersAreSortedInTheSignedBytes() throws {
        let text = String(decoding: try Record.parse(Samples.record(.recall)).signedBytes, as: UTF8.self)
        #expect(text.hasPrefix(#"{"at":"2026-11-28T07:42:13+08:00","body":{"batch":""#))
        #expect(
            text.hasSuffix(
                #""issuer":"STALL-510104-001-018","kind":"recall","prev":"\#(Samples.previous)","seq":1289,"v":1}"#))
    }
}
