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
                type: .decimal, descriptionChinese: "每道菜留样的最少重量，单位克。"),
            RuleParameter(
                name: "min-hours", defaultValue: "48", description: "Least hours a sample is kept after service.",
                type: .decimal, descriptionChinese: "供餐后留样的最少保存小时数。"),
        ])

    static func check(_ data: SchoolData) throws -> [Finding] {
        let minGrams = try decimal(data.index.context, "min-grams")
        let minHours = try decimal(data.index.context, "min-hours")
        return data.meals.compactMap { meal in
            var problems: [Message] = []
            for dish in meal.body.dishes {
                guard let sample = dish.sample else {
                    problems.append(
                        Message("school-meals.no-sample", zh: "\(dish.name) 无留样", en: "\(dish.name): no sample kept"))
                    continue
                }
                if sample.grams < minGrams {
                    problems.append(
                        Message(
                            "school-meals.sample-grams", zh: "\(dish.name) 留样 \(sample.grams) 克 < \(minGrams) 克",
                            en: "\(dish.name): sample of \(sample.grams) g < \(minGrams) g"))
                }
                let kept = sample.keptUntil.epochMilliseconds - meal.servedAt
                // Milliseconds × 1000 against millionths of an hour × 3600: exact, no rounding.
                if kept * 1_000 < minHours.micros * 3_600 {
                    problems.append(
                        Message(
                            "school-meals.sample-hours", zh: "\(dish.name) 留样至 \(sample.keptUntil)，不足 \(minHours) 小时",
                            en: "\(dish.name): sample kept until \(sample.keptUntil), less than \(minHours) hours"))
                }
            }
            guard !problems.isEmpty else { return nil }
            let (school, at, service) = (
                data.name(of: meal.school), Describe.time(meal.servedAt), Describe.service(meal.body.service)
            )
            return finding(
                subject: meal.body.meal.digits,
                text: Message(
                    "school-meals.sample-retention",
                    zh: "\(school) \(at) \(service.zh)：\(problems.map(\.zh).joined(separator: "；"))",
                    en: "\(school) \(at) \(service.en): \(problems.map(\.en).joined(separator: "; "))"),
                evidence: [meal.record.id])
        }
    }
}
