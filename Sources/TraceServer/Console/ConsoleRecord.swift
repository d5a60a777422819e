import Foundation
import TraceGraph
import TraceModel
import TraceStore

/// One stored record, the evidence a finding links to: its kind, issuer, sequence, time, signature state, each field
/// of its body (trace codes linked to their trace, record ids to their page) and the signed JSON itself.
enum ConsoleRecord {
    static func page(store: TraceStore, id: String, language: Language) throws -> ConsolePage {
        let w = language.word
        guard RecordID.isValid(id), let record = try store.record(id: id) else {
            throw ConsoleProblem(.notFound, Words.noRecord(id))
        }
        let (issuer, status) = try store.withGraph { reader in
            (try reader.party(record.issuer), try reader.recordStatus(id))
        }
        let verified = status?.verified ?? false
        var fields = ""
        // A stored record that no longer parses is the store's error, never shown as a record without fields.
        if let members = try StoredValue.record(record.raw, id: id).body.objectMembers {
            for (key, value) in members {
                fields +=
                    "<tr><th scope=\"row\"><code>\(MarkupText.escape(key))</code></th><td>\(show(value, language))</td></tr>"
            }
        }
        let name = issuer.map { "\(MarkupText.escape($0.name)) " } ?? ""
        let body = """
            <dl class="record" id="record" data-kind="\(record.kind.rawValue)" data-verified="\(verified)">
            <dt>\(w(Words.record))</dt><dd><code>\(MarkupText.escape(record.id))</code></dd>
            <dt>\(w(Words.kind))</dt><dd>\(w(Message.Trace.step(record.kind))) <code>\(record.kind.rawValue)</code></dd>
            <dt>\(w(Words.issuer))</dt><dd>\(name)<a href="/console?q=\(queryEscape(record.issuer))\(language.and)">\
            <code>\(MarkupText.escape(record.issuer))</code></a></dd>
            <dt>\(w(Words.sequence))</dt><dd>\(record.seq)</dd>
            <dt>\(w(Words.time))</dt><dd><time>\(MarkupText.escape(record.at))</time></dd>
            <dt>\(w(Words.ingested))</dt><dd><time>\(Timestamp(epochMilliseconds: record.ingestedMilliseconds, offsetMinutes: 480).text)</time></dd>
            <dt>\(w(Words.state))</dt><dd class="sig \(verified ? "ok" : "bad")">\(verified ? "✓" : "✗") \
            \(w(verified ? Words.signatureGood : Words.signatureBad))</dd></dl>
            <h2>\(w(Words.body))</h2><table class="fields" id="fields"><tbody>\(fields)</tbody></table>
            <details><summary>\(w(Words.signedJSON))</summary><pre id="raw">\(MarkupText.escape(String(decoding: record.raw, as: UTF8.self)))</pre></details>
            """
        return ConsolePage(
            title: "\(Words.record.text(language)) \(RecordID.short(id))", language: language, body: body)
    }

    /// A body value: a trace code links to its trace, a record id to its page, anything else as its JSON text.
    static func show(_ value: JSONValue, _ language: Language) -> String {
        if let text = value.stringValue {
            if text.count == 20, (try? TraceCode(validating: text)) != nil {
                return "<a href=\"/console/trace/\(text)?dir=up\(language.and)\"><code>\(text)</code></a>"
            }
            if RecordID.isValid(text) {
                return
                    "<a href=\"/console/records/\(pathEscape(text))\(language.query)\"><code>\(MarkupText.escape(text))</code></a>"
            }
            return MarkupText.escape(text)
        }
        let json = (try? CanonicalJSON.string(value)) ?? ""
        return "<code>\(MarkupText.escape(json))</code>"
    }
}
