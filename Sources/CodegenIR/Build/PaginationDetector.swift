/// Decides whether a GET operation lists items and, if so, how it pages.
struct PaginationDetector {
    let context: BuildContext
    let schemas: SchemaTranslator

    /// Query names by role, per style, checked in order.
    private static let rules: [(Pagination.Style, required: [String: [String]], optional: [String: [String]])] = [
        (.pageNumber, ["number": ["page[number]", "page_number"]], ["size": ["page[size]", "page_size"]]),
        (.cursor, ["after": ["page[after]"]], ["before": ["page[before]"], "limit": ["page[limit]", "page[size]"]]),
        (
            .pageCursor, ["cursor": ["page_cursor", "PageToken", "cursor", "page[cursor]"]],
            ["size": ["page_size", "PageSize", "limit"]]
        ),
        (.offset, ["offset": ["offset", "page[offset]"]], ["limit": ["limit", "page[limit]"]]),
        (.perPage, ["perPage": ["per_page", "recordsPerPage", "PageSize", "page_size"]], ["page": ["page", "Page"]]),
    ]

    func pagination(method: HTTPMethod, parameters: [Parameter], responses: [Response]) -> Pagination? {
        guard method == .get, let response = responses.first(where: { $0.status.hasPrefix("2") }),
            let json = response.contents.first(where: { $0.kind == .json }), let schema = json.schema,
            let (itemsProperty, itemType) = items(of: schema)
        else { return nil }
        if itemsProperty != "", Self.linksNextPage(schema, schemas: schemas) {
            return Pagination(style: .nextPageURI, parameters: [:], itemsProperty: itemsProperty, itemType: itemType)
        }
        let names = Set(parameters.filter { $0.location == .query }.map(\.name))
        for rule in Self.rules {
            guard let roles = match(rule.required, in: names) else { continue }
            let optional = match(rule.optional, in: names, allowMissing: true) ?? [:]
            return Pagination(
                style: rule.0, parameters: roles.merging(optional) { a, _ in a }, itemsProperty: itemsProperty,
                itemType: itemType)
        }
        return Pagination(style: .none, parameters: [:], itemsProperty: itemsProperty, itemType: itemType)
    }

    private func match(_ roles: [String: [String]], in names: Set<String>, allowMissing: Bool = false) -> [String:
        String]?
    {
        var found: [String: String] = [:]
        for (role, candidates) in roles {
            if let name = candidates.first(where: names.contains) {
                found[role] = name
            } else if !allowMissing {
                return nil
            }
        }
        return found
    }

    /// Properties that hold a list response's items, in order of preference.
    static let itemsProperties = ["data", "records"]

    /// The array of items a list response carries: a top-level array, a `data` (else `records`) array
    /// property, or a TeXML page's one array (`calls` beside `next_page_uri`).
    private func items(of type: TypeRef) -> (String, TypeRef)? {
        switch resolved(type) {
        case .array(let item)?: return ("", item)
        case .object(let shape)?:
            let arrays = shape.properties.compactMap { property -> (String, TypeRef)? in
                guard case .array(let item)? = resolved(property.type) else { return nil }
                return (property.name, item)
            }
            if let named = Self.itemsProperties.lazy.compactMap({ name in arrays.first { $0.0 == name } }).first {
                return named
            }
            return Self.linksNextPage(type, schemas: schemas) && arrays.count == 1 ? arrays[0] : nil
        default: return nil
        }
    }

    /// Whether a response is a TeXML page, linked to the next by `next_page_uri` (the one test, for
    /// paging and for naming: `OperationNaming.pagedByURI`).
    static func linksNextPage(_ type: TypeRef, schemas: SchemaTranslator) -> Bool {
        guard case .object(let shape)? = schemas.follow(type)?.type else { return false }
        return shape.properties.contains { $0.name == "next_page_uri" }
    }

    private func resolved(_ type: TypeRef) -> TypeRef? {
        schemas.follow(type)?.type
    }
}
