import FoodTraceKit
import TraceModel

/// `sample-retention` (留样): every dish of every school meal has a retained sample of at least `min-grams`
/// grams kept at least `min-hours` hours after service (`keptUntil − servedAt`). One finding per meal,
/// listing the dishes that fall short.
enum SampleRetention: SchoolRule {
    static let rule = AuditRule(
        id: "sample-retention", title: "留样不符合要求", titleEnglish: "Dish sample not retained as required",
        severity: .violation, source: "\(SchoolSources.regulation)",
        parameters: [
            RuleParameter(
                name: "min-grams", defaultValue: "125", description: "Least sample weight per dish, in grams.",
                type: .decimal),
            RuleParameter(
                name: "min-hours", defaultValue: "48", description: "Least hours a sample is kept after service.",
                type: .decimal),
        ])

    static func check(_ data: SchoolData) throws -> [Finding] {
        let minGrams = try decimal(data.index.context, "min-grams")
        let minHours = try decimal(data.index.context, "min-hours")
        return data.meals.compactMap { meal in
            var problems: [String] = []
            for dish in meal.body.dishes {
                guard let sample = dish.sample else {
                    problems.append("\(dish.name) 无留样")
                    continue
                }
                if sample.grams < minGrams { problems.append("\(dish.name) 留样 \(sample.grams) 克 < \(minGrams) 克") }
                let kept = sample.keptUntil.epochMilliseconds - meal.servedAt
                // Milliseconds × 1000 against millionths of an hour × 3600: exact, no rounding.
                if kept * 1_000 < minHours.micros * 3_600 {
                    problems.append("\(dish.name) 留样至 \(sample.keptUntil)，不足 \(minHours) 小时")
                }
            }
            guard !problems.isEmpty else { return nil }
            return finding(
                subject: meal.body.meal.digits,
                message:
                    "\(data.name(of: meal.school)) \(Describe.time(meal.servedAt)) \(meal.body.service)：\(problems.joined(separator: "；"))",
                evidence: [meal.record.id])
        }
    }
}
