import HTTPTypes

/// The headers of a webhook delivery, as a server framework hands them over: a `[String: String]`
/// or swift-http-types' `HTTPFields` (Hummingbird 2, swift-openapi-runtime, Vapor's newer API).
/// Names are matched case-insensitively.
public protocol WebhookHeaders {
    /// The value of the header `name` (any case), or `nil`.
    func webhookHeader(_ name: String) -> String?
}

extension Dictionary: WebhookHeaders where Key == String, Value == String {
    public func webhookHeader(_ name: String) -> String? {
        self[name] ?? first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

extension HTTPFields: WebhookHeaders {
    public func webhookHeader(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { self[$0] }
    }
}
