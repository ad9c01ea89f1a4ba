import Foundation

/// How a list operation moves from one page to the next.
public enum PaginationStyle: Sendable, Hashable {
    /// Page numbers in query parameters such as `page[number]` and `page[size]`; continues while
    /// `meta.page_number < meta.total_pages`, or (without `total_pages`) until a page is empty or
    /// shorter than the page size.
    case pageNumber(number: String, size: String?)
    /// Cursors such as `page[after]`: the next cursor comes from `meta.cursors.after` (or
    /// `meta.next_cursor`); stops when it is absent or empty, or a page is empty.
    case cursor(after: String, before: String?)
    /// A single cursor parameter such as `page_cursor`: the next value comes from
    /// `meta.next_page_cursor`, `meta.next_cursor` or a top-level `next_page_cursor`; stops when absent.
    case pageCursor(parameter: String)
    /// Offset and limit: the next offset is the current one plus the items received; stops when a
    /// page is empty or shorter than the limit.
    case offset(offset: String, limit: String?)
    /// `page` and `per_page` style numbering: the next page is `page + 1`; stops like ``pageNumber(number:size:)``.
    case perPage(page: String, perPage: String?)
    /// TeXML: each page links the next by a top-level `next_page_uri`, whose query items the next
    /// request takes (`Page`, `PageSize`, `PageToken`); stops when it is absent, empty or `null`.
    case nextPageURI
    /// A single page.
    case none
}
