import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Sends ``APIRequest`` values: authentication, timeouts, retries, error decoding and pagination.
///
/// The generated `TelnyxClient` holds one of these and calls ``perform(_:options:as:)``,
/// ``performVoid(_:options:)``, ``performData(_:options:)`` and ``paginate(_:pagination:itemsKey:options:as:)``.
public final class APIClient: Sendable {
    /// The client-wide settings.
    public let configuration: TelnyxConfiguration
    /// The drift already reported (``TelnyxConfiguration/driftHandler``).
    let driftLedger = DriftLedger()

    /// Creates a client; by default the configuration comes from the environment.
    public init(configuration: TelnyxConfiguration = TelnyxConfiguration()) {
        self.configuration = configuration
    }

    /// Sends a request and returns its 2xx response.
    ///
    /// Each attempt is limited to `options.timeout ?? configuration.timeout` seconds. Failed attempts
    /// (408, 409, 429, 5xx, connection errors, timeouts) are retried up to
    /// `options.maxRetries ?? configuration.maxRetries` times with ``RetryBackoff`` delays,
    /// honouring `Retry-After` and `retry-after-ms`; a `x-should-retry` header overrides the status rule.
    /// Every attempt is logged to ``TelnyxConfiguration/logger`` when one is set.
    /// - Throws: ``TelnyxError``, or `CancellationError` when the task is cancelled.
    public func send(_ request: APIRequest, options: RequestOptions = .none) async throws
        -> APIResponse
    {
        let prepared = try RequestEncoder.encode(
            request, configuration: configuration, options: options)
        let maxRetries = max(0, options.maxRetries ?? configuration.maxRetries)
        let timeout = options.timeout ?? configuration.timeout
        let log = RequestLog(configuration: configuration, request: request, maxAttempts: maxRetries + 1)
        log.request(prepared)
        var retry = 0
        while true {
            let response: APIResponse
            do {
                response = try await attempt(prepared, timeout: timeout, operationID: request.operationID)
            } catch let error as TelnyxError where error.kind == .connection || error.kind == .timeout {
                let delay =
                    retry < maxRetries ? configuration.retryBackoff.delay(forAttempt: retry + 1) : nil
                log.failure(error, attempt: retry + 1, delay: delay)
                guard let delay else { throw error }
                retry += 1
                try await Self.sleep(delay)
                continue
            }
            let succeeded = (200..<300).contains(response.status)
            var delay: TimeInterval?
            if !succeeded, retry < maxRetries, Self.shouldRetry(status: response.status, headers: response.headers) {
                let retryAfter = RetryBackoff.retryAfter(from: response.headers)
                delay = configuration.retryBackoff.delay(forAttempt: retry + 1, retryAfter: retryAfter)
            }
            log.response(response, attempt: retry + 1, delay: delay)
            if succeeded { return response }
            guard let delay else {
                throw TelnyxError.http(status: response.status, headers: response.headers, body: response.body)
            }
            retry += 1
            try await Self.sleep(delay)
        }
    }

    /// Sends a request and converts its JSON body to `T` (an empty body converts from `null`).
    /// - Throws: ``TelnyxError`` (kind ``TelnyxError/Kind/decoding`` when the body does not fit `T`).
    @_spi(Generated) public func perform<T: JSONConvertible>(
        _ request: APIRequest,
        options: RequestOptions = .none,
        as type: T.Type = T.self
    ) async throws -> T {
        try await performWithResponse(request, options: options, as: type).value
    }

    /// Like ``perform(_:options:as:)``, also returning the response (headers, status, raw body).
    @_spi(Generated) public func performWithResponse<T: JSONConvertible>(
        _ request: APIRequest,
        options: RequestOptions = .none,
        as type: T.Type = T.self
    ) async throws -> (value: T, response: APIResponse) {
        let response = try await send(request, options: options)
        return (try decode(T.self, from: response, operationID: request.operationID), response)
    }

    /// Sends a request and ignores the body.
    @_spi(Generated) public func performVoid(_ request: APIRequest, options: RequestOptions = .none) async throws {
        _ = try await send(request, options: options)
    }

