import CFoodTracePlugin
import TraceModel

/// A plugin loaded from a shared library, seen as an ``AuditPlugin``.
///
/// ``run(_:)`` sends the request as JSON and serves the plugin's queries from the context's
/// ``AuditContext/query`` (read-only) until the plugin answers.
public struct LoadedPlugin: AuditPlugin {
    /// The file it was loaded from, as given.
    public let path: String
    public let name: String
    public let version: String
    public let rules: [AuditRule]
    private let table: PluginTable

    init(table: UnsafePointer<foodtrace_plugin_v1>, path: String) throws(PluginLoadError) {
        self.table = PluginTable(table)
        self.path = path
        let manifest: PluginManifest
        do {
            manifest = try self.table.call(path: path) { table in table.pointee.manifest?(table.pointee.context) }
                .decode(PluginManifest.self)
        } catch {
            throw PluginLoadError(.badManifest, path: path, "\(path): unreadable plugin manifest: \(error)")
        }
        guard Self.isIdentifier(manifest.name) else {
            throw PluginLoadError(.badManifest, path: path, .Plugins.badName(path, name: manifest.name))
        }
        for rule in manifest.rules where !Self.isIdentifier(rule.id) {
            throw PluginLoadError(
                .badManifest, path: path, .Plugins.badRuleID(path, rule: rule.id, plugin: manifest.name))
        }
        var seen: Set<String> = []
        for rule in manifest.rules where !seen.insert(rule.id).inserted {
            throw PluginLoadError(
                .badManifest, path: path, .Plugins.ruleTwice(path, rule: rule.id, plugin: manifest.name))
        }
        name = manifest.name
        version = manifest.version
        rules = manifest.rules
    }

    /// Lowercase ASCII letters, digits and `-`, not starting with `-`: names and rule ids.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, first != UInt8(ascii: "-") else { return false }
        return text.utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
        }
    }

    public func run(_ context: AuditContext) throws -> [Finding] {
        let request = try PluginJSON.encode(
            PluginRunRequest(now: context.now, scope: context.scope, parameters: context.parameters))
        let server = QueryServer(context.query)
        let response = try server.withHostTable { host in
            try table.call(path: path) { table in
                request.withCString { table.pointee.run?(table.pointee.context, host, $0) }
            }.decode(PluginRunResponse.self)
        }
        // The store failing under a query is the host's error (exit 4 in the CLI), not the plugin's.
        if let failure = server.hostFailure { throw failure }
        if let error = response.error { throw PluginCallError(Message.Plugins.reported(name, path: path, error)) }
        guard let findings = response.findings else {
            throw PluginCallError(Message.Plugins.answeredNothing(name, path: path))
        }
        return findings
    }
}

/// A plugin's table; the library is never unloaded, so the pointer stays valid.
private final class PluginTable: @unchecked Sendable {
    // @unchecked: the table is immutable after the plugin made it; calls are serialised by the host.
    let table: UnsafePointer<foodtrace_plugin_v1>

    init(_ table: UnsafePointer<foodtrace_plugin_v1>) {
        self.table = table
    }

    /// Calls a table function returning a plugin-owned string, and copies and frees the answer.
    func call(path: String, _ body: (UnsafePointer<foodtrace_plugin_v1>) -> UnsafeMutablePointer<CChar>?) throws
        -> PluginAnswer
    {
        guard let answer = body(table) else { throw PluginCallError(Message.Plugins.answeredNull(path)) }
        defer { table.pointee.free_string?(table.pointee.context, answer) }
        return PluginAnswer(text: String(cString: answer))
    }
}

/// A copied answer of a plugin.
private struct PluginAnswer {
    let text: String

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try text.withCString { try PluginJSON.decode(type, from: $0) }
        } catch {
            throw PluginCallError(Message.Plugins.malformed("\(error)"))
        }
    }
}
