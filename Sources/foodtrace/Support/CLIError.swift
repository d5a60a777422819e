import ArgumentParser
import Foundation
import TraceModel

/// An error the CLI reports on standard error, in the chosen language, before exiting with its code.
enum CLIError: Error, CustomStringConvertible {
    /// Bad input: exit 2, nothing changed.
    case input(Message)
    /// A check failed: exit 1.
    case check(Message)

    /// Bad input described by a lower layer's text (not yet in the catalogue): the same text in every language.
    static func input(_ text: String) -> CLIError { .input(Message.verbatim(text)) }

    /// A failed check described by a lower layer's text: the same text in every language.
    static func check(_ text: String) -> CLIError { .check(Message.verbatim(text)) }

    var message: Message {
        switch self {
        case .input(let message), .check(let message): return message
        }
    }

    var description: String { OutputLanguage.text(message) }

    var exitCode: ExitCode {
        switch self {
        case .input: return ExitCode(2)
        case .check: return ExitCode(1)
        }
    }
}

/// Runs a command body, turning errors into a message on standard error and the documented exit code.
func runReporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CLIError {
        Console.error("foodtrace: \(error.description)")
        throw error.exitCode
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        Console.error("foodtrace: " + OutputLanguage.text(.of(error)))
        throw ExitCode(2)
    }
}
