import FoodTraceKit

private let export = PluginExport(ShelfLifePlugin())

/// The ABI 1 entry point: the plugin as the C table `foodtrace audit --plugin-path` loads (schemas/plugin-abi.md).
@c(foodtrace_audit_plugin_v1) public func foodtraceAuditPluginV1() -> UnsafePointer<foodtrace_plugin_v1> {
    export.table
}
