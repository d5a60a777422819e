import ArgumentParser

extension FoodTrace {
    /// `foodtrace recall`: real recalls (issue, dispose, status) and recall drills (mock recalls).
    struct Recall: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("RecallCommand.Recall"),
            discussion: HelpText.discussion(.Help.discussion("RecallCommand.Recall")),
            subcommands: [
                RecallDrillCommand.self, RecallDrillsCommand.self, RecallIssueCommand.self, RecallStatusCommand.self,
                RecallDisposeCommand.self,
            ])
    }
}
