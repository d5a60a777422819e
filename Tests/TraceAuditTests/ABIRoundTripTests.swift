import AuditFixturePlugin
import Foundation
import Testing
import TraceGraph
import TraceModel
import TraceStore
import TraceStoreAudit

@testable import TraceAudit

/// A plugin that fails, to see its error cross the ABI.
private struct FailingPlugin: AuditPlugin {
    let name = "failing"
    let version = "1.0.0"
    let rules = [AuditRule(id: "never", title: "从不", titleEnglish: "Never", severity: .info, source: "test")]

    func run(_ context: AuditContext) throws -> [Finding] {
        _ = try context.query.traceUp("99999999999999999999")
        return []
    }
}

/// A plugin reporting a rule it does not list.
private struct StrayRulePlugin: AuditPlugin {
    let name = "stray"
    let version = "1.0.0"
    let rules = [AuditRule(id: "listed", title: "已列", titleEnglish: "Listed", severity: .info, source: "test")]

    func run(_ context: AuditContext) throws -> [Finding] {
        [
            Finding(
                rule: "stray/unlisted", severity: .warning, subject: "x", message: "not in the manifest", evidence: [])
        ]
    }
}

@Suite("The C ABI in one process: a Swift plugin exported as a table and wrapped back")
struct ABIRoundTripTests {
    private func run(_ plugin: any AuditPlugin, store path: String) throws -> AuditReport {
        try runAudit([RegisteredPlugin(plugin, origin: .linked)], store: path)
    }

    @Test("the wrapped table answers the manifest and the findings of the plugin itself")
    func roundTrip() throws {
        let store = try FixedStore.createInTemporaryFolder()
        let export = PluginExport(FixturePlugin())
        #expect(export.table.pointee.abi_version == 1)
        let wrapped = try LoadedPlugin(table: export.table, path: "in-process")
        #expect(wrapped.name == "fixture")
        #expect(wrapped.rules == FixturePlugin().rules)
        #expect(try run(wrapped, store: store).findings == (try run(FixturePlugin(), store: store)).findings)
    }

    @Test("an error inside a plugin's query comes back as the plugin's error")
    func errorsCross() throws {
        let store = try FixedStore.createInTemporaryFolder()
        let wrapped = try LoadedPlugin(table: PluginExport(FailingPlugin()).table, path: "in-process")
        #expect {
            try run(wrapped, store: store)
        } throws: { error in
            "\(error)".contains("plugin failing (in-process): ") && "\(error)".contains("trace-up")
        }
    }

    @Test("a finding of a rule the plugin does not list fails the run")
    func strayRule() throws {
        let store = try FixedStore.createInTemporaryFolder()
        #expect {
            try run(StrayRulePlugin(), store: store)
        } throws: { error in
            "\(error)" == "plugin stray reported a finding of rule stray/unlisted, which no plugin lists"
        }
    }

    @Test("every query method has a JSON name, and a malformed request is answered with an error")
    func queryServer() throws {
        #expect(PluginQueryMethod.allCases.count == 16)
        let store = try FixedStore.createInTemporaryFolder()
        let answers = try TraceStore.open(path: store, readOnly: true).withAuditQuery { query in
            let server = QueryServer(query)
            return [
                #"{"method":"nonsense"}"#, #"{"method":"node"}"#, #"{"method":"records"}"#, #"{"method":"parties"}"#,
                #"{"method":"nodes-without-inputs"}"#, #"{"method":"overdrawn-batches","movementKinds":["sell"]}"#,
                #"{"method":"documents-quoted"}"#,
            ]
            .map { text in text.withCString { server.answer($0) } }
        }
        #expect(answers[0].hasPrefix(#"{"error":"malformed query request"#))
        #expect(answers[1] == #"{"error":"node: node needs \"code\""}"#)
        #expect(answers[2] == #"{"error":"records: records needs \"kind\""}"#)
        #expect(answers[3].hasPrefix(#"{"result":[{"#))
        #expect(answers[4] == #"{"error":"nodes-without-inputs: nodes-without-inputs needs \"kinds\""}"#)
        #expect(
            answers[5] == #"{"error":"overdrawn-batches: overdrawn-batches needs \"movementKinds\" and \"through\""}"#)
        #expect(answers[6] == #"{"error":"documents-quoted: documents-quoted needs \"code\""}"#)
    }

    @Test("a movement's signed delta survives the wire; text that is no signed decimal is refused")
    func signedDelta() throws {
        let out = Movement(
            kind: "sell", record: "sha256:ab", delta: Amount(micros: -2_500_000), atMilliseconds: 5, counterparty: nil)
        let message = MovementMessage(out)
        #expect(message.delta == "-2.5")
        let decoded = try JSONDecoder().decode(MovementMessage.self, from: try JSONEncoder().encode(message))
        #expect(try decoded.movement() == out)
        for bad in ["-0", "--1", "2.50", "", "-"] {
            var broken = message
            broken.delta = bad
            #expect(throws: PluginCallError.self) { try broken.movement() }
        }
    }
}
