import Foundation
import Testing

/// A hub (`foodtrace serve`) running on a loopback port for one test, stopped with SIGTERM when released.
final class HubProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    let logFile: String
    var url: String { "http://127.0.0.1:\(port)" }

    /// Starts `foodtrace serve --store STORE --listen 127.0.0.1:PORT` in `sandbox` (port 0: any free port) and waits
    /// until it listens. A hub started again on the port it had keeps its URL (nodes key what they saw by URL).
    init(store: String, in sandbox: Sandbox, port: Int = 0, extra: [String] = []) throws {
        let portFile = sandbox.file("hub-\(UUID().uuidString).port")
        logFile = sandbox.file("hub-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: logFile, contents: nil)
        process.executableURL = URL(fileURLWithPath: try FoodtraceBinary.path())
        process.arguments =
            [
                "serve", "--store", store, "--listen", "127.0.0.1:\(port)", "--port-file", portFile, "--log-level",
                "info",
            ]
            + extra
        process.currentDirectoryURL = URL(fileURLWithPath: sandbox.path)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logFile))
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        var found: Int?
        while found == nil, Date() < deadline, process.isRunning {
            if let text = try? String(contentsOfFile: portFile, encoding: .utf8),
                let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                found = port
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        guard let found else {
            process.terminate()
            let log = (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? ""
            throw HubFailure("the hub did not start listening within 30 s:\n\(log.suffix(3000))")
        }
        self.port = found
    }

    deinit { stop() }

    /// SIGTERM, then waits for the graceful stop; returns the exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        return process.terminationStatus
    }

    var log: String { (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "" }

    /// What `curl` got back.
    struct Answer: CustomStringConvertible {
        var status: Int
        var headers: [String: String]
        var body: String
        var description: String { "HTTP \(status) \(headers)\n\(body.prefix(2000))" }
        /// The body as a JSON object.
        func json() throws -> [String: Any] { try jsonObject(body) }
        /// The `error.code` of an error body.
        var errorCode: String? { ((try? json())?["error"] as? [String: Any])?["code"] as? String }
    }

    /// One request with curl (`--path-as-is`: the path goes out exactly as written).
    func request(
        _ method: String, _ path: String, body: [UInt8]? = nil, headers: [String: String] = [:], token: String? = nil
    ) throws -> Answer {
        let directory = NSTemporaryDirectory() + "hub-curl-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var arguments = ["-s", "--path-as-is", "-X", method, "-D", directory + "/headers", "-o", directory + "/body"]
        for (name, value) in headers { arguments += ["-H", "\(name): \(value)"] }
        if let token { arguments += ["-H", "Authorization: Bearer \(token)"] }
        if let body {
            try Data(body).write(to: URL(fileURLWithPath: directory + "/request"))
            arguments += ["--data-binary", "@" + directory + "/request"]
        }
        arguments.append(url + path)
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = arguments
        try curl.run()
        curl.waitUntilExit()
        guard curl.terminationStatus == 0 else {
            throw HubFailure("curl \(method) \(path) exited \(curl.terminationStatus)")
        }
        let headerText = (try? String(contentsOfFile: directory + "/headers", encoding: .utf8)) ?? ""
        var status = 0
        var fields: [String: String] = [:]
        for line in headerText.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("HTTP/") {
                status = Int(line.split(separator: " ")[1]) ?? 0
            } else if let colon = line.firstIndex(of: ":") {
                fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                    in: .whitespaces)
            }
        }
        let body = (try? Data(contentsOf: URL(fileURLWithPath: directory + "/body"))) ?? Data()
        return Answer(status: status, headers: fields, body: String(decoding: body, as: UTF8.self))
    }
}

struct HubFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
