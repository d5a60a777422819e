import ArgumentParser
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
                discussion:
                    "Without URL, prints the current value (nothing when unset). A shopper's phone opens the address and checks the slip in the browser; the payload stays in the fragment, which no server sees. At most \(SlipLink.maximumBaseLength) characters, so a slip's QR code stays within version 10 at level M."
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
                        trimmed.map { "hub URL set: slips now carry \($0)\(SlipLink.path)#1… as their QR code" }
                            ?? "hub URL removed")
                }
            }
        }
    }
}
