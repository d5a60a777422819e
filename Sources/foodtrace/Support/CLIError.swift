import ArgumentParser
import Foundation

/// An error the CLI reports on standard error before exiting with its code.
enum CLIError: Error, CustomStringConvertible {
    /// Bad input: exit 2, nothing changed.
    case input(String)
    /// A check failed: exit 1.
    case check(String)

    var description: String {
        switch self {
        case .input(let message), .check(let message): return message
        }
    }

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
        Console.error("foodtrace: \(error)")
        throw ExitCode(2)
    }
}
