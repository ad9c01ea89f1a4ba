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

    /// No overrides.
    public static let none = RequestOptions()

    /// Creates request options; every parameter defaults to "no override".
    public init(
        timeout: TimeInterval? = nil,
        maxRetries: Int? = nil,
        extraHeaders: [String: String] = [:],
        idempotencyKey: String? = nil
    ) {
        self.timeout = timeout
        self.maxRetries = maxRetries
        self.extraHeaders = extraHeaders
        self.idempotencyKey = idempotencyKey
    }
}
