import Foundation
import Testing
import TraceCrypto
import TraceModel

/// Writes the bad-input corpus and its README into the source tree: run once with `RECORD_FIXTURES=1`
/// (`swift test --filter BadInputFixtureGenerator`), review the diff, commit it.
///
/// Ingest cases start from `good.jsonl`, two genuine records of a farm registered by `base.jsonl`
/// (signed by keys made for the purpose and thrown away; `regulator.pub.pem` is the trust anchor), and
/// break the second line (or the file) in one way each. The expected field and phrase of every case
/// are written here by hand, not taken from the program's output.
@Suite("bad-input corpus generator", .enabled(if: ProcessInfo.processInfo.environment["RECORD_FIXTURES"] == "1"))
struct BadInputFixtureGenerator {
    struct Entry {
        var file: String
        var wrong: String
        var line: Int
        var field: String
        var phrase: String
        var bytes: [UInt8]
    }

    @Test("write Fixtures/bad-input")
    func generate() throws {
        let directory = BadInputCase.sourceDirectory
        let regulator = try PrivateKey.generate(.ed25519)
        let farm = try PrivateKey.generate(.ed25519)
        let at = { (minute: Int) in Timestamp("2026-12-20T06:0\(minute):00+08:00")! }
        let register = try TraceModel.Record(
            kind: .register, issuer: "REG-TEST", seq: 1, prev: nil, at: at(0),
            body: RegisterBody(
                party: "FARM-510185-001", name: "简阳市第1生猪养殖场", role: .farm, area: "510185", node: "001",
                keys: [
                    RegisteredKey(
                        id: farm.publicKey.keyID, alg: "ed25519",
                        spki: Data(farm.publicKey.spkiDER).base64EncodedString())
                ])
        ).signed(by: regulator)
        func lot(_ serial: Int, seq: Int, prev: String?) throws -> TraceModel.Record {
            try TraceModel.Record(
                kind: .produce, issuer: "FARM-510185-001", seq: seq, prev: prev, at: at(seq),
                body: ProduceBody(
                    batch: TraceCode(area: "510185", node: "001", date: "261220", serial: serial)!,
                    product: Product(code: "01030101", name: "生猪", category: .livePig),
                    quantity: Quantity(Amount(10), .head), origin: Place(area: "510185", name: "简阳市"))
            ).signed(by: farm)
        }
        let first = try lot(1, seq: 1, prev: nil)
        let second = try lot(2, seq: 2, prev: first.id)
        let line1 = first.canonicalBytes
        let line2 = second.canonicalBytes
        try write(Array(regulator.publicKey.pem.utf8), "regulator.pub.pem", in: directory)
        try write(register.canonicalBytes + [0x0A], "base.jsonl", in: directory)
        try write(line1 + [0x0A] + line2 + [0x0A], "good.jsonl", in: directory)

        let ingest = try Self.ingestCases(line1: line1, line2: line2)
        let epcis = Self.epcisCases()
        let slips = Self.slipCases()
        for entry in ingest { try write(entry.bytes, entry.file, in: directory) }
        for entry in epcis + slips { try write(entry.bytes, entry.file, in: directory) }
        try write(Array(Self.readme(ingest: ingest, epcis: epcis, slips: slips).utf8), "README.md", in: directory)
    }

    private func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// `line` with the one occurrence of `old` replaced by `new`.
    static func replacing(_ line: [UInt8], _ old: String, _ new: [UInt8]) throws -> [UInt8] {
        let pattern = Array(old.utf8)
        let starts = line.indices.filter { line[$0...].starts(with: pattern) }
        guard starts.count == 1, let start = starts.first else {
            throw FixtureError("\"\(old)\" occurs \(starts.count) times")
        }
        return Array(line[..<start]) + new + Array(line[(start + pattern.count)...])
    }

