import MarketSupervision
import Recall
import SchoolMeals
import SourceTickets
import TraceAudit

/// The audit plugins linked into `foodtrace`, in the order they run and are listed.
enum AuditBuiltIns {
    static var plugins: [any AuditPlugin] {
        [
            SourceTicketsPlugin(), SchoolMealsPlugin(), RecallPlugin(), MarketSupervisionPlugin(),
        ]
    }
}
