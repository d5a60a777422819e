import ArgumentParser

extension FoodTrace {
    /// `foodtrace recall`: real recalls (issue, dispose, status) and recall drills (mock recalls).
    struct Recall: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("RecallCommand.Recall"),
            discussion: """
                Levels and deadlines follow 食品召回管理办法 (2015): level 1 starts within 24 h and finishes within 10 working \
                days, level 2 within 48 h / 20, level 3 within 72 h / 30. Working days are Monday to Friday (+08:00); \
                public holidays are not modelled.
                """,
            subcommands: [
                RecallDrillCommand.self, RecallDrillsCommand.self, RecallIssueCommand.self, RecallStatusCommand.self,
                RecallDisposeCommand.self,
            ])
    }
}
