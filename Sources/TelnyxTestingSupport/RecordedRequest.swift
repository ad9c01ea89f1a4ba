import Foundation
import TelnyxRuntime

/// A request the test transport received, as the server would see it.
public struct RecordedRequest: Sendable {
    /// One `name=value` pair of the query, decoded, in the order sent.
    public struct QueryParameter: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    /// The operation the request was sent for, when the spec has it.
    public var operation: TelnyxOperation?
    /// `GET`, `POST`, ...
    public var method: String
    /// The path below the base URL, without the query (`/messages/123`).
    public var path: String
    public var query: [QueryParameter]
    /// Header names lowercased. The `authorization` header is kept as sent.
    public var headers: [String: String]
    public var body: Data
    /// The path template's parameters by name (`["id": "123"]` for `/messages/{id}`).
    public var pathParameters: [String: String]

    /// The first value of a query parameter (`"page[number]"`).
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// The body parsed as JSON; nil when it is empty or not JSON.
    public var json: JSONValue? {
        body.isEmpty ? nil : try? TelnyxJSON.parse(body)
    }
}
