import CFoodTracePlugin
import FoodTraceKit
import SourceTickets

private let export = PluginExport(SourceTicketsPlugin())

/// The ABI version 1 entry point of libFoodTraceSourceTickets.so: the SourceTicketsPlugin as a C table (schemas/plugin-abi.md).
@c(foodtrace_audit_plugin_v1) public func foodtraceAuditPluginV1() -> UnsafePointer<foodtrace_plugin_v1> {
    export.table
}
