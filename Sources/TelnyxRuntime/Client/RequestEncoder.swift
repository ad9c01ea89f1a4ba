import Foundation
import HTTPTypes

/// An ``APIRequest`` turned into HTTP, ready to send (and re-send on retry).
struct EncodedRequest: Sendable {
    var request: HTTPRequest
    var body: Data?
}

/// Turns ``APIRequest`` values into `HTTPTypes` requests with the client's headers and the
/// request's ``RequestOptions`` (extra headers, query parameters and body members, idempotency key).
enum RequestEncoder {
    static func encode(
        _ apiRequest: APIRequest,
        configuration: TelnyxConfiguration,
        options: RequestOptions
    ) throws -> EncodedRequest {
        let apiRequest = options.adding(to: apiRequest)
        guard let method = HTTPRequest.Method(apiRequest.method.uppercased()) else {
            throw TelnyxError(
                kind: .invalidRequest, message: "Invalid HTTP method '\(apiRequest.method)'")
        }
        guard apiRequest.path.hasPrefix("/") else {
            throw TelnyxError(
                kind: .invalidRequest, message: "Request path must start with '/': \(apiRequest.path)")
        }
        var fields = HTTPFields()
        fields[.accept] = "application/json"
        fields[.userAgent] = configuration.userAgent
        if let key = configuration.apiKey { fields[.authorization] = "Bearer \(key)" }

        var body: Data?
        switch apiRequest.body {
        case nil:
            break
        case .json(let value)?:
            body = TelnyxJSON.serialize(value)
            fields[.contentType] = "application/json"
        case .form(let items)?:
            body = Data(
                items.map {
                    PercentEncoding.encodeForm($0.name) + "=" + PercentEncoding.encodeForm($0.value)
                }
                .joined(separator: "&").utf8
            )
            fields[.contentType] = "application/x-www-form-urlencoded"
        case .multipart(let parts)?:
            let boundary = MultipartEncoder.makeBoundary()
            body = MultipartEncoder.encode(parts, boundary: boundary)
            fields[.contentType] = "multipart/form-data; boundary=\(boundary)"
        case .binary(let data, let contentType)?:
            body = data
            fields[.contentType] = contentType
        case .text(let text, let contentType)?:
            body = Data(text.utf8)
            fields[.contentType] = contentType
        }

        for header in apiRequest.headers { try set(header.name, header.value, in: &fields) }
        if let key = options.idempotencyKey { try set("Idempotency-Key", key, in: &fields) }
        for (name, value) in options.extraHeaders.sorted(by: { $0.key < $1.key }) {
            try set(name, value, in: &fields)
        }

        let request = HTTPRequest(
            method: method, scheme: nil, authority: nil, path: apiRequest.pathAndQuery,
            headerFields: fields)
        return EncodedRequest(request: request, body: body)
    }

    private static func set(_ name: String, _ value: String, in fields: inout HTTPFields) throws {
        guard let fieldName = HTTPField.Name(name) else {
            throw TelnyxError(kind: .invalidRequest, message: "Invalid header name '\(name)'")
        }
        fields[fieldName] = value
    }

    /// The base URL without trailing slashes, so `path` (which starts with `/`) appends cleanly.
    static func normalizedBaseURL(_ url: URL) -> URL {
        var text = url.absoluteString
        guard text.hasSuffix("/") else { return url }
        while text.hasSuffix("/") { text.removeLast() }
        return URL(string: text) ?? url
    }

    /// Header fields as a dictionary with lowercased names; repeated fields joined with `, `.
    static func lowercasedHeaders(_ fields: HTTPFields) -> [String: String] {
        var headers: [String: String] = [:]
        for field in fields {
            let name = field.name.canonicalName
            if let existing = headers[name] {
                headers[name] = existing + ", " + field.value
            } else {
                headers[name] = field.value
            }
        }
        return headers
    }
}
