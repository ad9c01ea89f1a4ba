import Foundation

/// One page of a list operation.
public struct Page<Item: JSONConvertible>: Sendable {
    /// The items on this page.
    public var items: [Item]
    /// The whole response body.
    public var json: JSONValue
    /// The HTTP response.
    public var response: APIResponse
    /// The request for the next page, or `nil` on the last page.
    public var nextRequest: APIRequest?

    /// Whether another page follows.
    public var hasNextPage: Bool { nextRequest != nil }

    /// Creates a page.
    public init(items: [Item], json: JSONValue, response: APIResponse, nextRequest: APIRequest?) {
        self.items = items
        self.json = json
        self.response = response
        self.nextRequest = nextRequest
    }
}
