import TraceAudit
import TraceModel
import TraceStore
import TraceStoreAudit

/// Runs plugins in this process over a store opened read-only, as `foodtrace audit` does,
/// rethrowing a plugin's own error rather than the store's wrapper around it.
func runAudit(
    _ plugins: [RegisteredPlugin], catalog: [RegisteredPlugin] = [], store path: String,
    now: String = FixedStore.auditNow, scope: AuditScope = AuditScope(),
    overrides: [ParameterOverride] = []
) throws -> AuditReport {
    let store = try TraceStore.open(path: path, readOnly: true)
    let outcome = try store.withAuditQuery { query in
        Result {
            try AuditRegistry.run(
                plugins, catalog: catalog, query: query, clock: Timestamp(now)!, scope: scope, overrides: overrides)
        }
    }
    return try outcome.get()
}
