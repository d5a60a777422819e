import Foundation
import TraceModel
import TraceStore

/// Reads a JSON Lines file (or standard input for `-`) into numbered lines, skipping blank ones.
enum InputFile {
    static func bytes(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.input(.cannotRead(path: path))
        }
        return Array(data)
    }

    static func lines(_ path: String) throws -> [IngestLine] {
        IngestLine.split(try bytes(path))
    }

    /// Lines to ingest: a file is read as ingest goes, standard input is read first.
    static func ingestInput(_ path: String) throws -> IngestInput {
        if path == "-" { return .lines(try lines(path)) }
        do {
            return try IngestInput.file(path)
        } catch {
            throw CLIError.input(error.text)
        }
    }
}
