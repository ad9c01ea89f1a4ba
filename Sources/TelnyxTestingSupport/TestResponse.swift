import Foundation
import TelnyxRuntime

/// What the test transport answers a request with.
///
/// ```swift
/// transport.stub(.messages.send, .status(422, errors: [.init(code: "40300", title: "Invalid 'to'")]))
/// transport.stub(.messagingProfiles.list, .pages([[["name": "A"], ["name": "B"]], [["name": "C"]]]))
/// transport.stub(.messages.retrieve) { request in .example(merging: ["data": ["id": .string(request.pathParameters["id"] ?? "")]]) }
/// ```
public struct TestResponse: Sendable {
    enum Content: Sendable {
        /// The operation's example from the spec, with `patch` merged in.
        case example(patch: JSONValue?)
        case json(JSONValue)
        case data(Data, contentType: String)
        /// Pages of items, each merged over the example's first item.
        case pages([[JSONValue]])
    }

    var content: Content
    /// The status; nil: the operation's success status from the spec.
    var status: Int?
    var headers: [String: String] = [:]
    var delay: Duration = .zero

    /// The operation's response example from the spec (the default when nothing is stubbed).
    public static var example: TestResponse { TestResponse(content: .example(patch: nil)) }

    /// The spec's example with `patch` merged in: objects merge member by member, anything else replaces.
    public static func example(merging patch: JSONValue) -> TestResponse {
        TestResponse(content: .example(patch: patch))
    }

    /// A JSON body, sent as given.
    public static func json(_ body: JSONValue, status: Int? = nil, headers: [String: String] = [:]) -> TestResponse {
        TestResponse(content: .json(body), status: status, headers: headers)
    }

    /// A value's JSON (`SendResponse`, a model you built, a `JSONValue`).
    public static func body(_ value: some JSONConvertible, status: Int? = nil) -> TestResponse {
        TestResponse(content: .json(value.json), status: status)
    }

    /// Raw bytes with a content type (CSV, PDF, audio).
    public static func data(_ data: Data, contentType: String, status: Int? = nil) -> TestResponse {
        TestResponse(content: .data(data, contentType: contentType), status: status)
    }

    /// An error status with a Telnyx error body (`{"errors": [...]}`); `headers` such as `retry-after`.
    public static func status(_ status: Int, errors: [APIErrorDetail] = [], headers: [String: String] = [:])
        -> TestResponse
    {
        let body: JSONValue = ["errors": .array(errors.map(\.json))]
        return TestResponse(content: .json(body), status: status, headers: headers)
    }

    /// A list operation's pages: the request for page N gets `pages[N-1]`, with the paging members
    /// (`meta.total_pages`, cursors) the client follows. Each item is merged over the first item of
    /// the spec's example, so an item needs only the members the test cares about.
    public static func pages(_ pages: [[JSONValue]]) -> TestResponse {
        TestResponse(content: .pages(pages))
    }

    /// The same response, sent after `delay`.
    public func delayed(by delay: Duration) -> TestResponse {
        var copy = self
        copy.delay = delay
        return copy
    }

    /// The same response with extra headers.
    public func with(headers: [String: String]) -> TestResponse {
        var copy = self
        copy.headers.merge(headers) { $1 }
        return copy
    }
}

extension APIErrorDetail {
    /// The detail as the API writes it.
    var json: JSONValue {
        var object: [String: JSONValue] = [:]
        if let code { object["code"] = .string(code) }
        if let title { object["title"] = .string(title) }
        if let detail { object["detail"] = .string(detail) }
        var source: [String: JSONValue] = [:]
        if let pointer = self.source?.pointer { source["pointer"] = .string(pointer) }
        if let parameter = self.source?.parameter { source["parameter"] = .string(parameter) }
        if !source.isEmpty { object["source"] = .object(source) }
        return .object(object)
    }
}

extension JSONValue {
    /// `patch` merged into this value: objects member by member (recursively), anything else replaced.
    func merging(_ patch: JSONValue) -> JSONValue {
        guard case .object(var base) = self, case .object(let changes) = patch else { return patch }
        for (key, value) in changes {
            base[key] = base[key].map { $0.merging(value) } ?? value
        }
        return .object(base)
    }
}
