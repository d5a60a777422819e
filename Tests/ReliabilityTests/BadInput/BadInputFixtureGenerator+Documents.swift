import Foundation
import TraceModel

/// The EPCIS documents and slip payloads of the corpus, and its README.
extension BadInputFixtureGenerator {
    /// A small valid EPCIS 2.0 document: one commissioning ObjectEvent of a lot of 10 kg.
    static let goodEPCIS = """
        {"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0",\
        "creationDate":"2026-12-20T08:00:00+08:00","epcisBody":{"eventList":[{"type":"ObjectEvent","action":"ADD",\
        "bizStep":"commissioning","eventTime":"2026-12-20T06:00:00+08:00","eventTimeZoneOffset":"+08:00",\
        "quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.LOT20261220","quantity":10,"uom":"KGM"}]}]}}
        """

    static func epcisCases() -> [Entry] {
        let good = goodEPCIS
        func doc(_ text: String) -> [UInt8] { Array(text.utf8) }
        func edit(_ old: String, _ new: String) -> [UInt8] {
            precondition(good.components(separatedBy: old).count == 2, "\(old) is not unique in the EPCIS document")
            return doc(good.replacingOccurrences(of: old, with: new))
        }
        let event = "$.epcisBody.eventList[0]"
        var deep = "0"
        for _ in 0..<70 { deep = "[" + deep + "]" }
        return [
            Entry(
                file: "epcis/good.json", wrong: "nothing (control: imports)", line: 0, field: "-", phrase: "-",
                bytes: doc(good)),
            Entry(
                file: "epcis/malformed-truncated.json", wrong: "the document is cut off inside a string", line: 0,
                field: "$.epcisBody.eventList[0]",
                phrase: "unterminated string", bytes: Array(doc(good).prefix(260))),
            Entry(
                file: "epcis/bom.json", wrong: "a byte-order mark before the document", line: 0, field: "$",
                phrase: "byte-order mark", bytes: [0xEF, 0xBB, 0xBF] + doc(good)),
            Entry(
                file: "epcis/duplicate-key.json", wrong: "the member type twice in the event", line: 0, field: event,
                phrase: #"duplicate member name "type""#,
                bytes: edit(#"{"type":"ObjectEvent""#, #"{"type":"ObjectEvent","type":"ObjectEvent""#)),
            Entry(
                file: "epcis/invalid-utf8.json", wrong: "byte 0xFF inside the bizStep", line: 0,
                field: event + ".bizStep",
                phrase: "invalid UTF-8 byte 0xff",
                bytes: try! replacing(doc(good), "commissioning", Array("commission".utf8) + [0xFF])),
            Entry(
                file: "epcis/deep-nesting.json",
                wrong: "arrays nested 70 deep in an extension member (limit 64 levels)", line: 0,
                field: event + #"["ex:deep"]"# + String(repeating: "[0]", count: 60),
                phrase: "nesting deeper than 64 levels",
                bytes: edit(#""action":"ADD""#, #""ex:deep":\#(deep),"action":"ADD""#)),
            Entry(
                file: "epcis/not-an-object.json", wrong: "an array instead of a document", line: 0, field: "$",
                phrase: "an EPCIS document is a JSON object, found array", bytes: doc("[]")),
            Entry(
                file: "epcis/document-type.json", wrong: "a master-data document type", line: 0, field: "$.type",
                phrase: "must be EPCISDocument or EPCISQueryDocument",
                bytes: edit(#""type":"EPCISDocument""#, #""type":"EPCISMasterDataDocument""#)),
            Entry(
                file: "epcis/no-body.json", wrong: "no epcisBody", line: 0, field: "$.epcisBody", phrase: "missing",
                bytes: doc(
                    #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-12-20T08:00:00+08:00"}"#
                )),
            Entry(
                file: "epcis/event-list-object.json", wrong: "eventList is an object", line: 0,
                field: "$.epcisBody.eventList",
                phrase: "must be an array, found object",
                bytes: doc(
                    #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-12-20T08:00:00+08:00","epcisBody":{"eventList":{}}}"#
                )),
            Entry(
                file: "epcis/event-not-object.json", wrong: "an event that is a number", line: 0, field: event,
                phrase: "must be an object, found number",
                bytes: doc(
                    #"{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-12-20T08:00:00+08:00","epcisBody":{"eventList":[1]}}"#
                )),
            Entry(
                file: "epcis/event-type-missing.json", wrong: "an event without type", line: 0, field: event + ".type",
                phrase: "missing",
                bytes: edit(#""type":"ObjectEvent","#, "")),
            Entry(
                file: "epcis/event-time-no-offset.json", wrong: "an eventTime without an offset", line: 0,
                field: event + ".eventTime",
                phrase: "is not an RFC 3339 date-time",
                bytes: edit("2026-12-20T06:00:00+08:00", "2026-12-20T06:00:00")),
            Entry(
                file: "epcis/event-time-zone-offset.json", wrong: "eventTimeZoneOffset written +8", line: 0,
                field: event + ".eventTimeZoneOffset", phrase: "does not match",
                bytes: edit(#""+08:00","quantityList""#, #""+8","quantityList""#)),
            Entry(
                file: "epcis/action-missing.json", wrong: "an ObjectEvent without action", line: 0,
                field: event + ".action",
                phrase: "missing", bytes: edit(#""action":"ADD","#, "")),
            Entry(
                file: "epcis/action-unknown.json", wrong: "action MOVE", line: 0, field: event + ".action",
                phrase: "\"MOVE\" is not one of", bytes: edit(#""action":"ADD""#, #""action":"MOVE""#)),
            Entry(
                file: "epcis/epc-list-string.json", wrong: "epcList is a string", line: 0, field: event + ".epcList",
                phrase: "array",
                bytes: edit(#""action":"ADD""#, #""epcList":"urn:epc:id:sgtin:4012345.012345.1","action":"ADD""#)),
            Entry(
                file: "epcis/quantity-string.json", wrong: "a quantity written as text", line: 0,
                field: event + ".quantityList[0].quantity",
                phrase: "number", bytes: edit(#""quantity":10"#, #""quantity":"ten""#)),
            Entry(
                file: "epcis/control-character.json", wrong: "a raw line feed inside a string", line: 0,
                field: event + ".bizStep",
                phrase: "control character 0xa inside a string", bytes: edit("commissioning", "commission\ning")),
        ]
    }

    static func slipCases() -> [Entry] {
        let bomb = zlib([UInt8](repeating: 0, count: 1 << 16))
        return [
            Entry(
                file: "slip/not-a-payload.txt", wrong: "plain text", line: 0, field: "-",
                phrase: "not a FoodTrace slip payload",
                bytes: Array("hello, world".utf8)),
            Entry(
                file: "slip/empty.txt", wrong: "nothing at all", line: 0, field: "-",
                phrase: "not a FoodTrace slip payload", bytes: []),
            Entry(
                file: "slip/version-2.txt", wrong: "a future scheme version FT2:", line: 0, field: "-",
                phrase: "slip payload version 2 is not supported", bytes: Array("FT2:ABCDEF".utf8)),
            Entry(
                file: "slip/prefix-only.txt", wrong: "the prefix and nothing else", line: 0, field: "-",
                phrase: "cut short: it ends inside container", bytes: Array("FT1:".utf8)),
            Entry(
                file: "slip/lower-case.txt", wrong: "lower-case letters (not base45)", line: 0, field: "-",
                phrase: "not valid base45 at character 1", bytes: Array("FT1:abcdef".utf8)),
            Entry(
                file: "slip/dangling-character.txt", wrong: "a base45 text of 4 characters", line: 0, field: "-",
                phrase: "a single character is left over", bytes: Array("FT1:ABCD".utf8)),
            Entry(
                file: "slip/group-out-of-range.txt", wrong: "a base45 group above 65535", line: 0, field: "-",
                phrase: "group is out of range", bytes: Array("FT1:::::::".utf8)),
            Entry(
                file: "slip/non-ascii.txt", wrong: "Chinese characters after the prefix", line: 0, field: "-",
                phrase: "not valid base45", bytes: Array("FT1:条码条码".utf8)),
            Entry(
                file: "slip/unknown-container.txt", wrong: "container type 7", line: 0, field: "-",
                phrase: "unknown container type 7", bytes: Array(("FT1:" + base45([7, 0, 0])).utf8)),
            Entry(
                file: "slip/zlib-header.txt", wrong: "a zlib stream with another header (78 9C)", line: 0, field: "-",
                phrase: "does not start with the zlib header 78 DA",
                bytes: Array(("FT1:" + base45([1, 0x78, 0x9C, 3, 0])).utf8)),
            Entry(
                file: "slip/zlib-bomb.txt", wrong: "a zlib stream that inflates to 64 KiB (limit 4,096 bytes)", line: 0,
                field: "-",
                phrase: "inflates to more than 4096 bytes", bytes: Array(("FT1:" + base45([1] + bomb)).utf8)),
            Entry(
                file: "slip/zeros.txt", wrong: "a plain container of 30,000 zero bytes", line: 0, field: "-",
                phrase: "slip payload", bytes: Array(("FT1:" + base45([0] + [UInt8](repeating: 0, count: 30_000))).utf8)
            ),
        ]
    }

    /// RFC 9285 base45.
    static func base45(_ bytes: [UInt8]) -> String {
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
        var out = ""
        var index = 0
        while index + 1 < bytes.count {
            var n = Int(bytes[index]) * 256 + Int(bytes[index + 1])
            for _ in 0..<3 {
                out.append(alphabet[n % 45])
                n /= 45
            }
            index += 2
        }
        if index < bytes.count {
            let n = Int(bytes[index])
            out.append(alphabet[n % 45])
            out.append(alphabet[n / 45])
        }
        return out
    }

    /// zlib at level 9 (header 78 DA), through python3 (generation only).
    static func zlib(_ bytes: [UInt8]) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            "-c", "import sys, zlib; sys.stdout.buffer.write(zlib.compress(sys.stdin.buffer.read(), 9))",
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try! process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try! input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(data)
    }

    static func readme(ingest: [Entry], epcis: [Entry], slips: [Entry]) -> String {
        func table(_ entries: [Entry]) -> String {
            entries.map { entry in
                let phrase = entry.phrase.replacingOccurrences(of: "|", with: "\\|")
                return "| `\(entry.file)` | \(entry.wrong) | \(entry.line) | `\(entry.field)` | `\(phrase)` |"
            }.joined(separator: "\n")
        }
        return """
            # Bad-input corpus

            One file per way an input can be wrong. `Tests/ReliabilityTests/BadInput` feeds each through the CLI and
            checks the outcome against these tables, which are the tests' only source of expectations:

            - **ingest**: `foodtrace ingest FILE` on a store made from `regulator.pub.pem` (the trust anchor,
              party `REG-TEST`) and `base.jsonl` (the regulator registers `FARM-510185-001`) must exit 2, print a
              message naming the line and the field (a field of `$` is the record as a whole, and the message then
              names no field) with the phrase, and leave the store unchanged (same record count, same SHA-256 of
              `export records`). `good.jsonl` holds the two genuine records every case starts from; the test
              first proves it is accepted. Line 1 of each case is genuine, so "unchanged" also shows that a bad
              line rolls back the good one before it.
            - **import epcis**: `foodtrace import epcis FILE --key KEY` on a demo store must exit 2, name the
              JSON path and the phrase, and leave the store unchanged; `epcis/good.json` is imported (control).
            - **slip verify**: `foodtrace slip verify - --bundle BUNDLE` with the file on standard input must
              exit 1 with `NOT GENUINE:` and the phrase — never crash, hang or exit 0. The test also alters and
              cuts a genuine payload of the demo city at run time.

            Limits (`JSONParser.Limits` for records; EPCIS documents read with larger ones):

            | input | nesting depth | string (UTF-8 bytes, unescaped) | document |
            |---|---|---|---|
            | record (one line of a JSON Lines file) | 32 | 8,192 | 1 MiB (1,048,576 bytes) |
            | EPCIS document | 64 | 1 MiB | 256 MiB |
            | slip payload | — | — | 4,096 bytes inflated |

            Numbers are at most 64 characters; quantities are exact decimals in their one written form
            (at most 12 integer digits and 6 fraction digits, no sign, exponent, leading or trailing fraction
            zeros). The files were written by `BadInputFixtureGenerator` (`RECORD_FIXTURES=1 swift test --filter
            BadInputFixtureGenerator`) with keys made for the purpose and thrown away; the expected field and
            phrase of each case are written by hand in that generator.

            ## ingest

            | file | what is wrong | line | field | phrase |
            |---|---|---|---|---|
            \(table(ingest))

            ## import epcis

            | file | what is wrong | line | field | phrase |
            |---|---|---|---|---|
            \(table(epcis))

            ## slip verify

            | file | what is wrong | line | field | phrase |
            |---|---|---|---|---|
            \(table(slips))

            """
    }
}
