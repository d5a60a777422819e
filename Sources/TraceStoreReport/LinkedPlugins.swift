import FoodTraceKit
import MarketSupervision
import Recall
import SchoolMeals
import SourceTickets

/// The audit plugins linked into FoodTrace's programs, in the order they run and are listed: what `foodtrace audit`
/// runs without `--plugin-path`, and what the period report (`foodtrace report` and the hub's console) gathers.
public enum LinkedPlugins {
    /// A fresh instance of each linked plugin.
    public static var all: [any AuditPlugin] {
        [SourceTicketsPlugin(), SchoolMealsPlugin(), RecallPlugin(), MarketSupervisionPlugin()]
    }
}
