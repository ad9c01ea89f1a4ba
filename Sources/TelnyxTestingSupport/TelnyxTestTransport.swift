import Foundation
import HTTPTypes
import OpenAPIRuntime
import TelnyxRuntime

/// A `ClientTransport` that answers every request from the spec, offline: no network, no API key.
///
/// ```swift
/// let transport = TelnyxTestTransport()
/// let client = TelnyxClient(configuration: .testing(transport))
/// transport.stub(.messages.send, .status(422, errors: [.init(code: "40310", title: "Invalid 'to' address")]))
/// // ... run the code under test ...
/// #expect(transport.requests(for: .messages.send).first?.json?["to"] == "+18445550001")
/// ```
///
/// Each request is checked against its operation in the spec (method, path template, required
/// parameters, the JSON body's required members, types and enum values). A request that does not
/// fit fails with a ``TelnyxError`` of kind `.invalidRequest` naming the operation and every
/// violation, and is listed in ``violations``. A request that fits gets its stub's response, or
/// the operation's example: the spec's response example, or a body built from the response schema.
/// Every request is recorded (``requests``, ``requests(for:)``).
///
/// Strict mode (``checksResponses``, on by default): a successful JSON answer — a stub's or the
/// example — that does not fit the operation's response schema fails the call with a
/// ``TelnyxError`` of kind `.invalidResponse` naming each member that does not fit, so an app's test
/// fixtures cannot drift from the spec; it is listed in ``violations`` too.
public final class TelnyxTestTransport: ClientTransport, @unchecked Sendable {
    /// A stub's answer to one request.
    public typealias Handler = @Sendable (RecordedRequest) async throws -> TestResponse

    /// What the transport knows of the spec.
    public let catalog: TelnyxTestCatalog
    /// When false, requests that do not fit the spec are answered anyway (still listed in ``violations``).
    public var rejectsInvalidRequests: Bool {
        get { lock.withLock { rejects } }
        set { lock.withLock { rejects = newValue } }
    }

    /// When false, stubbed answers that do not fit the spec reach the client anyway (still listed in ``violations``).
    public var checksResponses: Bool {
        get { lock.withLock { checks } }
        set { lock.withLock { checks = newValue } }
    }

    private let lock = NSLock()
    private var rejects = true
    private var checks = true
    private var handlers: [String: Handler] = [:]
    private var recorded: [RecordedRequest] = []
    private var failures: [String] = []

    /// A transport for `catalog` (the generated library's `init()` passes its spec's catalog).
    public init(catalog: TelnyxTestCatalog) {
        self.catalog = catalog
    }

    /// Answers `operation` with `responses`, one per request in order; the last one repeats.
    /// `stub(.messages.send, .status(429), .example)` fails once, then succeeds.
    public func stub(_ operation: TelnyxOperation, _ responses: TestResponse...) {
        let queue = ResponseQueue(responses.isEmpty ? [.example] : responses)
        stub(operation) { _ in queue.next() }
    }

    /// Answers `operation` with whatever `handler` returns for each request.
    public func stub(_ operation: TelnyxOperation, _ handler: @escaping Handler) {
        lock.withLock { handlers[operation.id] = handler }
    }

    /// Removes every stub, recorded request and violation.
    public func reset() {
        lock.withLock {
            handlers = [:]
            recorded = []
            failures = []
        }
    }

    /// Every request received, in order.
    public var requests: [RecordedRequest] { lock.withLock { recorded } }

    /// The requests received for one operation, in order.
    public func requests(for operation: TelnyxOperation) -> [RecordedRequest] {
        requests.filter { $0.operation?.id == operation.id }
    }

    /// One line per request that did not fit the spec: the operation and what was wrong.
    public var violations: [String] { lock.withLock { failures } }

    public func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws
        -> (HTTPResponse, HTTPBody?)
    {
        var data = Data()
        if let body { data = try await Data(collecting: body, upTo: .max) }
        let pathAndQuery = request.path ?? "/"
        let path = String(pathAndQuery.prefix { $0 != "?" })
        let entry = catalog.operation(id: operationID, method: request.method.rawValue, path: path)
        let received = Self.record(request, path: path, body: data, entry: entry)
        guard let entry else {
            append(received, violation: "\(request.method.rawValue) \(path): no operation of the spec has this path")
            throw TelnyxError(
                kind: .invalidRequest,
                message:
                    "\(request.method.rawValue) \(path) is not an operation of the spec (operation id '\(operationID)')"
            )
        }
        let problems = RequestValidator(catalog: catalog).violations(of: received, against: entry)
        let violation = problems.isEmpty ? nil : "\(entry.title): " + problems.joined(separator: "; ")
        let (handler, rejecting) = lock.withLock { (handlers[entry.id], rejects) }
        append(received, violation: violation)
        if let violation, rejecting {
            throw TelnyxError(kind: .invalidRequest, message: "does not fit the spec: \(violation)")
        }
        let response = try await handler?(received) ?? .example
        if response.delay > .zero { try await Task.sleep(for: response.delay) }
        let number = lock.withLock { recorded.count }
        let answer = ResponseBuilder(operation: entry, requestNumber: number).response(response, to: received)
        if answer.response.status.kind == .successful, let json = answer.json { try check(json, of: entry) }
        return (answer.response, answer.body)
    }

    /// Strict mode: a successful JSON answer must fit the operation's response schema.
    private func check(_ json: JSONValue, of entry: TelnyxTestCatalog.Operation) throws {
        guard lock.withLock({ checks }) else { return }
        let problems = ResponseValidator(catalog: catalog).violations(of: json, for: entry)
        guard !problems.isEmpty else { return }
        let violation = "\(entry.title): the answer " + problems.joined(separator: "; ")
        lock.withLock { failures.append(violation) }
        throw TelnyxError(kind: .invalidResponse, message: "does not fit the spec: \(violation)")
    }

    private func append(_ request: RecordedRequest, violation: String?) {
        lock.withLock {
            recorded.append(request)
            if let violation { failures.append(violation) }
        }
    }

    private static func record(
        _ request: HTTPRequest, path: String, body: Data, entry: TelnyxTestCatalog.Operation?
    ) -> RecordedRequest {
        let components = URLComponents(string: request.path ?? "/")
        var headers: [String: String] = [:]
        for field in request.headerFields { headers[field.name.canonicalName] = field.value }
        return RecordedRequest(
            operation: entry?.operation, method: request.method.rawValue, path: path,
            query: (components?.queryItems ?? []).map { .init(name: $0.name, value: $0.value ?? "") },
            headers: headers, body: body,
            pathParameters: entry.flatMap { PathTemplate.parameters(of: path, template: $0.path) } ?? [:])
    }
}

/// Hands out a stub's responses in order, repeating the last.
private final class ResponseQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var responses: [TestResponse]

    init(_ responses: [TestResponse]) { self.responses = responses }

    func next() -> TestResponse {
        lock.withLock { responses.count > 1 ? responses.removeFirst() : responses[0] }
    }
}
