// FoodTraceKit, the audit plugin SDK.
//
// A plugin imports this module alone: it re-exports the record model (TraceModel: record kinds, roles, documents,
// quantities, trace codes), the graph values (TraceGraph: nodes, edges, traces) and the ABI's C declarations
// (CFoodTracePlugin), so that an entry point can name `foodtrace_plugin_v1`. The SDK is compiled into each plugin;
// only the C table and JSON cross to the host (schemas/plugin-abi.md).

@_exported import CFoodTracePlugin
@_exported import TraceGraph
@_exported import TraceModel
