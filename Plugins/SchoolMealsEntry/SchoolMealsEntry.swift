import CFoodTracePlugin
import FoodTraceKit
import SchoolMeals

private let export = PluginExport(SchoolMealsPlugin())

/// The ABI version 1 entry point of libFoodTraceSchoolMeals.so: the SchoolMealsPlugin as a C table (schemas/plugin-abi.md).
@c(foodtrace_audit_plugin_v1) public func foodtraceAuditPluginV1() -> UnsafePointer<foodtrace_plugin_v1> {
    export.table
}
