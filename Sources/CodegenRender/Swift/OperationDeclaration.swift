import CodegenIR

/// What the templates need to write one operation: its parameters type with the pure request
/// builder, and the resource method that sends it.
struct OperationDeclaration: Sendable {
    struct Field: Sendable {
        var name: String
        var wireName: String
        /// The Swift type without optionality (`Int`).
        var type: SwiftType
        /// False when the field may be absent: it is then stored as `type?` and defaults to `nil`.
        var required: Bool
        var doc: DocComment
        var location: FieldLocation
        /// Query values that are not plain scalars go through their JSON form.
        var viaJSON: Bool
        var explode: Bool
        /// The spec's example.
        var example: SpecJSON? = nil
        /// For a member of a bracketed query family (`filter[status]`): the family's parameter (`filter`).
        var group: String? = nil
        /// For a family's own parameter: its members, in spec order.
        var members: [Field] = []
        /// What the method's doc comment says of it.
        var facts: ArgumentFacts? = nil

        /// The body is passed without an argument label (`send(_ body:)`).
        var unlabeled: Bool { location == .body }
        /// The argument label; nil for the unlabeled body.
        var label: String? { unlabeled ? nil : name }
        /// The stored type (`Int?` when optional).
        var storedType: SwiftType { required ? type : .optional(type) }
    }

    enum FieldLocation: Sendable, Equatable {
        case path, query, header, body
    }

    enum Call: Sendable {
        case json(SwiftType)
        case text
        case data
        case void
        case paginate(item: SwiftType, style: PaginationStyle, itemsKey: String)
    }

    enum BodyEncoding: Sendable {
        case json, form
        case text(contentType: String)
        case binary(contentType: String)
        case multipart(binaryFields: [String])
    }

    /// A JSON body whose fields the resource method also takes as labeled arguments.
    struct FlattenedBody: Sendable {
        /// The body model (`CreateMessageRequest`).
        var type: SwiftType
        /// Its declaration: the initializer's parameters, in order.
        var model: ModelDeclaration
        /// The method's label for each of the initializer's parameters (and `clearing`, last), in
        /// order: the field's own name unless another argument has it (``SwiftNames/bodyFieldLabel(_:besides:)``).
        var labels: [String]

        /// The order of the overload's arguments, for its signature and its doc comment alike: the
        /// operation's other required parameters, the body's fields, its other optional parameters,
        /// then `clearing:`.
        static func ordered<Argument>(
            _ fields: [Field], bodyFields: [Argument], clearing: [Argument], _ parameter: (Field) -> Argument
        ) -> [Argument] {
            let own = fields.filter { $0.location != .body }
            return own.filter(\.required).map(parameter) + bodyFields + own.filter { !$0.required }.map(parameter)
                + clearing
        }
    }

    /// Every query parameter in spec order, family members included: the order they go on the wire.
    var queryFields: [Field] {
        fields.filter { $0.location == .query }.flatMap { $0.members.isEmpty ? [$0] : $0.members }
    }

    var resourceType: String
    var methodName: String
    var parametersType: String
    var operationID: String
    var method: String
    /// The path as the spec writes it (`/calls/{call_control_id}/actions/hangup`).
    var path: String
    /// The path cut at its parameters, for the request's interpolated path literal.
    var pathSegments: [PathSegment]
    /// What the parameters type stores and the method takes: path, query and header parameters
    /// (a bracketed query family as one field with ``Field/members``), then the body.
    var fields: [Field]
    var body: BodyEncoding?
    var flattenedBody: FlattenedBody?
    var bodyRequired: Bool
    var accept: String?
    var call: Call
    var doc: DocComment
    var product: String
    var deprecated: Bool
}

/// A piece of a request path: literal text (escaped for a Swift string literal) or a path
/// parameter's Swift name, percent-encoded into the path.
enum PathSegment: Sendable, Equatable {
    case literal(String)
    case parameter(String)

    /// `path` cut at each `{name}` that names one of `parameters` (wire name → Swift name).
    static func segments(_ path: String, parameters: [String: String]) -> [PathSegment] {
        var segments: [PathSegment] = []
        var literal = ""
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            guard let swiftName = parameters[name] else {
                literal += rest[...close]
                rest = rest[rest.index(after: close)...]
                continue
            }
            literal += rest[..<open]
            if !literal.isEmpty { segments.append(.literal(SwiftLiteral.escaped(literal))) }
            literal = ""
            segments.append(.parameter(swiftName))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { segments.append(.literal(SwiftLiteral.escaped(literal))) }
        return segments
    }
}

/// How a list is paged, as the runtime's `PaginationStyle` case and its arguments: `.pageNumber`
/// with `number: "page[number]"` and `size: "page[size]"` (values are Swift string literals, nil when
/// the operation lacks that parameter).
struct PaginationStyle: Sendable {
    var caseName: String
    var arguments: [(label: String, value: String?)]

    init(_ pagination: Pagination) {
        let parameters = pagination.parameters
        func argument(_ label: String, _ role: String) -> (label: String, value: String?) {
            (label, parameters[role].map(SwiftLiteral.string))
        }
        switch pagination.style {
        case .pageNumber:
            (caseName, arguments) = ("pageNumber", [argument("number", "number"), argument("size", "size")])
        case .cursor: (caseName, arguments) = ("cursor", [argument("after", "after"), argument("before", "before")])
        case .pageCursor: (caseName, arguments) = ("pageCursor", [argument("parameter", "cursor")])
        case .offset: (caseName, arguments) = ("offset", [argument("offset", "offset"), argument("limit", "limit")])
        case .perPage: (caseName, arguments) = ("perPage", [argument("page", "page"), argument("perPage", "perPage")])
        case .nextPageURI: (caseName, arguments) = ("nextPageURI", [])
        case .none: (caseName, arguments) = ("none", [])
        }
    }
}
