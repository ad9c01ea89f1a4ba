import FlyingFox
import Foundation

/// A real HTTP server on 127.0.0.1 for client tests: every request is recorded and answered by a
/// programmable handler.
///
/// ```swift
/// let server = try await TestServer.start { request, index in .json(#"{"data": []}"#) }
/// defer { Task { await server.stop() } }
/// let client = APIClient(configuration: server.configuration())
/// ```
final class TestServer: Sendable {
    /// A request as the server saw it.
    struct Request: Sendable {
        var method: String
        /// The percent-encoded path.
        var path: String
        /// The raw (percent-encoded) query string, without `?`.
        var rawQuery: String
        /// Decoded query items in order.
        var query: [(name: String, value: String)]
        /// Headers with lowercased names.
        var headers: [String: String]
        var body: Data

        /// The first decoded value of query item `name`.
        func queryValue(_ name: String) -> String? { query.first { $0.name == name }?.value }
        /// Every decoded value of query item `name`.
        func queryValues(_ name: String) -> [String] { query.filter { $0.name == name }.map(\.value) }
        /// The body as UTF-8 text.
        var bodyText: String { String(decoding: body, as: UTF8.self) }
    }

    /// A canned answer.
    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        /// Seconds to wait before answering.
        var delay: TimeInterval

        init(
            status: Int = 200, headers: [String: String] = [:], body: Data = Data(),
            delay: TimeInterval = 0
        ) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }

        /// A JSON reply.
        static func json(
            _ text: String, status: Int = 200, headers: [String: String] = [:], delay: TimeInterval = 0
        )
            -> Reply
        {
            var all = headers
            all["Content-Type"] = "application/json"
            return Reply(status: status, headers: all, body: Data(text.utf8), delay: delay)
        }
    }

    typealias Handler = @Sendable (_ request: Request, _ index: Int) async -> Reply

    private actor Log {
        var requests: [Request] = []
        func append(_ request: Request) -> Int {
            requests.append(request)
            return requests.count - 1
        }
    }

    private struct RecordingHandler: HTTPHandler {
        let log: Log
        let handler: Handler

        func handleRequest(_ request: FlyingFox.HTTPRequest) async throws -> FlyingFox.HTTPResponse {
            var headers: [String: String] = [:]
            for (name, value) in request.headers { headers[name.rawValue.lowercased()] = value }
            let recorded = Request(
                method: request.method.rawValue,
                path: request.target.path(percentEncoded: true),
                rawQuery: request.target.query(percentEncoded: true),
                query: request.query.map { ($0.name, $0.value) },
                headers: headers,
                body: try await request.bodyData
            )
            let index = await log.append(recorded)
            let reply = await handler(recorded, index)
            if reply.delay > 0 { try? await Task.sleep(nanoseconds: UInt64(reply.delay * 1_000_000_000)) }
            var responseHeaders = HTTPHeaders()
            for (name, value) in reply.headers { responseHeaders[HTTPHeader(name)] = value }
            return FlyingFox.HTTPResponse(
                statusCode: HTTPStatusCode(reply.status, phrase: "Status \(reply.status)"),
                headers: responseHeaders,
                body: reply.body
            )
        }
    }

    private let server: HTTPServer
    private let task: Task<Void, any Error>
    private let log: Log
    /// `http://127.0.0.1:<port>`.
    let baseURL: URL

    private init(server: HTTPServer, task: Task<Void, any Error>, log: Log, baseURL: URL) {
        self.server = server
        self.task = task
        self.log = log
        self.baseURL = baseURL
    }

    /// Starts a server on a free port of 127.0.0.1.
    static func start(handler: @escaping Handler) async throws -> TestServer {
        let log = Log()
        let server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: 0),
            timeout: 30,
            logger: .disabled,
            handler: RecordingHandler(log: log, handler: handler)
        )
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 60)  // the default 5 s is too short on a loaded CI machine
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            task.cancel()
            throw URLError(.cannotConnectToHost)
        }
        return TestServer(
            server: server, task: task, log: log, baseURL: URL(string: "http://127.0.0.1:\(port)")!)
    }

    /// The requests received so far, in order.
    func requests() async -> [Request] { await log.requests }

    /// Stops the server at once.
    func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
    }
}
