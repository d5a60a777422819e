import ArgumentParser
import FoodTraceKit
import Foundation
import TraceAudit
import TraceCrypto
import TraceGraph
import TraceInterop
import TraceLog
import TraceModel
import TraceService
import TraceSlips
import TraceStore
import TraceSync

/// An error the CLI reports on standard error, in the chosen language, before exiting with its code
/// (``ExitStatus``).
enum CLIError: Error, CustomStringConvertible {
    /// Bad input: exit 2, nothing changed.
    case input(Message)
    /// A check failed: exit 1.
    case check(Message)
    /// A hub could not be reached: exit 3.
    case unreachable(Message)
    /// The store, the file system or FoodTrace itself failed (SQLite, I/O, a stored value this version cannot
    /// read, a bug): exit 4.
    case `internal`(Message)

    /// Bad input described by a lower layer's text (not yet in the catalogue): the same text in every language.
    static func input(_ text: String) -> CLIError { .input(Message.verbatim(text)) }

    /// A failed check described by a lower layer's text: the same text in every language.
    static func check(_ text: String) -> CLIError { .check(Message.verbatim(text)) }

    /// An internal or environment failure described by a lower layer's text.
    static func `internal`(_ text: String) -> CLIError { .internal(Message.verbatim(text)) }

    var message: Message {
        switch self {
        case .input(let message), .check(let message), .unreachable(let message), .internal(let message):
            return message
        }
    }

    var description: String { OutputLanguage.text(message) }

    var status: ExitStatus {
        switch self {
        case .input: return .badInput
        case .check: return .failed
        case .unreachable: return .unreachable
        case .internal: return .internal
        }
    }

    var exitCode: ExitCode { ExitCode(status.rawValue) }

    /// The error `error` is to the user: the lower layers' errors about what they were given are bad input; their
    /// errors about the store, the file system or themselves, and every error of a type not named here, are
    /// internal (an unexpected error never passes for "bad input, nothing changed").
    init(classifying error: any Error) {
        let text = Message.of(error)
        switch error {
        case let error as CLIError: self = error
        case let error as StoreError:
            switch error.code {
            case .database, .corrupt: self = .internal(text)
            case .notAStore, .alreadyExists, .badInput, .chainMoved, .busy: self = .input(text)
            case .caller: self = error.cause.map(CLIError.init(classifying:)) ?? .internal(text)
            }
        case let error as SyncError:
            switch error.code {
            case .unreachable: self = .unreachable(text)
            case .store: self = .internal(text)
            case .inconsistent: self = .check(text)
            case .refused, .badData, .badToken: self = .input(text)
            }
        case let error as LogError:
            self = error.code == .missingNode ? .internal(text) : .input(text)
        case is RecordProblem, is JSONParser.Failure, is CanonicalJSON.Failure, is TraceCode.Problem, is CryptoError,
            is InteropError, is SlipError, is SlipRejection, is TraceError, is RegistryError, is PluginLoadError,
            is PluginCallError, is ParameterError, is Refusal:
            self = .input(text)
        default:
            self = .internal(text)
        }
    }
}

/// Runs a command body, turning errors into a message on standard error and the documented exit code.
func runReporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        let reported = CLIError(classifying: error)
        Console.error("foodtrace: \(reported.description)")
        throw reported.exitCode
    }
}
