import SpecReader

/// One HTTP operation of the API.
public struct Operation: Sendable, Hashable, Codable {
    public var id: String
    public var method: HTTPMethod
    public var path: String
    public var summary: String?
    public var description: String?
    public var tags: [String]
    public var deprecated: Bool
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    /// Responses sorted by status (`200`, `201`, ..., `4XX`, `default`).
    public var responses: [Response]
    public var pagination: Pagination?
    /// Resource names from the client root, as the API's names: lowerCamelCase words, acronyms written
    /// as words (`["messagingProfiles", "alphanumericSenderIds"]`); each language spells them its way.
    public var resourcePath: [String]
    /// The method name on the innermost resource, as ``resourcePath`` writes names (`list`, `listAlphanumericSenderIds`).
    public var methodName: String
    /// The product the operation belongs to.
    public var product: String
    public var location: SourceLocation

    public init(
        id: String, method: HTTPMethod, path: String, summary: String?, description: String?, tags: [String],
        deprecated: Bool, parameters: [Parameter], requestBody: RequestBody?, responses: [Response],
        pagination: Pagination?, resourcePath: [String], methodName: String, product: String, location: SourceLocation
    ) {
        self.id = id
        self.method = method
        self.path = path
        self.summary = summary
        self.description = description
        self.tags = tags
        self.deprecated = deprecated
        self.parameters = parameters
        self.requestBody = requestBody
        self.responses = responses
        self.pagination = pagination
        self.resourcePath = resourcePath
        self.methodName = methodName
        self.product = product
        self.location = location
    }

    /// The first 2xx response, which the client returns.
    public var successResponse: Response? {
        responses.first { $0.status.hasPrefix("2") }
    }
}

/// A path, query, header or cookie parameter. Object-typed `deepObject` parameters are flattened
/// into one parameter per leaf key (`page[number]`, `filter[status]`).
public struct Parameter: Sendable, Hashable, Codable {
    public enum Location: String, Sendable, Hashable, Codable {
        case path
        case query
        case header
        case cookie
    }

    public enum Style: String, Sendable, Hashable, Codable {
        case simple
        case form
        case deepObject
        case pipeDelimited
        case spaceDelimited
    }

    /// The name on the wire, flattened for deepObject (`page[number]`).
    public var name: String
    public var location: Location
    public var required: Bool
    public var type: TypeRef
    public var nullable: Bool
    public var style: Style
    public var explode: Bool
    public var deprecated: Bool
    public var description: String?
    public var example: SpecJSON?
    public var defaultValue: SpecJSON?
    public var extendedFormat: String?

    public init(
        name: String, location: Location, required: Bool, type: TypeRef, nullable: Bool = false, style: Style,
        explode: Bool, deprecated: Bool = false, description: String? = nil, example: SpecJSON? = nil,
        defaultValue: SpecJSON? = nil, extendedFormat: String? = nil
    ) {
        self.name = name
        self.location = location
        self.required = required
        self.type = type
        self.nullable = nullable
        self.style = style
        self.explode = explode
        self.deprecated = deprecated
        self.description = description
        self.example = example
        self.defaultValue = defaultValue
        self.extendedFormat = extendedFormat
    }
}

/// How a payload is encoded on the wire.
public enum ContentKind: String, Sendable, Hashable, Codable {
    case json
    case multipart
    case formURLEncoded
    case text
    case eventStream
    /// Bytes with a declared type (octet-stream, PDF, audio, images).
    case binary
    /// Any content type (`*/*`, or the malformed `*`).
    case any
}

/// One content type of a request body or response.
public struct MediaContent: Sendable, Hashable, Codable {
    public var contentType: String
    public var kind: ContentKind
    public var schema: TypeRef?
    /// The example the spec gives for this content (`example`, the first of `examples`, or the
    /// inline schema's `example`). Left out of the IR dump.
    public var example: SpecJSON?

    private enum CodingKeys: String, CodingKey {
        case contentType, kind, schema
    }

    public init(contentType: String, kind: ContentKind, schema: TypeRef?, example: SpecJSON? = nil) {
        self.contentType = contentType
        self.kind = kind
        self.schema = schema
        self.example = example
    }
}

public struct RequestBody: Sendable, Hashable, Codable {
    public var required: Bool
    public var description: String?
    /// Content types in spec order; the first is the one the client sends.
    public var contents: [MediaContent]

    public init(required: Bool, description: String?, contents: [MediaContent]) {
        self.required = required
        self.description = description
        self.contents = contents
    }
}

public struct Response: Sendable, Hashable, Codable {
    /// `200`, `4XX`, `default`, ...
    public var status: String
    public var description: String?
    public var contents: [MediaContent]
    /// Response header names.
    public var headers: [String]

    public init(status: String, description: String?, contents: [MediaContent], headers: [String]) {
        self.status = status
        self.description = description
        self.contents = contents
        self.headers = headers
    }
}

/// How a list operation pages through results.
public struct Pagination: Sendable, Hashable, Codable {
    public enum Style: String, Sendable, Hashable, Codable {
        /// `page[number]` / `page[size]`, `meta.total_pages`.
        case pageNumber
        /// `page[after]` / `page[before]` cursors.
        case cursor
        /// A `page_cursor` token.
        case pageCursor
        /// `limit` / `offset`.
        case offset
        /// `page` / `per_page`.
        case perPage
        /// TeXML: each page links the next by its `next_page_uri`, whose query the next request takes.
        case nextPageURI
        /// A list that comes back whole.
        case none
    }

    public var style: Style
    /// The query parameters that drive paging, by role (`number`, `size`, `after`, `before`, `cursor`, `limit`, `offset`, `page`, `perPage`).
    public var parameters: [String: String]
    /// The response property holding the items (usually `data`).
    public var itemsProperty: String
    /// The item type.
    public var itemType: TypeRef

    public init(style: Style, parameters: [String: String], itemsProperty: String, itemType: TypeRef) {
        self.style = style
        self.parameters = parameters
        self.itemsProperty = itemsProperty
        self.itemType = itemType
    }
}

/// A webhook the API sends to the user's server.
public struct Webhook: Sendable, Hashable, Codable {
    /// The key under `webhooks:`.
    public var name: String
    public var summary: String?
    public var description: String?
    public var operationID: String?
    public var tags: [String]
    public var payload: TypeRef?
    /// The payload's example (see ``MediaContent/example``). Left out of the IR dump.
    public var payloadExample: SpecJSON?
    /// The `data.event_type` values this payload carries.
    public var eventTypes: [String]
    public var product: String
    public var location: SourceLocation

    private enum CodingKeys: String, CodingKey {
        case name, summary, description, operationID, tags, payload, eventTypes, product, location
    }

    public init(
        name: String, summary: String?, description: String?, operationID: String?, tags: [String], payload: TypeRef?,
        payloadExample: SpecJSON? = nil, eventTypes: [String], product: String, location: SourceLocation
    ) {
        self.name = name
        self.summary = summary
        self.description = description
        self.operationID = operationID
        self.tags = tags
        self.payload = payload
        self.payloadExample = payloadExample
        self.eventTypes = eventTypes
        self.product = product
        self.location = location
    }
}
