import Recall
import TraceModel
import TraceStore
import TraceStoreAudit

/// The recall board: every notice with its deadlines and each holder's progress, overdue ones in red, from the same
/// reads as `foodtrace recall status`.
enum ConsoleRecalls {
    static func board(store: TraceStore, now: Int64, language: Language) throws -> ConsolePage {
        let w = language.word
        let statuses: [RecallStatus] = try store.withAuditQuery { query in
            let progress = try RecallProgress(query: query, now: now)
            return try RecallNotices.all(query).map { try progress.status(of: $0) }
        }
        guard !statuses.isEmpty else {
            return ConsolePage(title: w(Words.recalls), language: language, body: "<p>\(w(Words.noRecalls))</p>")
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
                "<h2>\(MarkupText.escape(status.notice)) · \(w(Words.level)) \(status.level) · \(w(active ? Words.active : Words.closed))"
            body += overdue ? " · <b class=\"late\">\(w(Words.overdue))</b>" : ""
            body += "</h2><dl>"
            body +=
                "<dt>\(w(Words.batch))</dt><dd><a href=\"/console/trace/\(MarkupText.escape(status.batch))?dir=down\(language.and)\">"
            body += "<code>\(MarkupText.escape(status.batch))</code></a></dd>"
            body += "<dt>\(w(Words.reason))</dt><dd>\(MarkupText.escape(status.reason))</dd>"
            body +=
                "<dt>\(w(Words.issued))</dt><dd>\(MarkupText.escape(status.issuedAt)) (\(MarkupText.escape(status.issuer)))</dd>"
            let startLate = status.startMet == false || (status.startMet == nil && overdue)
            body += "<dt>\(w(Words.startBy))</dt><dd class=\"\(startLate ? "late" : "")\">"
            body += "\(MarkupText.escape(status.startDeadline)) \(met(status.startMet))</dd>"
            body += "<dt>\(w(Words.finishBy))</dt><dd class=\"\(status.finishMet == false ? "late" : "")\">"
            body += "\(MarkupText.escape(status.finishDeadline)) \(met(status.finishMet))</dd>"
            body += "<dt>\(w(Words.state))</dt><dd>\(w(Words.recallState(status.state)))</dd></dl>"
            body +=
                "<table class=\"holders\"><caption>\(w(Words.holders))</caption><thead><tr><th>\(w(Words.party))</th>"
            body += "<th>\(w(Words.unit))</th><th>\(w(Words.distributed))</th><th>\(w(Words.recovered))</th>"
            body += "<th>\(w(Words.outstanding))</th><th>\(w(Words.state))</th></tr></thead><tbody>"
            for holder in status.holders {
                let open = holder.outstanding != "0"
                body +=
                    "<tr class=\"\(open && overdue ? "late" : "")\"><td>\(MarkupText.escape(holder.name)) <code>\(MarkupText.escape(holder.party))</code></td>"
                body +=
                    "<td>\(w(Message.Trace.unit(holder.unit)))</td><td>\(MarkupText.escape(holder.distributed))</td>"
                body +=
                    "<td>\(MarkupText.escape(holder.recovered))</td><td>\(MarkupText.escape(holder.outstanding))</td>"
                body += "<td>\(w(Words.recallState(holder.state)))</td></tr>"
            }
            body += "</tbody></table></section>"
        }
        return ConsolePage(title: w(Words.recalls), language: language, body: body)
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
}
