import Foundation

/// The one error type the client throws.
///
/// ``description`` reads like `Telnyx API error 422 (request id abc-123): 10015 Invalid value:
/// The 'name' is required.` and never contains the API key.
public struct TelnyxError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    LocalizedError
{
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The server answered with a non-2xx status (after any retries).
        case http(status: Int)
        /// The connection failed (refused, reset, DNS, TLS, ...).
        case connection
        /// An attempt took longer than the timeout.
        case timeout
        /// A 2xx response body could not be decoded into the expected type.
        case decoding
        /// The response was not usable HTTP.
        case invalidResponse
        /// The request could not be built (invalid method, header name or URL).
        case invalidRequest
    }

    /// What went wrong.
    public var kind: Kind
    /// The HTTP status when ``kind`` is ``Kind/http(status:)`` (also set for ``Kind/decoding``).
    public var status: Int?
    /// The decoded `errors` array of a Telnyx error body; empty when the body has another shape.
    public var errors: [APIErrorDetail]
    /// The `x-request-id` (or `request-id`) response header.
    public var requestID: String?
    /// A short summary.
    public var message: String
    /// The text of the underlying error for connection and decoding failures.
    public var underlying: String?
    /// The raw response body, when there was a response.
    public var responseBody: Data?
    /// The response headers (names lowercased, repeated headers joined with `, `); empty when there
    /// was no response.
    public var headers: [String: String]
    /// The delay the server asked for before trying again (`retry-after-ms`, or `Retry-After` as
    /// seconds or an HTTP date), when the response had one.
    public var retryAfter: Duration?

    /// Creates an error.
    public init(
        kind: Kind,
        status: Int? = nil,
        errors: [APIErrorDetail] = [],
        requestID: String? = nil,
        message: String,
        underlying: String? = nil,
        responseBody: Data? = nil,
        headers: [String: String] = [:],
        retryAfter: Duration? = nil
    ) {
        self.kind = kind
        self.status = status
        self.errors = errors
        self.requestID = requestID
        self.message = message
        self.underlying = underlying
        self.responseBody = responseBody
        self.headers = headers
        self.retryAfter = retryAfter
    }

    /// The first error code, if any.
    public var code: String? { errors.first?.code }

    /// A one-line explanation that never contains the API key.
    public var description: String {
        var text: String
        switch kind {
        case .http(let status): text = "Telnyx API error \(status)"
        case .connection: text = "Telnyx connection error"
        case .timeout: text = "Telnyx request timed out"
        case .decoding: text = "Telnyx response decoding error" + (status.map { " (HTTP \($0))" } ?? "")
        case .invalidResponse: text = "Telnyx invalid response"
        case .invalidRequest: text = "Telnyx invalid request"
        }
        if let requestID { text += " (request id \(requestID))" }
        text += ": " + message
        if let underlying, !message.contains(underlying) { text += " (\(underlying))" }
        if requestSucceeded {
            text += "; the request itself succeeded, so sending it again repeats it: read `responseBody`"
        }
        return text
    }

    /// True for a ``Kind/decoding`` error of a 2xx response: the API did what was asked (a message
    /// was sent, a number ordered) and only its answer does not fit the spec. Retrying would do it
    /// again; the raw answer is in ``responseBody`` and ``headers``, with ``requestID``.
    public var requestSucceeded: Bool {
        kind == .decoding && status.map { (200..<300).contains($0) } == true
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// The same as ``description``.
    public var errorDescription: String? { description }

    /// Builds the error for a non-2xx response.
    static func http(status: Int, headers: [String: String], body: Data) -> TelnyxError {
        let errors = APIErrorDetail.parse(body: body)
        var message = errors.map(\.summary).filter { !$0.isEmpty }.joined(separator: "; ")
        if message.isEmpty {
            let text = String(decoding: body.prefix(300), as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            message = text.isEmpty ? "HTTP \(status)" : text
        }
        return TelnyxError(
            kind: .http(status: status),
            status: status,
            errors: errors,
            requestID: APIResponse.requestID(in: headers),
            message: message,
            responseBody: body,
            headers: headers,
            retryAfter: RetryBackoff.retryAfter(from: headers).map { Duration.seconds($0) }
        )
    }
}
