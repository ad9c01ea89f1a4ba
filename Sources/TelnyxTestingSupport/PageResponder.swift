import TelnyxRuntime

/// Answers the request for one page of a ``TestResponse/pages(_:)`` stub with the paging members
/// the client follows to the next page, or none on the last.
struct PageResponder {
    let pages: [[JSONValue]]
    let pagination: TelnyxTestCatalog.Pagination?
    /// The operation's example body; its first item is the template for every item.
    let example: JSONValue?

    func body(for request: RecordedRequest) -> JSONValue {
        let itemsKey = pagination?.items ?? "data"
        let template = example?[itemsKey]?[0]
        let index = pageIndex(request)
        let items = pages.indices.contains(index) ? pages[index] : []
        var body = example?.objectValue ?? [:]
        body[itemsKey] = .array(items.map { template?.merging($0) ?? $0 })
        if style == "nextPageURI" {
            // A TeXML page links the next by a URI whose query the client sends back.
            body["next_page_uri"] =
                index + 1 < pages.count ? .string("\(request.path)?PageToken=page-\(index + 2)") : .null
        } else {
            body["meta"] = meta(page: index, itemCount: items.count)
        }
        return .object(body)
    }

    private var style: String { pagination?.style ?? "none" }

    private func parameter(_ role: String) -> String? { pagination?.parameters[role] }

    /// Which page (from 0) the request asks for.
    private func pageIndex(_ request: RecordedRequest) -> Int {
        func integer(_ role: String) -> Int? { parameter(role).flatMap(request.queryValue).flatMap { Int($0) } }
        switch style {
        case "pageNumber": return (integer("number") ?? 1) - 1
        case "perPage": return (integer("page") ?? 1) - 1
        case "cursor": return Self.index(ofCursor: parameter("after").flatMap(request.queryValue))
        case "pageCursor": return Self.index(ofCursor: parameter("cursor").flatMap(request.queryValue))
        case "nextPageURI": return Self.index(ofCursor: request.queryValue("PageToken"))
        case "offset":
            var remaining = integer("offset") ?? 0
            for (index, page) in pages.enumerated() {
                if remaining <= 0 { return index }
                remaining -= page.count
            }
            return pages.count
        default: return 0
        }
    }

    private func meta(page index: Int, itemCount: Int) -> JSONValue {
        let total = pages.reduce(0) { $0 + $1.count }
        let next: JSONValue = index + 1 < pages.count ? .string("page-\(index + 2)") : .null
        switch style {
        case "cursor": return ["cursors": ["after": next], "total_results": .integer(total)]
        case "pageCursor": return ["next_page_cursor": next, "total_results": .integer(total)]
        case "perPage":
            return ["page": .integer(index + 1), "per_page": .integer(itemCount), "total_pages": .integer(pages.count)]
        default:
            return [
                "page_number": .integer(index + 1), "page_size": .integer(pages.first?.count ?? 0),
                "total_pages": .integer(pages.count), "total_results": .integer(total),
            ]
        }
    }

    /// `page-3` → 2; no cursor → the first page.
    private static func index(ofCursor cursor: String?) -> Int {
        guard let cursor, cursor.hasPrefix("page-"), let number = Int(cursor.dropFirst(5)) else { return 0 }
        return number - 1
    }
}
