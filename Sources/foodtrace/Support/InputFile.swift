import Foundation
import TraceStore

/// Reads a JSON Lines file (or standard input for `-`) into numbered lines, skipping blank ones.
enum InputFile {
    static func bytes(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError.input("\(path): cannot read the file") }
        return Array(data)
    }

    static func lines(_ path: String) throws -> [IngestLine] {
        let data = try bytes(path)
        var lines: [IngestLine] = []
        var start = 0
        var number = 1
        for index in 0...data.count where index == data.count || data[index] == 0x0A {
            var end = index
            if end > start, data[end - 1] == 0x0D { end -= 1 }
            let slice = data[start..<end]
            if !slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { lines.append(IngestLine(number: number, bytes: Array(slice))) }
            start = index + 1
            number += 1
        }
        return lines
    }
}
