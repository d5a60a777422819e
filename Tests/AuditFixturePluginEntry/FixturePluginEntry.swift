import AuditFixturePlugin
import CFoodTracePlugin
import FoodTraceKit

private let export = PluginExport(FixturePlugin())

/// The ABI version 1 entry point of the fixture plugin's shared library.
@c(foodtrace_audit_plugin_v1) public func foodtraceAuditPluginV1() -> UnsafePointer<foodtrace_plugin_v1> {
    export.table
}
