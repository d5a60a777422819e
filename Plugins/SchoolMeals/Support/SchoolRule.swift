import FoodTraceKit
import TraceModel

/// One rule of the `school-meals` plugin: a ``PluginRule`` over the run's school data.
protocol SchoolRule: PluginRule where Run == SchoolData {}

extension SchoolRule {
    /// `school-meals`.
    static var plugin: String { SchoolMealsPlugin.pluginName }
}

enum Describe {
    static func time(_ milliseconds: Int64) -> String { Timestamp(epochMilliseconds: milliseconds).text }
}

/// Where the school rules come from.
enum SchoolSources {
    static let regulation = "《学校食品安全与营养健康管理规定》(2019)"
}
