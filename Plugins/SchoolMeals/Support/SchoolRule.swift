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

    /// A meal service: 早餐 / breakfast, 午餐 / lunch …; another service as recorded.
    static func service(_ service: String) -> Message {
        let zh = ["breakfast": "早餐", "lunch": "午餐", "dinner": "晚餐", "supper": "晚餐", "snack": "加餐"][service]
        return zh.map { Message("school-meals.service", zh: $0, en: service) } ?? .verbatim(service)
    }
}

/// Where the school rules come from.
enum SchoolSources {
    static let regulation = "《学校食品安全与营养健康管理规定》(2019)"
}
