import Foundation

/// The items of a list operation across all its pages; pages are fetched as iteration reaches them.
///
/// ```swift
/// for try await number in client.messagingProfiles.listPhoneNumbers(id: id) { print(number.phoneNumber) }
/// let firstPage = try await client.messagingProfiles.list().firstPage()
/// ```
public struct PageSequence<Item: JSONConvertible>: AsyncSequence, Sendable {
    /// The element type: one item.
    public typealias Element = Item

    let client: APIClient
    let request: APIRequest
    let pagination: PaginationStyle
    let itemsKey: String
    let options: RequestOptions

    /// Creates a sequence starting at `request`.
    public init(
        client: APIClient,
        request: APIRequest,
        pagination: PaginationStyle,
        itemsKey: String = "data",
        options: RequestOptions = .none
    ) {
        self.client = client
        self.request = request
        self.pagination = pagination
        self.itemsKey = itemsKey
        self.options = options
    }

    /// The pages themselves, as an asynchronous sequence.
    public var pages: Pages { Pages(sequence: self) }

    /// Fetches the first page only.
    public func firstPage() async throws -> Page<Item> {
        try await fetch(request)
    }

    /// Fetches the page for `request` (the first request or a page's ``Page/nextRequest``).
    public func fetch(_ request: APIRequest) async throws -> Page<Item> {
        let response = try await client.send(request, options: options)
        let body: JSONValue
        let items: [Item]
        do {
            body = response.body.isEmpty ? .null : try TelnyxJSON.parse(response.body)
            // An empty key means the body itself is the array of items.
            let array = itemsKey.isEmpty ? body : body[itemsKey] ?? .array([])
            // A `null` page holds no items, as the decoding below reads it.
            if array != .null {
                client.reportDrift(
                    [Item].self, in: array, at: itemsKey, response: response, operationID: request.operationID)
            }
            items = array == .null ? [] : try [Item](json: array)
        } catch {
            throw TelnyxError(
                kind: .decoding,
                status: response.status,
                requestID: response.requestID,
                message: "Could not decode a page of \(Item.self)",
                underlying: "\(error)",
                responseBody: response.body
            )
        }
        let next = NextPagePlanner.nextRequest(
            after: request, style: pagination, body: body, itemCount: items.count)
        return Page(items: items, json: body, response: response, nextRequest: next)
    }

    /// All items (up to `limit`), fetching as many pages as needed.
    public func collect(limit: Int? = nil) async throws -> [Item] {
        var result: [Item] = []
        if let limit, limit <= 0 { return result }
        for try await item in self {
            result.append(item)
            if let limit, result.count >= limit { break }
        }
        return result
    }

    /// Creates an iterator over items.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator())
    }

    /// Iterates over items, fetching the next page when the current one is used up.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: Pages.AsyncIterator
        var buffer: [Item] = []
        var position = 0

        /// The next item, or `nil` after the last page.
        public mutating func next() async throws -> Item? {
            while position >= buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = page.items
                position = 0
            }
            defer { position += 1 }
            return buffer[position]
        }
    }

    /// The pages of a ``PageSequence``.
    public struct Pages: AsyncSequence, Sendable {
        /// The element type: one page.
        public typealias Element = Page<Item>

        let sequence: PageSequence<Item>

        /// Creates an iterator over pages.
        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(sequence: sequence, nextRequest: sequence.request)
        }

        /// Fetches pages one at a time.
        public struct AsyncIterator: AsyncIteratorProtocol {
            let sequence: PageSequence<Item>
            var nextRequest: APIRequest?

            /// The next page, or `nil` after the last one.
            public mutating func next() async throws -> Page<Item>? {
                guard let request = nextRequest else { return nil }
                nextRequest = nil
                let page = try await sequence.fetch(request)
                nextRequest = page.nextRequest
                return page
            }
        }
    }
}
