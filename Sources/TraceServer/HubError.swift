import Foundation
import HTTPTypes
import Hummingbird
import TraceSync

/// Every error the hub answers with: an HTTP status, a short code, a human message, as a JSON body
/// (`{"error":{"status":…,"code":…,"message":…,"requestId":…}}`, ``HubWire/ErrorBody``).
public struct HubError: Error, HTTPResponseError, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    /// Every refused line of a refused push.
    public var rejected: [HubWire.PushReport.Rejection]?
    public var headers: HTTPFields = [:]
    /// The id of the request that failed (set by the request log middleware).
    public var requestID: String?

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public var description: String { "\(status.code) \(code): \(message)" }

    static func badRequest(_ message: String) -> HubError { HubError(.badRequest, "bad-request", message) }
    static func notFound(_ message: String) -> HubError { HubError(.notFound, "not-found", message) }
    static func unauthorized(_ message: String) -> HubError {
        var error = HubError(.unauthorized, "unauthorized", message)
        error.headers[.wwwAuthenticate] = #"Bearer realm="foodtrace-hub""#
        return error
    }
    static func forbidden(_ message: String) -> HubError { HubError(.forbidden, "forbidden", message) }
    static func notImplemented(_ message: String) -> HubError { HubError(.notImplemented, "not-implemented", message) }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = HubWire.ErrorBody(
            error: .init(status: status.code, code: code, message: message, requestId: requestID, rejected: rejected))
        var response = try JSONBody.response(body, status: status)
        response.headers.append(contentsOf: headers)
        if let requestID { response.headers[.requestID] = requestID }
        return response
    }
}

extension HTTPField.Name {
    /// The request id every answer carries (taken from the request when a proxy set one).
    static let requestID = HTTPField.Name("X-Request-Id")!
}

/// JSON answers, encoded one way everywhere: sorted keys, no escaped slashes.
enum JSONBody {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        bytes(Array(try encoder().encode(value)), type: "application/json", status: status)
    }

    static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: type],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
