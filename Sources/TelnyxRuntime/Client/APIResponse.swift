import Foundation

/// A successful (2xx) HTTP response.
public struct APIResponse: Sendable, Hashable {
    /// The HTTP status code.
    public var status: Int
    /// Response headers with lowercased names; repeated headers are joined with `, `.
    public var headers: [String: String]
    /// The raw body.
    public var body: Data
    /// The `x-request-id` (or `request-id`) header.
    public var requestID: String?

    /// Creates a response; ``requestID`` is read from `headers`.
    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
        self.requestID = APIResponse.requestID(in: headers)
    }

    /// The request id in lowercased `headers`.
    static func requestID(in headers: [String: String]) -> String? {
        headers["x-request-id"] ?? headers["request-id"]
    }
}
