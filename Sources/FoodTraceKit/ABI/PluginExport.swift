import CFoodTracePlugin

/// The plugin side of the C ABI: turns any ``AuditPlugin`` into the `foodtrace_plugin_v1` table.
///
/// Each plugin's entry target holds one of these in a global and returns its table from the
/// exported entry point, so the same plugin source serves linked into `foodtrace` and loaded from
/// a shared library:
///
/// ```swift
/// import CFoodTracePlugin
/// import SourceTickets
/// import TraceAudit
///
/// private let export = PluginExport(SourceTicketsPlugin())
///
/// @c(foodtrace_audit_plugin_v1)
/// public func foodtraceAuditPluginV1() -> UnsafePointer<foodtrace_plugin_v1> { export.table }
/// ```
///
/// The table and the plugin live as long as the process (a Swift library is never unloaded).
public final class PluginExport: @unchecked Sendable {
    // @unchecked: the table is written once here and only read afterwards; the plugin is Sendable.

    /// The table the entry point returns.
    public let table: UnsafePointer<foodtrace_plugin_v1>

    /// The table of `plugin`.
    public init(_ plugin: any AuditPlugin) {
        let box = Unmanaged.passRetained(PluginBox(plugin)).toOpaque()
        let table = UnsafeMutablePointer<foodtrace_plugin_v1>.allocate(capacity: 1)
        table.initialize(
            to: foodtrace_plugin_v1(
                abi_version: PluginABI.version,
                context: box,
                manifest: { context in CString.make(PluginBox.from(context).manifest()) },
                run: { context, host, request in
                    CString.make(PluginBox.from(context).run(host: host, request: request))
                },
                free_string: { _, string in CString.free(string) }))
        self.table = UnsafePointer(table)
    }
}

/// The plugin behind a table's `context`.
private final class PluginBox {
    let plugin: any AuditPlugin

    init(_ plugin: any AuditPlugin) {
        self.plugin = plugin
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> PluginBox {
        guard let context else { fatalError("foodtrace plugin table called with a NULL context") }
        return Unmanaged<PluginBox>.fromOpaque(context).takeUnretainedValue()
    }

    func manifest() -> String {
        do {
            return try PluginJSON.encode(PluginManifest(plugin))
        } catch {
            return PluginJSON.error("cannot encode the manifest of \(plugin.name): \(error)")
        }
    }

    func run(host: UnsafePointer<foodtrace_host>?, request: UnsafePointer<CChar>?) -> String {
        guard let host, let request else { return PluginJSON.error("run called with a NULL host or request") }
        guard host.pointee.abi_version >= PluginABI.version else {
            return PluginJSON.error("host ABI \(host.pointee.abi_version), this plugin speaks \(PluginABI.version)")
        }
        do {
            let decoded = try PluginJSON.decode(PluginRunRequest.self, from: request)
            let context = AuditContext(
                query: QueryProxy(host: host), now: decoded.now, scope: decoded.scope,
                parameters: decoded.parameters)
            return try PluginJSON.encode(PluginRunResponse(findings: try plugin.run(context)))
        } catch {
            return PluginJSON.error("\(error)")
        }
    }
}
