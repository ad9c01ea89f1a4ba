import Foundation

/// Per-request overrides of the client-wide ``TelnyxConfiguration``.
public struct RequestOptions: Sendable {
    /// Seconds one attempt may take; `nil` uses ``TelnyxConfiguration/timeout``.
    public var timeout: TimeInterval?
    /// Retries after the first attempt; `nil` uses ``TelnyxConfiguration/maxRetries``.
    public var maxRetries: Int?
    /// Headers added to (and overriding) the generated ones.
    public var extraHeaders: [String: String]
    /// Sent as the `Idempotency-Key` header when set (the same value on every retry).
    public var idempotencyKey: String?
    /// Query parameters added to the request (replacing generated ones of the same name): for a
    /// parameter the spec does not list yet.
    public var extraQuery: [String: String]
    /// Members added to a JSON object body (replacing generated ones of the same key), or the body
    /// of a request without one: for a field the spec does not list yet.
    public var extraBody: [String: JSONValue]

    /// No overrides.
    public static let none = RequestOptions()

    /// Creates request options; every parameter defaults to "no override".
    public init(
        timeout: TimeInterval? = nil,
        maxRetries: Int? = nil,
        extraHeaders: [String: String] = [:],
        idempotencyKey: String? = nil,
        extraQuery: [String: String] = [:],
        extraBody: [String: JSONValue] = [:]
    ) {
        self.timeout = timeout
        self.maxRetries = maxRetries
        self.extraHeaders = extraHeaders
        self.idempotencyKey = idempotencyKey
        self.extraQuery = extraQuery
        self.extraBody = extraBody
    }

    /// `request` with ``extraQuery`` and ``extraBody`` added (keys in sorted order).
    func adding(to request: APIRequest) -> APIRequest {
        guard !extraQuery.isEmpty || !extraBody.isEmpty else { return request }
        var request = request
        for (name, value) in extraQuery.sorted(by: { $0.key < $1.key }) {
            request.query.removeAll { $0.name == name }
            request.query.append(QueryItem(name: name, value: value))
        }
        if !extraBody.isEmpty {
            switch request.body {
            case .json(.object(let members))?: request.body = .json(.object(members.merging(extraBody) { $1 }))
            case nil: request.body = .json(.object(extraBody))
            default: break  // a body that is not a JSON object has no members to add
            }
        }
        return request
    }
}
