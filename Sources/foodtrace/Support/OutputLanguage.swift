import Foundation
import TraceModel

/// The language of everything this run prints: `--lang zh|en|zh+en` anywhere on the command line, else
/// `FOODTRACE_LANG`, else Chinese.
///
/// `--lang` is global (every command takes it), so it is taken out of the arguments before they are parsed. It is
/// read once, at start, before any command runs; the commands read ``current``.
enum OutputLanguage {
    /// The language chosen for this run.
    nonisolated(unsafe) private(set) static var current: Language = .zh

    /// The arguments without `--lang VALUE` / `--lang=VALUE`, after setting ``current`` from them and `environment`.
    /// An unknown language is refused with a message in every language (it is not known which one was meant).
    static func choose(arguments: [String], environment: [String: String]) -> Result<[String], LanguageRefusal> {
        var remaining: [String] = []
        var chosen: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                remaining += arguments[index...]
                break
            }
            if argument == "--lang" {
                guard index + 1 < arguments.count else { return .failure(LanguageRefusal(option: "--lang", value: "")) }
                chosen = arguments[index + 1]
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                chosen = String(argument.dropFirst("--lang=".count))
                index += 1
                continue
            }
            remaining.append(argument)
            index += 1
        }
        if let chosen {
            guard let language = Language(name: chosen) else {
                return .failure(LanguageRefusal(option: "--lang", value: chosen))
            }
            current = language
        } else if let text = environment["FOODTRACE_LANG"], !text.isEmpty {
            guard let language = Language(name: text) else {
                return .failure(LanguageRefusal(option: "FOODTRACE_LANG", value: text))
            }
            current = language
        }
        return .success(remaining)
    }

    /// `message` in the chosen language.
    static func text(_ message: Message) -> String { message.text(current) }
}

/// `--lang` or `FOODTRACE_LANG` named no known language.
struct LanguageRefusal: Error {
    let option: String
    let value: String

    var message: Message { .unknownLanguage(option: option, value: value) }
}