    static func ingestCases(line1: [UInt8], line2: [UInt8]) throws -> [Entry] {
        func file(_ second: [UInt8], first: [UInt8]? = nil) -> [UInt8] { (first ?? line1) + [0x0A] + second + [0x0A] }
        func edit(_ old: String, _ new: String) throws -> [UInt8] { file(try replacing(line2, old, Array(new.utf8))) }
        func editBytes(_ old: String, _ new: [UInt8]) throws -> [UInt8] { file(try replacing(line2, old, new)) }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let code = TraceCode(area: "510185", node: "001", date: "261220", serial: 2)!.digits
        var deep = "0"
        for _ in 0..<40 { deep = "[" + deep + "]" }
        let padded = [UInt8](line2.prefix(1)) + [UInt8](repeating: 0x20, count: 1 << 20) + [UInt8](line2.dropFirst())
        var badCheck = Array(code)
        badCheck[19] = badCheck[19] == "9" ? "0" : Character(String(Int(String(badCheck[19]))! + 1))
        return [
            Entry(
                file: "malformed-truncated.jsonl", wrong: "the second record is cut off before its closing brace",
                line: 2, field: "$",
                phrase: "unexpected end of input in an object", bytes: file(Array(line2.dropLast()))),
            Entry(
                file: "malformed-trailing-comma.jsonl", wrong: "a comma before the closing brace", line: 2, field: "$",
                phrase: "expected a member name in quotes", bytes: file(Array(line2.dropLast()) + Array(",}".utf8))),
            Entry(
                file: "malformed-not-json.jsonl", wrong: "a line of plain text", line: 2, field: "$",
                phrase: "unexpected character 'h'", bytes: file(Array("hello, this is not a record".utf8))),
            Entry(
                file: "malformed-single-quotes.jsonl", wrong: "single-quoted member name and value", line: 2,
                field: "$",
                phrase: "expected a member name in quotes", bytes: try edit(#"{"at""#, #"{'at'"#)),
            Entry(
                file: "malformed-trailing-data.jsonl", wrong: "text after the record on the same line", line: 2,
                field: "$",
                phrase: "unexpected data after the JSON value", bytes: file(line2 + Array(" x".utf8))),
            Entry(
                file: "top-level-array.jsonl", wrong: "an array instead of a record", line: 2, field: "$",
                phrase: "must be a JSON object, found array", bytes: file(Array("[]".utf8))),
            Entry(
                file: "empty-object.jsonl", wrong: "an empty object", line: 2, field: "$.v", phrase: "missing",
                bytes: file(Array("{}".utf8))),
            Entry(
                file: "invalid-utf8-byte.jsonl", wrong: "byte 0xFF inside the origin name", line: 2,
                field: "$.body.origin.name",
                phrase: "invalid UTF-8 byte 0xff", bytes: try editBytes("简阳市", Array("简阳".utf8) + [0xFF])),
            Entry(
                file: "invalid-utf8-overlong.jsonl", wrong: "an overlong encoding of '/' (C0 AF)", line: 2,
                field: "$.body.origin.name",
                phrase: "invalid UTF-8 byte 0xc0", bytes: try editBytes("简阳市", [0xC0, 0xAF])),
            Entry(
                file: "invalid-utf8-truncated.jsonl", wrong: "a three-byte character cut after two bytes", line: 2,
                field: "$.body.origin.name", phrase: "invalid UTF-8 continuation byte",
                bytes: try editBytes("简阳市", Array("简阳".utf8) + Array("市".utf8).prefix(2))),
            Entry(
                file: "invalid-utf8-surrogate.jsonl", wrong: "a lone surrogate escape \\ud800", line: 2,
                field: "$.body.origin.name",
                phrase: "lone high surrogate", bytes: try edit("简阳市", "\\ud800")),
            Entry(
                file: "bom-first-line.jsonl", wrong: "a UTF-8 byte-order mark at the start of the file", line: 1,
                field: "$",
                phrase: "byte-order mark", bytes: bom + file(line2)),
            Entry(
                file: "bom-second-line.jsonl", wrong: "a byte-order mark at the start of line 2 (files concatenated)",
                line: 2,
                field: "$", phrase: "byte-order mark", bytes: file(bom + line2)),
            Entry(
                file: "duplicate-key-envelope.jsonl", wrong: "the member kind twice", line: 2, field: "$",
                phrase: #"duplicate member name "kind""#,
                bytes: try edit(#""kind":"produce""#, #""kind":"produce","kind":"produce""#)),
            Entry(
                file: "duplicate-key-body.jsonl", wrong: "the body member batch twice", line: 2, field: "$.body",
                phrase: #"duplicate member name "batch""#,
                bytes: try edit(#"{"batch":"\#(code)""#, #"{"batch":"\#(code)","batch":"\#(code)""#)),
            Entry(
                file: "quantity-huge.jsonl", wrong: "a quantity of 13 integer digits", line: 2,
                field: "$.body.quantity.value",
                phrase: "is not an exact decimal in its one written form",
                bytes: try edit(#""value":"10""#, #""value":"1234567890123""#)),
            Entry(
                file: "quantity-negative.jsonl", wrong: "a negative quantity", line: 2, field: "$.body.quantity.value",
                phrase: "is not an exact decimal in its one written form",
                bytes: try edit(#""value":"10""#, #""value":"-10""#)),
            Entry(
                file: "quantity-zero.jsonl", wrong: "a quantity of zero", line: 2, field: "$.body.quantity.value",
                phrase: "must be greater than zero", bytes: try edit(#""value":"10""#, #""value":"0""#)),
            Entry(
                file: "quantity-exponent.jsonl", wrong: "a quantity written with an exponent", line: 2,
                field: "$.body.quantity.value",
                phrase: "is not an exact decimal in its one written form",
                bytes: try edit(#""value":"10""#, #""value":"1e1""#)),
            Entry(
                file: "quantity-hex.jsonl", wrong: "a hexadecimal quantity", line: 2, field: "$.body.quantity.value",
                phrase: "is not an exact decimal in its one written form",
                bytes: try edit(#""value":"10""#, #""value":"0x0A""#)),
            Entry(
                file: "quantity-decimal-comma.jsonl", wrong: "a decimal comma", line: 2, field: "$.body.quantity.value",
                phrase: "is not an exact decimal in its one written form",
                bytes: try edit(#""value":"10""#, #""value":"9,5""#)),
            Entry(
                file: "quantity-fullwidth-digits.jsonl", wrong: "full-width digits １０", line: 2,
                field: "$.body.quantity.value",
                phrase: "is not an exact decimal in its one written form",
                bytes: try edit(#""value":"10""#, #""value":"１０""#)),
            Entry(
                file: "quantity-trailing-zero.jsonl",
                wrong: "a trailing fraction zero (10.50: one value, one written form)", line: 2,
                field: "$.body.quantity.value", phrase: "is not an exact decimal in its one written form",
                bytes: try edit(#""value":"10""#, #""value":"10.50""#)),
            Entry(
                file: "quantity-seven-places.jsonl", wrong: "more than six fraction digits", line: 2,
                field: "$.body.quantity.value",
                phrase: "is not an exact decimal in its one written form",
                bytes: try edit(#""value":"10""#, #""value":"1.0000001""#)),
            Entry(
                file: "quantity-json-number.jsonl", wrong: "a quantity as a JSON number, not a decimal string", line: 2,
                field: "$.body.quantity.value", phrase: "wrong type", bytes: try edit(#""value":"10""#, #""value":10"#)),
            Entry(
                file: "quantity-float.jsonl", wrong: "a quantity as a floating-point number", line: 2,
                field: "$.body.quantity.value",
                phrase: "wrong type, expected a string", bytes: try edit(#""value":"10""#, #""value":9.5"#)),
            Entry(
                file: "unit-unknown.jsonl", wrong: "an unknown unit (jin)", line: 2, field: "$.body.quantity.unit",
                phrase: "jin", bytes: try edit(#""unit":"head""#, #""unit":"jin""#)),
            Entry(
                file: "kind-unknown.jsonl", wrong: "an unknown record kind", line: 2, field: "$.kind",
                phrase: #"unknown kind "steal""#, bytes: try edit(#""kind":"produce""#, #""kind":"steal""#)),
            Entry(
                file: "field-unknown-envelope.jsonl", wrong: "an extra envelope member", line: 2, field: "$.comment",
                phrase: "unknown envelope field",
                bytes: try edit(#""kind":"produce""#, #""comment":"x","kind":"produce""#)),
            Entry(
                file: "field-unknown-body.jsonl", wrong: "an extra body member", line: 2, field: "$.body.colour",
                phrase: "unknown field", bytes: try edit(#"{"batch":"#, #"{"colour":"red","batch":"#)),
            Entry(
                file: "field-missing.jsonl", wrong: "the time at is missing", line: 2, field: "$.at",
                phrase: "missing", bytes: try edit(#""at":"2026-12-20T06:02:00+08:00","#, "")),
            Entry(
                file: "type-seq-string.jsonl", wrong: "seq as a string", line: 2, field: "$.seq",
                phrase: "must be a whole number from 1", bytes: try edit(#""seq":2,"#, #""seq":"2","#)),
            Entry(
                file: "type-seq-fraction.jsonl", wrong: "seq written 2.0", line: 2, field: "$.seq",
                phrase: "must be a whole number from 1, found 2.0", bytes: try edit(#""seq":2,"#, #""seq":2.0,"#)),
            Entry(
                file: "type-seq-zero.jsonl", wrong: "seq 0", line: 2, field: "$.seq",
                phrase: "must be a whole number from 1, found 0", bytes: try edit(#""seq":2,"#, #""seq":0,"#)),
            Entry(
                file: "type-body-array.jsonl", wrong: "a body that is an array", line: 2, field: "$.body",
                phrase: "must be an object, found array", bytes: file(try Self.replacingBody(line2, with: "[]"))),
            Entry(
                file: "type-product-string.jsonl", wrong: "product as a string", line: 2, field: "$.body.product",
                phrase: "wrong type",
                bytes: try edit(#""product":{"category":"live-pig","code":"01030101","name":"生猪"}"#, #""product":"生猪""#)
            ),
            Entry(
                file: "version-unsupported.jsonl", wrong: "format version 2", line: 2, field: "$.v",
                phrase: "unsupported format version 2", bytes: try edit(#""v":1"#, #""v":2"#)),
            Entry(
                file: "oversized-string.jsonl", wrong: "an origin name of 8,193 bytes (limit 8,192)", line: 2,
                field: "$.body.origin.name",
                phrase: "string longer than 8192 bytes", bytes: try edit("简阳市", String(repeating: "a", count: 8193))),
            Entry(
                file: "oversized-line.jsonl", wrong: "a line of 1 MiB and more (limit 1,048,576 bytes)", line: 2,
                field: "$",
                phrase: "over the limit of 1048576", bytes: file(padded)),
            Entry(
                file: "deep-nesting.jsonl", wrong: "arrays nested 40 deep in the body (limit 32 levels)", line: 2,
                field: "$.body.deep" + String(repeating: "[0]", count: 30), phrase: "nesting deeper than 32 levels",
                bytes: try edit(#"{"batch":"#, #"{"deep":\#(deep),"batch":"#)),
            Entry(
                file: "control-char-escaped.jsonl", wrong: "an escaped BEL (\\u0007) in the origin name", line: 2,
                field: "$.body.origin.name", phrase: "control characters are not allowed in text",
                bytes: try edit("简阳市", "简阳\\u0007市")),
            Entry(
                file: "control-char-c1.jsonl", wrong: "a C1 control (\\u0085) in the product name", line: 2,
                field: "$.body.product.name",
                phrase: "control characters are not allowed in text", bytes: try edit("生猪", "生\\u0085猪")),
            Entry(
                file: "control-char-raw-tab.jsonl", wrong: "a raw tab inside the origin name", line: 2,
                field: "$.body.origin.name",
                phrase: "control character 0x9 inside a string", bytes: try editBytes("简阳市", Array("简阳".utf8) + [0x09])),
            Entry(
                file: "control-char-nul.jsonl", wrong: "a raw NUL byte inside the product name", line: 2,
                field: "$.body.product.name",
                phrase: "control character 0x0 inside a string", bytes: try editBytes("生猪", Array("生".utf8) + [0x00])),
            Entry(
                file: "trace-code-check-digit.jsonl", wrong: "the batch's check digit is wrong", line: 2,
                field: "$.body.batch",
                phrase: "check digit", bytes: try edit(code, String(badCheck))),
            Entry(
                file: "trace-code-length.jsonl", wrong: "a batch code of 19 digits", line: 2, field: "$.body.batch",
                phrase: "trace code has 19 characters", bytes: try edit(code, String(code.dropLast()))),
            Entry(
                file: "trace-code-letters.jsonl", wrong: "a letter in the batch code", line: 2, field: "$.body.batch",
                phrase: "digits only", bytes: try edit(code, String(code.dropLast()) + "X")),
            Entry(
                file: "time-no-offset.jsonl", wrong: "a time without an offset", line: 2, field: "$.at",
                phrase: "not an RFC 3339 time with an offset",
                bytes: try edit("2026-12-20T06:02:00+08:00", "2026-12-20T06:02:00")),
            Entry(
                file: "time-impossible-date.jsonl", wrong: "February 30th", line: 2, field: "$.at",
                phrase: "not an RFC 3339 time with an offset",
                bytes: try edit("2026-12-20T06:02:00+08:00", "2026-02-30T06:02:00+08:00")),
            Entry(
                file: "time-body-no-offset.jsonl", wrong: "an expiry time in the body without an offset", line: 2,
                field: "$.body.expires",
                phrase: "offset", bytes: try edit(#"{"batch":"#, #"{"expires":"2026-12-27T00:00:00","batch":"#)),
            Entry(
                file: "number-leading-zero.jsonl", wrong: "seq written 02", line: 2, field: "$.seq",
                phrase: "leading zero", bytes: try edit(#""seq":2,"#, #""seq":02,"#)),
            Entry(
                file: "number-too-long.jsonl", wrong: "a seq of 70 digits", line: 2, field: "$.seq",
                phrase: "number text longer than 64 characters",
                bytes: try edit(#""seq":2,"#, #""seq":\#(String(repeating: "9", count: 70)),"#)),
            Entry(
                file: "number-nan.jsonl", wrong: "NaN for seq", line: 2, field: "$.seq",
                phrase: "unexpected character 'N'", bytes: try edit(#""seq":2,"#, #""seq":NaN,"#)),
            Entry(
                file: "sig-not-base64url.jsonl", wrong: "a signature in padded standard base64", line: 2,
                field: "$.sig.value",
                phrase: "not unpadded base64url", bytes: file(try Self.replacingSignatureValue(line2, with: "ab+/cd=="))
            ),
            Entry(
                file: "sig-unknown-algorithm.jsonl", wrong: "an unknown signature algorithm", line: 2,
                field: "$.sig.alg",
                phrase: #"unknown algorithm "rsa-sha256""#, bytes: try edit(#""alg":"ed25519""#, #""alg":"rsa-sha256""#)
            ),
            Entry(
                file: "prev-not-an-id.jsonl", wrong: "prev that is not a record id", line: 2, field: "$.prev",
                phrase: "not a record id", bytes: file(try Self.replacingPrev(line2, with: "sha256:XYZ"))),
            Entry(
                file: "issuer-invalid.jsonl", wrong: "an issuer with a space and lower case", line: 2,
                field: "$.issuer",
                phrase: "a party id is", bytes: try edit(#""issuer":"FARM-510185-001""#, #""issuer":"farm 1""#)),
            Entry(
                file: "issuer-sql.jsonl", wrong: "SQL in the issuer: x'); DROP TABLE records;--", line: 2,
                field: "$.issuer",
                phrase: "a party id is",
                bytes: try edit(#""issuer":"FARM-510185-001""#, #""issuer":"x'); DROP TABLE records;--""#)),
        ]
    }

    static func replacingBody(_ line: [UInt8], with body: String) throws -> [UInt8] {
        let json = try JSONParser.parse(line)
        let text = String(decoding: try CanonicalJSON.bytes(json), as: UTF8.self)
        let bodyText = String(decoding: try CanonicalJSON.bytes(json["body"]!), as: UTF8.self)
        return Array(text.replacingOccurrences(of: #""body":"# + bodyText, with: #""body":"# + body).utf8)
    }

    static func replacingSignatureValue(_ line: [UInt8], with value: String) throws -> [UInt8] {
        let json = try JSONParser.parse(line)
        let old = json["sig"]!["value"]!.stringValue!
        return try replacing(line, #""value":"\#(old)""#, Array(#""value":"\#(value)""#.utf8))
    }

    static func replacingPrev(_ line: [UInt8], with value: String) throws -> [UInt8] {
        let json = try JSONParser.parse(line)
        let old = json["prev"]!.stringValue!
        return try replacing(line, #""prev":"\#(old)""#, Array(#""prev":"\#(value)""#.utf8))
    }
}
