import FoodTraceKit
import TraceModel

/// One rule of the `recall` plugin: a ``PluginRule`` over the run's notices and their progress.
protocol RecallRule: PluginRule where Run == RecallRun {}

extension RecallRule {
    /// `recall`.
    static var plugin: String { RecallPlugin.pluginName }
}

/// What the rules of one run share: the context, the notices and each notice's progress (computed once).
final class RecallRun {
    let context: AuditContext
    var query: any AuditQuery { context.query }
    private var cachedNotices: [RecallNoticeRecord]?
    private var cachedStatuses: [RecallStatus]?

    init(_ context: AuditContext) { self.context = context }

    /// Every recall notice in the store.
    func notices() throws -> [RecallNoticeRecord] {
        if let cachedNotices { return cachedNotices }
        let notices = try RecallNotices.all(query)
        cachedNotices = notices
        return notices
    }

    /// Every notice's progress at the run's `now`, in notice order.
    func statuses() throws -> [RecallStatus] {
        if let cachedStatuses { return cachedStatuses }
        let notices = try notices()
        var statuses: [RecallStatus] = []
        if !notices.isEmpty {
            let progress = try RecallProgress(query: query, now: context.now)
            statuses = try notices.map { try progress.status(of: $0) }
        }
        cachedStatuses = statuses
        return statuses
    }

    /// True when a fact of `party` at `time` lies in the run's scope.
    func inScope(party: String, at time: Int64) -> Bool {
        context.scope.covers(party) && context.scope.contains(time)
    }

    func time(_ milliseconds: Int64) -> String { Timestamp(epochMilliseconds: milliseconds).text }
}
