import Foundation
import TraceLog
import TraceStore

/// The JSON bodies of the hub's native API that both sides read (schemas/hub-openapi.json has the rest).
public enum HubWire {
    /// `GET /heads`: every issuer's head in the hub.
    public struct Heads: Codable, Sendable {
        public var heads: [String: IssuerHead]
        public init(heads: [String: IssuerHead]) { self.heads = heads }
    }

    /// `POST /records`: what the hub's ingest did with a pushed batch.
    public struct PushReport: Codable, Sendable {
        public struct Rejection: Codable, Sendable {
            public var line: Int
            public var record: String?
            public var field: String
            public var reason: String
        }
        public struct Conflict: Codable, Sendable {
            public var issuer: String
            public var seq: Int
            public var stored: String
            public var conflicting: String
        }
        public var accepted: Int
        public var alreadyPresent: Int
        public var committed: Bool
        public var rejected: [Rejection]
        public var equivocations: [Conflict]
        /// The hub's signed tree head after the batch: it includes every record accepted (hubs with a log).
        public var head: TreeHead?

        public init(_ report: IngestReport) {
            accepted = report.accepted
            alreadyPresent = report.alreadyPresent
            committed = report.committed && report.rejected.isEmpty
            rejected = report.rejected.map {
                Rejection(line: $0.line, record: $0.recordID, field: $0.field, reason: $0.reason)
            }
            equivocations = report.equivocations.map {
                Conflict(issuer: $0.issuer, seq: $0.seq, stored: $0.storedID, conflicting: $0.conflictingID)
            }
        }
    }

    /// The error body of every 4xx and 5xx answer.
    public struct ErrorBody: Codable, Sendable {
        public struct Detail: Codable, Sendable {
            public var status: Int
            public var code: String
            public var message: String
            public var requestId: String?
            /// For a refused push: every refused line.
            public var rejected: [PushReport.Rejection]?

            public init(
                status: Int, code: String, message: String, requestId: String?, rejected: [PushReport.Rejection]?
            ) {
                self.status = status
                self.code = code
                self.message = message
                self.requestId = requestId
                self.rejected = rejected
            }
        }
        public var error: Detail

        public init(error: Detail) { self.error = error }
    }

    /// Media type of a body of signed records, one per line.
    public static let recordsType = "application/x-ndjson"
    /// Response header: the position to pass as `after` for the next page of `GET /records`.
    public static let nextHeader = "FoodTrace-Next-After"
    /// Response header: `true` when `GET /records` returned the last page there is now.
    public static let endHeader = "FoodTrace-End"

    /// The message of an error body, or the body's start when it is not one.
    public static func message(of response: HubClient.Response) -> String {
        if let body = try? JSONDecoder().decode(ErrorBody.self, from: Data(response.body)) {
            var text = "HTTP \(body.error.status) \(body.error.code): \(body.error.message)"
            for rejection in body.error.rejected ?? [] {
                text += "\n  line \(rejection.line)"
                if let record = rejection.record { text += ": record \(record)" }
                if rejection.field != "$" { text += ": field \(rejection.field)" }
                text += ": \(rejection.reason)"
            }
            return text
        }
        return "HTTP \(response.status): \(String(decoding: response.body.prefix(500), as: UTF8.self))"
    }
}
