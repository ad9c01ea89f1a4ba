import Foundation

/// Works out the request for the page after the one just received.
enum NextPagePlanner {
    static func nextRequest(
        after request: APIRequest,
        style: PaginationStyle,
        body: JSONValue,
        itemCount: Int
    ) -> APIRequest? {
        guard itemCount > 0 else { return nil }
        let page = ReceivedPage(request: request, body: body, itemCount: itemCount)
        guard let changes = page.queryChanges(for: style) else { return nil }
        var next = request
        for (name, value) in changes { next.setQuery(name, value) }
        // A server that repeats the same cursor or page would otherwise loop forever.
        return next == request ? nil : next
    }
}

/// The page just received: the request that asked for it, its body and how many items it held.
private struct ReceivedPage {
    let request: APIRequest
    let body: JSONValue
    let itemCount: Int
    var meta: JSONValue? { body["meta"] }

    /// The query parameters to set (nil removes one) for the next page, or nil after the last page.
    func queryChanges(for style: PaginationStyle) -> [(String, String?)]? {
        switch style {
        case .none: return nil
        case .pageNumber(let number, let size): return pageNumber(number, size)
        case .perPage(let page, let size): return perPage(page, size)
        case .cursor(let after, let before): return cursor(after, before)
        case .pageCursor(let parameter): return pageCursor(parameter)
        case .offset(let offset, let limit): return self.offset(offset, limit)
        case .nextPageURI: return nextPageURI()
        }
    }

    private func nextPageURI() -> [(String, String?)]? {
        guard let uri = body["next_page_uri"]?.stringValue, !uri.isEmpty,
            let items = URLComponents(string: uri)?.queryItems, !items.isEmpty
        else { return nil }
        return items.map { ($0.name, $0.value) }
    }

    private func pageNumber(_ numberParameter: String, _ sizeParameter: String?) -> [(String, String?)]? {
        let current = meta?["page_number"]?.intValue ?? integer(numberParameter) ?? 1
        let size = sizeParameter.flatMap(integer) ?? meta?["page_size"]?.intValue
        guard hasMore(current: current, size: size) else { return nil }
        return [(numberParameter, String(current + 1))]
    }

    private func perPage(_ pageParameter: String, _ perPageParameter: String?) -> [(String, String?)]? {
        let current =
            integer(pageParameter) ?? meta?["page"]?.intValue ?? meta?["page_number"]?.intValue ?? 1
        let size = perPageParameter.flatMap(integer) ?? meta?["per_page"]?.intValue
        guard hasMore(current: current, size: size) else { return nil }
        return [(pageParameter, String(current + 1))]
    }

    private func cursor(_ afterParameter: String, _ beforeParameter: String?) -> [(String, String?)]? {
        let cursor = meta?["cursors"]?["after"]?.stringValue ?? meta?["next_cursor"]?.stringValue
        guard let cursor, !cursor.isEmpty else { return nil }
        let cleared: [(String, String?)] = beforeParameter.map { [($0, nil)] } ?? []
        return cleared + [(afterParameter, cursor)]
    }

    private func pageCursor(_ parameter: String) -> [(String, String?)]? {
        let cursor =
            meta?["next_page_cursor"]?.stringValue ?? meta?["next_cursor"]?.stringValue
            ?? body["next_page_cursor"]?.stringValue
        guard let cursor, !cursor.isEmpty else { return nil }
        return [(parameter, cursor)]
    }

    private func offset(_ offsetParameter: String, _ limitParameter: String?) -> [(String, String?)]? {
        if let limit = limitParameter.flatMap(integer), itemCount < limit { return nil }
        return [(offsetParameter, String((integer(offsetParameter) ?? 0) + itemCount))]
    }

    private func integer(_ parameter: String) -> Int? {
        request.queryValue(parameter).flatMap { Int($0) }
    }

    private func hasMore(current: Int, size: Int?) -> Bool {
        if let totalPages = meta?["total_pages"]?.intValue { return current < totalPages }
        if let size { return itemCount >= size }
        return true
    }
}
