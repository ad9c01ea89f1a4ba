import Foundation
import Logging
@_spi(Generated) import TelnyxRuntime
import Testing

/// Collects log events in memory.
final class LogCapture: @unchecked Sendable {
    struct Entry: Sendable {
        var level: Logger.Level
        var message: String
        var metadata: [String: String]

        /// The message and metadata as one line, for "never contains" checks.
        var line: String {
            ([message] + metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
                .joined(separator: " ")
        }
    }

    private let lock = NSLock()
    private var stored: [Entry] = []

    var entries: [Entry] { lock.withLock { stored } }
    var info: [Entry] { entries.filter { $0.level == .info } }
    var debug: [Entry] { entries.filter { $0.level == .debug } }

    func append(_ entry: Entry) { lock.withLock { stored.append(entry) } }

    /// Forgets every entry (a test body runs once per transport).
    func reset() { lock.withLock { stored = [] } }

    /// A logger at `level` writing into this capture.
    func logger(level: Logger.Level) -> Logger {
        var logger = Logger(label: "telnyx-tests") { _ in Handler(capture: self) }
        logger.logLevel = level
        return logger
    }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            capture.append(
                Entry(level: event.level, message: "\(event.message)", metadata: all.mapValues { "\($0)" }))
        }
    }
}

@Suite("Request logging and TelnyxError diagnostics")
struct LoggingTests {
    @Test("a 429 with Retry-After then 200 logs both attempts with delay, redacts secrets, never the key")
    func retriedRequestIsLogged() async throws {
        let capture = LogCapture()
        try await withTestServer({ _, index in
            index == 0
                ? .json(#"{"errors": [{"code": 10011}]}"#, status: 429, headers: ["Retry-After": "0.1"])
                : .json(
                    #"{"data": {"note": "\#(testAPIKey)", "token": "tok-out"}}"#, headers: ["X-Request-Id": "req-9"])
        }) { server in
            capture.reset()  // each transport's run is checked on its own
            var configuration = server.configuration()
            configuration.logger = capture.logger(level: .debug)
            var request = APIRequest(method: "post", path: "/messages", operationID: "SendMessage")
            request.setQuery("page[token]", "query-secret")
            request.setJSONBody(
                JSONValue.object([
                    "text": "hello", "password": "hunter2", "api_key": .string(testAPIKey),
                    "nested": .array([.object(["api_token": "tok-123"])]),
                ]))
            let value = try await APIClient(configuration: configuration).perform(request, as: JSONValue.self)
            #expect(value["data"]?["token"] == "tok-out")
            #expect(await server.requests().count == 2)
            let info = capture.info
            try #require(info.count == 2)
            #expect(info.map { $0.metadata["attempt"] } == ["1", "2"])
            #expect(info.map { $0.metadata["status"] } == ["429", "200"])
            #expect(info.map { $0.metadata["method"] } == ["POST", "POST"])
            #expect(info.map { $0.metadata["path"] } == ["/messages", "/messages"])
            #expect(info.map { $0.metadata["delay"] } == ["0.100s", nil])
            #expect(info.map { $0.metadata["request_id"] } == [nil, "req-9"])
            #expect(info[0].message == "POST /messages -> 429, attempt 1 of 3, retrying in 0.100s")
            #expect(info[1].message == "POST /messages -> 200, attempt 2 of 3")
            let bodies = capture.debug.compactMap { $0.metadata["body"] }
            #expect(bodies.count == 3, "the request body once, both response bodies")
            #expect(bodies.first?.contains(#""text":"hello""#) == true)
            #expect(bodies.allSatisfy { !$0.isEmpty })
            #expect(bodies.contains { $0.contains("<redacted>") })
            for entry in capture.entries {
                for secret in [testAPIKey, "hunter2", "tok-123", "tok-out", "query-secret", "Bearer"] {
                    #expect(!entry.line.contains(secret), "log line leaks \(secret): \(entry.line)")
                }
            }
        }
    }

    @Test("at info level no bodies are logged; form bodies are redacted at debug")
    func levels() async throws {
        let infoCapture = LogCapture()
        let debugCapture = LogCapture()
        try await withTestServer({ _, _ in .json(#"{"ok": true}"#) }) { server in
            infoCapture.reset()
            debugCapture.reset()
            var request = APIRequest(method: "POST", path: "/oauth/token", operationID: "Token")
            request.body = .form([QueryItem(name: "client_secret", value: "s3cr3t"), QueryItem(name: "a", value: "b")])
            for capture in [(infoCapture, Logger.Level.info), (debugCapture, .debug)] {
                var configuration = server.configuration()
                configuration.logger = capture.0.logger(level: capture.1)
                try await APIClient(configuration: configuration).performVoid(request)
            }
            #expect(infoCapture.entries.count == 1)
            #expect(infoCapture.debug.isEmpty)
            let body = debugCapture.debug.first?.metadata["body"]
            #expect(body == "client_secret=<redacted>&a=b")
            #expect(!debugCapture.entries.contains { $0.line.contains("s3cr3t") || $0.line.contains(testAPIKey) })
        }
    }

    @Test("a final 429 exposes headers and retryAfter (seconds) on the thrown error")
    func final429() async throws {
        try await withTestServer({ _, _ in
            .json(
                #"{"errors": [{"code": "10011", "title": "Too many requests"}]}"#, status: 429,
                headers: ["Retry-After": "1", "X-Request-Id": "req-429", "X-RateLimit-Remaining": "0"])
        }) { server in
            let failure = try #require(
                await #expect(throws: TelnyxError.self) {
                    try await server.client(maxRetries: 0).performVoid(
                        APIRequest(method: "GET", path: "/balance", operationID: "GetBalance"))
                })
            #expect(failure.status == 429)
            #expect(failure.headers["retry-after"] == "1")
            #expect(failure.headers["x-ratelimit-remaining"] == "0")
            #expect(failure.retryAfter == .seconds(1))
            #expect(failure.requestID == "req-429")
            #expect(failure.description.contains("429") && failure.description.contains("10011"))
            #expect(failure.description.contains("req-429") && !failure.description.contains(testAPIKey))
        }
    }

    @Test("a final 500 after retries exposes retry-after-ms and HTTP-date Retry-After; the log ends without delay")
    func final500() async throws {
        let capture = LogCapture()
        try await withTestServer({ _, index in
            index == 0
                ? .json("{}", status: 500, headers: ["retry-after-ms": "20"])
                : .json("{}", status: 500, headers: ["Retry-After": "Thu, 01 Jan 1970 00:00:00 GMT"])
        }) { server in
            capture.reset()
            var configuration = server.configuration(maxRetries: 1)
            configuration.logger = capture.logger(level: .info)
            let failure = try #require(
                await #expect(throws: TelnyxError.self) {
                    try await APIClient(configuration: configuration).performVoid(
                        APIRequest(method: "GET", path: "/x", operationID: "x"))
                })
            #expect(failure.kind == .http(status: 500))
            #expect(failure.retryAfter == .zero, "a past HTTP date means no wait")
            #expect(failure.headers["retry-after"] == "Thu, 01 Jan 1970 00:00:00 GMT")
            #expect(capture.info.map { $0.metadata["delay"] } == ["0.020s", nil])
            #expect(capture.info.map { $0.metadata["status"] } == ["500", "500"])
        }
    }

