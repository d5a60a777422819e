import FoodTraceKit
import MarketSupervision

private let export = PluginExport(MarketSupervisionPlugin())

/// The ABI version 1 entry point of libFoodTraceMarketSupervision.so: the MarketSupervisionPlugin as a C table
/// (schemas/plugin-abi.md).
@c(foodtrace_audit_plugin_v1) public func foodtraceAuditPluginV1() -> UnsafePointer<foodtrace_plugin_v1> {
    export.table
}
