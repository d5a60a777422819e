import AsyncHTTPClient
import Foundation
import NIOCore
import Testing
import TraceModel

@testable import TraceSync

/// Why an attempt at a hub got no answer, as the user reads it: the network library's failures sorted into the
/// catalogue's few words, and a real refused connection through the client itself.
@Suite("Hub client: a request that gets no answer")
struct HubClientTests {
    static func words(_ error: any Error) -> String {
        Message.Sync.noAnswer("GET /heads", HubClient.transport(error)).en
    }

    @Test("timeouts, a closed connection and a refused or unreachable address each have their words")
    func failuresAreSorted() {
        for timeout in [HTTPClientError.connectTimeout, .readTimeout, .writeTimeout, .deadlineExceeded] {
            #expect(Self.words(timeout) == "GET /heads: timed out waiting for an answer", "\(timeout)")
        }
        #expect(
            Self.words(HTTPClientError.remoteConnectionClosed)
                == "GET /heads: the hub closed the connection without answering")
        for errno in [ECONNREFUSED, EHOSTUNREACH, ENETUNREACH] {
            #expect(Self.words(IOError(errnoCode: errno, reason: "connect")) == "GET /heads: cannot connect to the hub")
        }
        // Near misses: another system error and another client error keep the library's own description.
        #expect(Self.words(IOError(errnoCode: EACCES, reason: "connect")).hasPrefix("GET /heads: ") == true)
        #expect(!Self.words(IOError(errnoCode: EACCES, reason: "connect")).contains("cannot connect to the hub"))
        #expect(!Self.words(HTTPClientError.invalidURL).contains("timed out"))
    }

    @Test("a port nobody listens on: every attempt fails to connect, and the error says so in both languages")
    func refusedConnection() throws {
        let client = try HubClient(url: "http://127.0.0.1:9", attempts: 2, backoff: 0.01)
        #expect {
            try client.send("GET", "/heads")
        } throws: { error in
            guard let error = error as? SyncError, error.code == .unreachable else { return false }
            return error.text.en.hasSuffix("after 2 attempts: GET /heads: cannot connect to the hub")
                && error.text.zh.hasSuffix("尝试 2 次后仍无应答：GET /heads：无法连接到中心节点")
        }
    }
}
