// TraceAudit, the host side of audits: the registry of plugins, the plugin loader and the report formats.
//
// It re-exports FoodTraceKit, whose plugin API (AuditPlugin, AuditQuery, findings) the host runs.

@_exported import FoodTraceKit