    /// Sends a request and returns the raw body (CSV, PDF, audio, other binary content).
    @_spi(Generated) public func performData(_ request: APIRequest, options: RequestOptions = .none) async throws
        -> Data
    {
        try await send(request, options: options).body
    }

    /// The items of a list operation across all pages, fetched lazily.
    /// - Parameters:
    ///   - request: The request for the first page.
    ///   - pagination: How the operation pages.
    ///   - itemsKey: The body member holding the items array (`data` for Telnyx).
    ///   - options: Options applied to every page request.
    @_spi(Generated) public func paginate<Item: JSONConvertible>(
        _ request: APIRequest,
        pagination: PaginationStyle,
        itemsKey: String = "data",
        options: RequestOptions = .none,
        as: Item.Type = Item.self
    ) -> PageSequence<Item> {
        PageSequence(
            client: self, request: request, pagination: pagination, itemsKey: itemsKey, options: options)
    }

    /// Converts a response's JSON body to `T`, or throws a ``TelnyxError/Kind/decoding`` error;
    /// reports the body's drift from `T` first (``reportDrift(_:in:at:response:operationID:)``).
    func decode<T: JSONConvertible>(_ type: T.Type, from response: APIResponse, operationID: String) throws -> T {
        do {
            let json = response.body.isEmpty ? JSONValue.null : try TelnyxJSON.parse(response.body)
            reportDrift(T.self, in: json, response: response, operationID: operationID)
            return try T(json: json)
        } catch {
            throw TelnyxError(
                kind: .decoding,
                status: response.status,
                requestID: response.requestID,
                message: "Could not decode \(T.self)",
                underlying: "\(error)",
                responseBody: response.body,
                headers: response.headers
            )
        }
    }

    static func shouldRetry(status: Int, headers: [String: String]) -> Bool {
        switch headers["x-should-retry"]?.lowercased() {
        case "true": return true
        case "false": return false
        default: return status == 408 || status == 409 || status == 429 || status >= 500
        }
    }

    private static func sleep(_ seconds: TimeInterval) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(min(seconds, 3600) * 1_000_000_000))
    }

    /// One attempt raced against the timeout; any status is returned.
    private func attempt(_ prepared: EncodedRequest, timeout: TimeInterval, operationID: String)
        async throws
        -> APIResponse
    {
        let transport = configuration.transport
        let baseURL = RequestEncoder.normalizedBaseURL(configuration.baseURL)
        do {
            return try await withThrowingTaskGroup(of: APIResponse?.self) { group in
                group.addTask {
                    let body = prepared.body.map { HTTPBody($0) }
                    let (response, responseBody) = try await transport.send(
                        prepared.request,
                        body: body,
                        baseURL: baseURL,
                        operationID: operationID
                    )
                    var data = Data()
                    if let responseBody { data = try await Data(collecting: responseBody, upTo: .max) }
                    return APIResponse(
                        status: response.status.code,
                        headers: RequestEncoder.lowercasedHeaders(response.headerFields),
                        body: data
                    )
                }
                group.addTask {
                    try await Task.sleep(nanoseconds: UInt64(max(0, min(timeout, 1e9)) * 1_000_000_000))
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                guard let response = first else {
                    throw TelnyxError(kind: .timeout, message: "No response within \(Self.seconds(timeout))")
                }
                return response
            }
        } catch let error as TelnyxError {
            throw error
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw classify(error, timeout: timeout)
        }
    }

    private func classify(_ error: any Error, timeout: TimeInterval) -> TelnyxError {
        let text = redact(String(describing: error))
        if let urlError = error as? URLError, urlError.code == .timedOut {
            return TelnyxError(
                kind: .timeout, message: "No response within \(Self.seconds(timeout))", underlying: text)
        }
        return TelnyxError(
            kind: .connection, message: "Could not reach \(configuration.baseURL.host ?? "the server")",
            underlying: text)
    }

    func redact(_ text: String) -> String {
        guard let key = configuration.apiKey, !key.isEmpty else { return text }
        return text.replacingOccurrences(of: key, with: "<redacted>")
    }

    private static func seconds(_ value: TimeInterval) -> String {
        "\(JSONSerializer.format(value)) s"
    }
}

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