    @Test("connection failures are logged per attempt")
    func connectionFailure() async throws {
        let capture = LogCapture()
        let configuration = TelnyxConfiguration(
            apiKey: testAPIKey, baseURL: URL(string: "http://127.0.0.1:1")!, timeout: 5, maxRetries: 1,
            retryBackoff: fastBackoff, logger: capture.logger(level: .info))
        await #expect(throws: TelnyxError.self) {
            try await APIClient(configuration: configuration).performVoid(
                APIRequest(method: "GET", path: "/x", operationID: "x"))
        }
        #expect(capture.info.map { $0.metadata["status"] } == ["connection error", "connection error"])
        #expect(capture.info.map { $0.metadata["delay"] } == ["0.010s", nil])
        #expect(!capture.entries.contains { $0.line.contains(testAPIKey) })
    }

    @Test("TELNYX_LOG=debug|info turns logging on; anything else leaves it off")
    func environment() {
        #expect(TelnyxConfiguration.environmentLogger(["TELNYX_LOG": "debug"])?.logLevel == .debug)
        #expect(TelnyxConfiguration.environmentLogger(["TELNYX_LOG": "INFO"])?.logLevel == .info)
        #expect(TelnyxConfiguration.environmentLogger(["TELNYX_LOG": "verbose"]) == nil)
        #expect(TelnyxConfiguration.environmentLogger([:]) == nil)
        let explicit = TelnyxConfiguration(apiKey: nil, logger: nil)
        #expect(explicit.logger == nil)
    }
}
