import Recall
import TraceModel
import TraceStore
import TraceStoreAudit

/// The recall board (every notice with its deadlines and each holder's progress; overdue ones in red) and the drill
/// history, from the same reads as `foodtrace recall status` and `foodtrace recall drills`.
enum ConsoleRecalls {
    static func board(store: TraceStore, now: Int64, language: ConsoleLanguage) throws -> ConsolePage {
        let w = language.word
        let statuses: [RecallStatus] = try store.withAuditQuery { query in
            let progress = try RecallProgress(query: query, now: now)
            return try RecallNotices.all(query).map { try progress.status(of: $0) }
        }
        guard !statuses.isEmpty else {
            return ConsolePage(title: w(.recalls), language: language, body: "<p>\(w(.noRecalls))</p>")
        }
        // Active notices first, the latest first within each group.
        let ordered = statuses.sorted {
            ($0.finished == nil ? 0 : 1, $1.issuedAt) < ($1.finished == nil ? 0 : 1, $0.issuedAt)
        }
        var body = ""
        for status in ordered {
            let overdue = isOverdue(status, now: now)
            let active = status.finished == nil
            body +=
                "<section class=\"notice\(overdue ? " overdue" : "")\" id=\"notice-\(MarkupText.escape(status.notice))\""
            body += " data-overdue=\"\(overdue)\" data-active=\"\(active)\">"
            body +=
                "<h2>\(MarkupText.escape(status.notice)) · \(w(.level)) \(status.level) · \(w(active ? .active : .closed))"
            body += overdue ? " · <b class=\"late\">\(w(.overdue))</b>" : ""
            body += "</h2><dl>"
            body +=
                "<dt>\(w(.batch))</dt><dd><a href=\"/console/trace/\(MarkupText.escape(status.batch))?dir=down\(language.and)\">"
            body += "<code>\(MarkupText.escape(status.batch))</code></a></dd>"
            body += "<dt>\(w(.reason))</dt><dd>\(MarkupText.escape(status.reason))</dd>"
            body +=
                "<dt>\(w(.issued))</dt><dd>\(MarkupText.escape(status.issuedAt)) (\(MarkupText.escape(status.issuer)))</dd>"
            let startLate = status.startMet == false || (status.startMet == nil && overdue)
            body += "<dt>\(w(.startBy))</dt><dd class=\"\(startLate ? "late" : "")\">"
            body += "\(MarkupText.escape(status.startDeadline)) \(met(status.startMet))</dd>"
            body += "<dt>\(w(.finishBy))</dt><dd class=\"\(status.finishMet == false ? "late" : "")\">"
            body += "\(MarkupText.escape(status.finishDeadline)) \(met(status.finishMet))</dd>"
            body += "<dt>\(w(.state))</dt><dd>\(MarkupText.escape(status.state))</dd></dl>"
            body += "<table class=\"holders\"><caption>\(w(.holders))</caption><thead><tr><th>\(w(.party))</th>"
            body += "<th>\(w(.unit))</th><th>\(w(.distributed))</th><th>\(w(.recovered))</th>"
            body += "<th>\(w(.outstanding))</th><th>\(w(.state))</th></tr></thead><tbody>"
            for holder in status.holders {
                let open = holder.outstanding != "0"
                body +=
                    "<tr class=\"\(open && overdue ? "late" : "")\"><td>\(MarkupText.escape(holder.name)) <code>\(MarkupText.escape(holder.party))</code></td>"
                body += "<td>\(MarkupText.escape(holder.unit))</td><td>\(MarkupText.escape(holder.distributed))</td>"
                body +=
                    "<td>\(MarkupText.escape(holder.recovered))</td><td>\(MarkupText.escape(holder.outstanding))</td>"
                body += "<td>\(MarkupText.escape(holder.state))</td></tr>"
            }
            body += "</tbody></table></section>"
        }
        return ConsolePage(title: w(.recalls), language: language, body: body)
    }

    /// A deadline missed (as `recall status` judges it), or passed while still pending.
    static func isOverdue(_ status: RecallStatus, now: Int64) -> Bool {
        if status.startMet == false || status.finishMet == false { return true }
        func passed(_ deadline: String) -> Bool { Timestamp(deadline).map { now > $0.epochMilliseconds } ?? false }
        return (status.startMet == nil && passed(status.startDeadline))
            || (status.finishMet == nil && passed(status.finishDeadline))
    }

    static func met(_ value: Bool?) -> String {
        switch value {
        case true?: return "✓"
        case false?: return "<b class=\"late\">✗</b>"
        case nil: return "…"
        }
    }

    static func drills(store: TraceStore, language: ConsoleLanguage) throws -> ConsolePage {
        let w = language.word
        let drills = try store.withAuditQuery { query in try StoredDrills.all(query) }
        guard !drills.isEmpty else {
            return ConsolePage(title: w(.drills), language: language, body: "<p>\(w(.noDrills))</p>")
        }
        var body = "<table id=\"drills\"><thead><tr><th>\(w(.at))</th><th>\(w(.party))</th><th>\(w(.lot))</th>"
        body += "<th>\(w(.result))</th><th>\(w(.evidence))</th></tr></thead><tbody>"
        for drill in drills.sorted(by: { $0.atMilliseconds > $1.atMilliseconds }) {
            body +=
                "<tr class=\"\(drill.passed ? "" : "late")\"><td>\(MarkupText.escape(drill.at))</td><td><code>\(MarkupText.escape(drill.party))</code></td>"
            body +=
                "<td><a href=\"/console/trace/\(MarkupText.escape(drill.lot))?dir=down\(language.and)\"><code>\(MarkupText.escape(drill.lot))</code></a></td>"
            body += "<td>\(w(drill.passed ? .passed : .failed)) \(MarkupText.escape(drill.value))</td>"
            body +=
                "<td><code title=\"\(MarkupText.escape(drill.record))\">\(MarkupText.escape(String(drill.record.prefix(19))))</code>"
            body +=
                drill.reportSHA256.map { " <small>report sha256 \(MarkupText.escape(String($0.prefix(12))))…</small>" }
                ?? ""
            body += "</td></tr>"
        }
        body += "</tbody></table>"
        return ConsolePage(title: w(.drills), language: language, body: body)
    }
}
