import Foundation
import Testing
import TraceCrypto
import TraceModel

@testable import TraceSlips

@Suite struct SlipPayloadTests {
    @Test(arguments: SignatureAlgorithm.allCases)
    func roundTripsTheExactSignedRecord(algorithm: SignatureAlgorithm) throws {
        let key = Fixtures.key(algorithm)
        let record = Fixtures.signedSale(key)
        let payload = try SlipPayload.encode(record: record)
        #expect(payload.hasPrefix("FT1:"))
        let back = try SlipPayload.decode(payload)
        #expect(back.id == record.id)
        #expect(back.signedBytes == record.signedBytes)
        #expect(back.canonicalBytes == record.canonicalBytes)
        #expect(back.sig == record.sig)
        #expect(back.verifySignature(with: key.publicKey))
    }

    @Test(arguments: SignatureAlgorithm.allCases)
    func fitsQRVersion10AtLevelM(algorithm: SignatureAlgorithm) throws {
        #expect(Fixtures.stallID.count == 16)
        let payload = try SlipPayload.encode(record: Fixtures.signedSale(Fixtures.key(algorithm)))
        let code = try QRCode(payload)
        #expect(code.version <= 10, "payload of \(payload.count) characters needs version \(code.version)")
        #expect(payload.utf8.allSatisfy { Base45.alphabet.contains($0) }, "not QR alphanumeric")
    }

    @Test func samplePayloadIsTheEd25519SampleSale() throws {
        // Keeps the rendering fixture honest: it is a real payload of the sample sale.
        #expect(try SlipPayload.encode(record: Fixtures.signedSale(Fixtures.ed25519Key())) == Fixtures.samplePayload)
    }

    @Test(arguments: [
        "2026-11-28T08:15:30+08:00", "2026-11-28T08:15:30.250+08:00", "2026-11-28T00:15:30Z",
        "2026-11-28T08:15:30.5+08:00",
        "2026-11-28T00:15:30+00:00", "2026-11-28T08:15:30.123456789+05:45", "2026-11-27T19:15:30-05:00",
        "1970-01-01T05:00:00+08:00",
    ])
    func timeTextRoundTripsExactly(text: String) throws {
        let record = Fixtures.signedSale(Fixtures.ed25519Key(), at: Timestamp(text)!)
        let back = try SlipPayload.decode(try SlipPayload.encode(record: record))
        #expect(back.at.text == text)
        #expect(back.id == record.id)
    }

    @Test func firstRecordOfAnIssuerHasNoPrev() throws {
        let record = try Fixtures.sale(seq: 1).signed(by: Fixtures.ed25519Key())
        let back = try SlipPayload.decode(try SlipPayload.encode(record: record))
        #expect(back.prev == nil)
        #expect(back.id == record.id)
    }

