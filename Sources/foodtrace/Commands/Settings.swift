import ArgumentParser
import TraceModel
import TraceSlips

extension FoodTrace {
    /// `foodtrace settings`: what a node's operator sets once in the store.
    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpText.abstract("Settings.Settings"), subcommands: [HubURL.self])

        /// `settings hub-url [URL] [--unset]`.
        struct HubURL: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "hub-url",
                abstract: HelpText.abstract("Settings.HubURL"),
                discussion: HelpText.discussion(.Help.hubURL(maximumLength: SlipLink.maximumBaseLength))
            )
            @OptionGroup var options: StoreOptions
            @Argument(help: "The hub's base URL, e.g. https://hub.example.cn") var url: String?
            @Flag(help: "Remove the hub URL: slips carry the bare FT1: payload again.") var unset = false

            func run() throws {
                try runReporting {
                    if unset, url != nil { throw CLIError.input(.notBoth("URL", "--unset")) }
                    if let url, let problem = SlipLink.refusal(withBase: url) {
                        throw CLIError.input(.badHubURL(url, problem: problem))
                    }
                    guard url != nil || unset else {
                        let store = try options.open(readOnly: true)
                        if let current = try store.hubURL() { Console.out(current) }
                        return
                    }
                    let store = try options.open(readOnly: false)
                    let trimmed = url.map { String($0.reversed().drop { $0 == "/" }.reversed()) }
                    try store.setHubURL(trimmed)
                    Console.out(
                        OutputLanguage.text(
                            trimmed.map { Message.hubURLSet("\($0)\(SlipLink.path)#1…") } ?? .hubURLRemoved))
                }
            }
        }
    }
}
