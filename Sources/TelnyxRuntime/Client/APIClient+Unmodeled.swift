import Foundation

extension APIClient {
    /// Sends a request the client does not model (an endpoint the spec does not list yet) with the
    /// client's authentication, retries, logging and errors, and returns its JSON body:
    /// `try await client.request("GET", "/balance")`.
    /// - Parameters:
    ///   - method: The HTTP method (`GET`, `POST`, ...).
    ///   - path: The path below the base URL (which holds `/v2`), percent-encoded: `/balance`.
    ///   - query: Query parameters, in order.
    ///   - body: A JSON body.
    ///   - options: Timeout, retries, extra headers and the idempotency key of this request.
    /// - Returns: The response body as ``JSONValue`` (`null` when empty).
    /// - Throws: ``TelnyxError``.
    public func request(
        _ method: String, _ path: String, query: KeyValuePairs<String, String> = [:], body: JSONValue? = nil,
        options: RequestOptions = .none
    ) async throws -> JSONValue {
        try await request(method, path, query: query, body: body, options: options, as: JSONValue.self)
    }

    /// ``request(_:_:query:body:options:)`` with the body converted to `type` (a generated model
    /// works: `as: MessagingProfile.self`).
    /// - Throws: ``TelnyxError`` (kind ``TelnyxError/Kind/decoding`` when the body does not fit `type`).
    public func request<T: JSONConvertible>(
        _ method: String, _ path: String, query: KeyValuePairs<String, String> = [:], body: JSONValue? = nil,
        options: RequestOptions = .none, as type: T.Type
    ) async throws -> T {
        let method = method.uppercased()
        var request = APIRequest(method: method, path: path, operationID: "\(method) \(path)")
        request.query = query.map { QueryItem(name: $0.key, value: $0.value) }
        request.body = body.map { .json($0) }
        return try await perform(request, options: options, as: type)
    }
}
