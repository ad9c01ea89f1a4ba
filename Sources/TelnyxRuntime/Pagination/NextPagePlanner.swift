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
        let meta = body["meta"]
        var next = request
        switch style {
        case .none:
            return nil

        case .pageNumber(let numberParameter, let sizeParameter):
            let current =
                meta?["page_number"]?.intValue ?? request.queryValue(numberParameter).flatMap { Int($0) }
                ?? 1
            let size =
                sizeParameter.flatMap { request.queryValue($0) }.flatMap { Int($0) }
                ?? meta?["page_size"]?.intValue
            guard
                hasMore(
                    current: current, totalPages: meta?["total_pages"]?.intValue, size: size, count: itemCount
                )
            else {
                return nil
            }
            next.setQuery(numberParameter, String(current + 1))

        case .perPage(let pageParameter, let perPageParameter):
            let current =
                request.queryValue(pageParameter).flatMap { Int($0) } ?? meta?["page"]?.intValue
                ?? meta?["page_number"]?.intValue ?? 1
            let size =
                perPageParameter.flatMap { request.queryValue($0) }.flatMap { Int($0) }
                ?? meta?["per_page"]?.intValue
            guard
                hasMore(
                    current: current, totalPages: meta?["total_pages"]?.intValue, size: size, count: itemCount
                )
            else {
                return nil
            }
            next.setQuery(pageParameter, String(current + 1))

        case .cursor(let afterParameter, let beforeParameter):
            let cursor = meta?["cursors"]?["after"]?.stringValue ?? meta?["next_cursor"]?.stringValue
            guard let cursor, !cursor.isEmpty else { return nil }
            if let beforeParameter { next.setQuery(beforeParameter, nil) }
            next.setQuery(afterParameter, cursor)

        case .pageCursor(let parameter):
            let cursor =
                meta?["next_page_cursor"]?.stringValue ?? meta?["next_cursor"]?.stringValue
                ?? body["next_page_cursor"]?.stringValue
            guard let cursor, !cursor.isEmpty else { return nil }
            next.setQuery(parameter, cursor)

        case .offset(let offsetParameter, let limitParameter):
            let current = request.queryValue(offsetParameter).flatMap { Int($0) } ?? 0
            if let limit = limitParameter.flatMap({ request.queryValue($0) }).flatMap({ Int($0) }),
                itemCount < limit
            {
                return nil
            }
            next.setQuery(offsetParameter, String(current + itemCount))
        }
        // A server that repeats the same cursor or page would otherwise loop forever.
        return next == request ? nil : next
    }

    private static func hasMore(current: Int, totalPages: Int?, size: Int?, count: Int) -> Bool {
        if let totalPages { return current < totalPages }
        if let size { return count >= size }
        return true
    }
}
