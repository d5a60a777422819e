import CFoodTracePlugin
import FoodTraceKit
import Recall

private let export = PluginExport(RecallPlugin())

/// The ABI version 1 entry point of libFoodTraceRecall.so: the RecallPlugin as a C table (schemas/plugin-abi.md).
@c(foodtrace_audit_plugin_v1) public func foodtraceAuditPluginV1() -> UnsafePointer<foodtrace_plugin_v1> {
    export.table
}
