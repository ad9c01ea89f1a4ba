import Foundation

/// A transport-independent description of one API call, built by the generated client.
public struct APIRequest: Sendable, Hashable {
    /// The request body.
    public enum Body: Sendable, Hashable {
        /// `application/json`.
        case json(JSONValue)
        /// `application/x-www-form-urlencoded`.
        case form([QueryItem])
        /// `multipart/form-data` with a boundary chosen when the request is sent.
        case multipart([MultipartPart])
        /// Raw bytes such as audio or `application/octet-stream`.
        case binary(Data, contentType: String)
        /// Text with the given content type.
        case text(String, contentType: String)
    }

    /// The HTTP method, such as `"GET"`.
    public var method: String
    /// The percent-encoded path relative to the base URL, starting with `/`.
    public var path: String
    /// Query items in order (not yet percent-encoded).
    public var query: [QueryItem]
    /// Header name/value pairs in order.
    public var headers: [QueryItem]
    /// The body, if any.
    public var body: Body?
    /// The OpenAPI operation id, passed to the transport.
    public var operationID: String

    /// Creates a request with no query, headers or body.
    public init(method: String, path: String, operationID: String) {
        self.method = method
        self.path = path
        self.query = []
        self.headers = []
        self.body = nil
        self.operationID = operationID
    }

    /// Percent-encodes one path parameter, keeping only RFC 3986 unreserved characters.
    public static func pathComponent(_ value: some QueryValue) -> String {
        value.queryValues.map(PercentEncoding.encodeUnreserved).joined(separator: ",")
    }

    /// The encoded query string without `?` (empty when there is no query).
    public var encodedQuery: String {
        query.map {
            PercentEncoding.encodeUnreserved($0.name) + "=" + PercentEncoding.encodeUnreserved($0.value)
        }
        .joined(separator: "&")
    }

    /// The path followed by `?` and the encoded query when there is one.
    public var pathAndQuery: String {
        query.isEmpty ? path : path + "?" + encodedQuery
    }

    /// The full URL text for `baseURL` (a trailing `/` on the base URL is ignored).
    public func urlString(baseURL: URL) -> String {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return base + pathAndQuery
    }

    /// The first value of query item `name`, if any.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// Replaces every query item `name` with one item holding `value` (or removes them when `value` is `nil`).
    @_spi(Generated) public mutating func setQuery(_ name: String, _ value: String?) {
        if let position = query.firstIndex(where: { $0.name == name }) {
            query.removeAll { $0.name == name }
            if let value {
                query.insert(QueryItem(name: name, value: value), at: min(position, query.count))
            }
        } else if let value {
            query.append(QueryItem(name: name, value: value))
        }
    }
}