    @Test func refusesWhatItCannotCarry() throws {
        let key = Fixtures.ed25519Key()
        #expect(throws: SlipError.unsigned) { try SlipPayload.encode(record: Fixtures.sale()) }
        let test = try Record(
            kind: .test, issuer: Fixtures.stallID, seq: 1, prev: nil, at: Fixtures.soldAt,
            body: TestBody(batch: Fixtures.batchCode, analyte: "clenbuterol", method: "rapid", result: "negative")
        ).signed(by: key)
        #expect(throws: SlipError.notSell(.test)) { try SlipPayload.encode(record: test) }
        // A sale imported from EPCIS carries its original event, which the payload has no room for: the record
        // would rebuild with another id, so it is refused rather than printed wrong.
        let origin =
            #""epcis":{"event":"{}","eventID":"ni:///sha-256;\#(String(repeating: "0", count: 64))?ver=CBV2.0"},"#
        let json = String(decoding: Fixtures.sale().canonicalBytes, as: UTF8.self).replacingOccurrences(
            of: "\"body\":{", with: "\"body\":{" + origin)
        let odd = try Record.parse(Array(json.utf8)).signed(by: key)
        #expect { try SlipPayload.encode(record: odd) } throws: { error in
            guard case SlipError.notCompactable = error else { return false }
            return true
        }
    }

    @Test func malformedPayloadsSayWhatIsWrong() throws {
        let payload = Fixtures.samplePayload
        let body = String(payload.dropFirst(4))
        let bytes = try Base45.decode(body)
        func expectError(
            _ text: String, _ matches: (SlipError) -> Bool, sourceLocation: SourceLocation = #_sourceLocation
        ) {
            #expect(sourceLocation: sourceLocation) { try SlipPayload.decode(text) } throws: { error in
                matches(error as! SlipError)
            }
        }
        expectError("HC1:" + body) { if case .badPrefix = $0 { true } else { false } }
        expectError("https://example.org/slip") { if case .badPrefix = $0 { true } else { false } }
        expectError("FT2:" + body) { $0 == .unsupportedVersion("2") }
        let dangling = body + String(repeating: "A", count: (4 - body.count % 3) % 3)  // leaves one character over
        #expect(dangling.count % 3 == 1)
        expectError("FT1:" + dangling) { if case .badBase45 = $0 { true } else { false } }
        expectError(payload + "=") { if case .badBase45 = $0 { true } else { false } }
        expectError(payload.lowercased().replacingOccurrences(of: "ft1:", with: "FT1:")) {
            if case .badBase45 = $0 { true } else { false }
        }
        expectError("FT1:") { $0 == .truncated(field: "container") }
        expectError("FT1:" + Base45.encode(Array(bytes.dropLast(9)))) { $0 == .truncated(field: "signature") }
        expectError("FT1:" + Base45.encode(Array(bytes.prefix(30)))) {
            $0 == .truncated(field: "seq") || $0 == .truncated(field: "prev")
        }
        expectError("FT1:" + Base45.encode(bytes + [0])) { $0 == .trailingBytes(1) }
        expectError("FT1:" + Base45.encode([7] + bytes.dropFirst())) {
            if case .badField(field: "container", _) = $0 { true } else { false }
        }
        expectError("FT1:" + Base45.encode([1, 0x78, 0xDA, 1, 2, 3])) {
            if case .badCompression = $0 { true } else { false }
        }
        expectError("FT1:" + Base45.encode([1, 0x78, 0x9C] + Zlib.compress(Array(bytes.dropFirst())).dropFirst(2))) {
            if case .badCompression = $0 { true } else { false }
        }
        expectError("FT1:" + Base45.encode([0, 0x80] + bytes.dropFirst(2))) {
            if case .badField(field: "flags", _) = $0 { true } else { false }
        }
    }

    @Test func aCompressedContainerOfFieldsThatDoNotCompressIsRefused() throws {
        let record = Fixtures.signedSale(Fixtures.ed25519Key())
        let fields = try PayloadFields.encode(record)
        #expect(Zlib.compress(fields).count >= fields.count, "a sale's hashes and signature do not compress")
        let compressed = "FT1:" + Base45.encode([1] + Zlib.compress(fields))
        #expect(throws: SlipError.badField(field: "container", reason: SlipPayload.oneContainer)) {
            try SlipPayload.decode(compressed)
        }
        let withTrailer = "FT1:" + Base45.encode([1] + Zlib.compress(fields) + [0])
        #expect(throws: SlipError.trailingBytes(1)) { try SlipPayload.decode(withTrailer) }
    }

    @Test func nonCanonicalSpellingOfTheSameFieldsIsRefused() throws {
        var bytes = try Base45.decode(String(Fixtures.samplePayload.dropFirst(4)))
        // seq 42 is the varint 2A right after the 16-byte issuer; spell it with a redundant continuation byte.
        let seqIndex = 1 + 1 + 1 + 16
        #expect(bytes[seqIndex] == 42)
        bytes.replaceSubrange(seqIndex...seqIndex, with: [0xAA, 0x00])
        #expect(throws: SlipError.badField(field: "encoding", reason: Message.SlipPayload.notCanonicalFields)) {
            try SlipPayload.decode("FT1:" + Base45.encode(bytes))
        }
    }

    @Test func errorsReadWell() {
        #expect(
            SlipError.truncated(field: "signature").description == "slip payload is cut short: it ends inside signature"
        )
        #expect(SlipError.unsupportedVersion("2").description.contains("version 2 is not supported"))
        #expect(SlipError.badPrefix(found: "HC1:").description.contains("expected it to start with \"FT1:\""))
    }

    // Guards the one-container rule: the same fields compressed at zlib levels 0, 1, 6 and 9 (with the 78 DA header
    // the reader asks for), or in the plain container when they compress, decode to the same signed record but are
    // refused; only the text encode makes is read.
    @Test func onlyTheOneContainerDecodes() throws {
        for record in [Fixtures.signedSale(Fixtures.ed25519Key())] {
            let payload = try SlipPayload.encode(record: record)
            let container = try Base45.decode(String(payload.dropFirst(SlipPayload.prefix.count)))
            let fields =
                container.first == 1 ? try Zlib.decompress(Array(container.dropFirst())) : Array(container.dropFirst())
            #expect(throws: Never.self) { try SlipPayload.decode(payload) }
            var others = [[0] + fields]
            for level: Int32 in [0, 1, 6, 9] {
                others.append([1, 0x78, 0xDA] + Zlib.compress(fields, level: level).dropFirst(2))
            }
            for other in others where other != container {
                #expect(throws: SlipError.badField(field: "container", reason: SlipPayload.oneContainer)) {
                    try SlipPayload.decode("FT1:" + Base45.encode(other))
                }
            }
        }
    }
}
