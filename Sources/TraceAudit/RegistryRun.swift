import TraceModel

extension AuditRegistry {
    /// Runs `plugins` one after the other over `query` and gathers their findings into a report.
    ///
    /// Each plugin gets the overrides meant for it (``parameters(_:for:catalog:)``). A finding must name a
    /// rule of its own plugin, or a rule of another plugin of `plugins` or `catalog` (a plugin may reuse
    /// another's rules, e.g. school-meals reports source-tickets findings under their own ids); a plugin
    /// that throws or names an unknown rule fails the run with a ``PluginCallError``.
    ///
    /// - Parameter catalog: every plugin available (the whole registry), for rules reused across plugins.
    /// - Parameter progress: told the number of plugins and, as each ends, how many have run.
    public static func run(
        _ plugins: [RegisteredPlugin], catalog: [RegisteredPlugin] = [], query: any AuditQuery,
        clock: Timestamp, scope: AuditScope, overrides: [ParameterOverride] = [], failOn: Severity = .violation,
        progress: ProgressCounter? = nil
    ) throws -> AuditReport {
        progress?.setTotal(plugins.count)
        let parameters = try Self.parameters(overrides, for: plugins, catalog: catalog)
        let known = RuleCatalog(plugins + catalog)
        var findings: [ReportFinding] = []
        var listed: [ReportPlugin] = []
        for entry in plugins {
            let plugin = entry.plugin
            let delivered = parameters[plugin.name] ?? [:]
            let context = AuditContext(query: query, now: clock.epochMilliseconds, scope: scope, parameters: delivered)
            let found: [Finding]
            do {
                found = try plugin.run(context)
            } catch let error as PluginCallError {
                throw error
            } catch let error as ParameterError {
                throw PluginCallError(Message.Plugins.failed(plugin.name, .of(error)))
            }
            // Any other error (the store, a stored record that no longer reads) is the host's, and stays itself.
            var described = ReportPlugin(entry)
            described.reusedRules = try known.reused(by: described, in: found)
            described.parameters = delivered.filter { key, _ in
                described.ruleEntries.contains { key.hasPrefix($0.rule.id + ".") }
            }
            // Grouped by rule in the plugin's order; within a rule, the plugin's own order.
            let order = Dictionary(uniqueKeysWithValues: described.ruleEntries.enumerated().map { ($1.id, $0) })
            findings += found.enumerated()
                .sorted { (order[$0.element.rule]!, $0.offset) < (order[$1.element.rule]!, $1.offset) }
                .map { ReportFinding(plugin: plugin.name, $0.element) }
            listed.append(described)
            progress?.add(1)
        }
        let shown = ReportScope(scope, offsetMinutes: clock.offsetMinutes)
        return AuditReport(clock: clock, scope: shown, failOn: failOn, plugins: listed, findings: findings)
    }
}

/// Every rule of the registry by `plugin/rule` id, in registry order.
private struct RuleCatalog {
    private var rules: [String: (order: Int, rule: ReusedRule)] = [:]

    init(_ plugins: [RegisteredPlugin]) {
        for entry in plugins {
            for rule in entry.plugin.rules {
                let reused = ReusedRule(plugin: entry.plugin.name, rule: rule)
                if rules[reused.id] == nil { rules[reused.id] = (rules.count, reused) }
            }
        }
    }

    /// The rules of other plugins that `plugin`'s findings name, in registry order.
    func reused(by plugin: ReportPlugin, in findings: [Finding]) throws -> [ReusedRule] {
        let own = Set(plugin.rules.map(plugin.qualifiedID))
        var reused: [String: (order: Int, rule: ReusedRule)] = [:]
        for finding in findings where !own.contains(finding.rule) {
            guard let rule = rules[finding.rule] else {
                throw PluginCallError(Message.Plugins.unlistedRule(plugin: plugin.name, rule: finding.rule))
            }
            reused[finding.rule] = rule
        }
        return reused.values.sorted { $0.order < $1.order }.map(\.rule)
    }
}
