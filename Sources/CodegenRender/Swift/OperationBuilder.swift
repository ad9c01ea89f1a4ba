import CodegenIR

/// Builds ``OperationDeclaration``s, declaring in-place body, response and parameter types nested
/// in the operation's resource type.
struct OperationBuilder {
    let references: TypeReferences
    /// Operation id → what it is for, in the project's words (`spec/skills.yaml`).
    let purposes: [String: String]

    init(model: APIModel, purposes: [String: String] = [:]) {
        references = TypeReferences(schemas: model.schemas)
        self.purposes = purposes
    }

    static let reservedParameterNames: Set<String> = [
        "options", "body", "client", "request", "makeRequest", "self", "Self",
    ]

    func build(_ operation: Operation, resourceType: String, methodName: String, declarations: inout DeclarationBuilder)
        -> OperationDeclaration
    {
        let stem = SwiftNames.typeName(methodName)
        let parametersType = declarations.names.nestedName(
            stem + NameSuffix.parameters, in: QualifiedName(resourceType), suffix: NameSuffix.parametersCollision)
        let scope = QualifiedName(resourceType).nested(parametersType)
        var fields = declarations.declaring(for: .request) {
            parameterFields(operation, scope: scope, declarations: &$0)
        }.result
        var bodyEncoding: OperationDeclaration.BodyEncoding?
        var flattened: OperationDeclaration.FlattenedBody?
        var bodyRequired = false
        if let body = operation.requestBody, let content = body.contents.first {
            let (type, encoding) = declarations.declaring(for: .request) {
                bodyType(content, stem: stem, resourceType: resourceType, declarations: &$0)
            }.result
            bodyEncoding = encoding
            let model = content.kind == .json ? declarations.model(named: type) : nil
            flattened = model.flatMap { Self.flattened($0, type: type, besides: Set(fields.map(\.name) + ["options"])) }
            // A body with required fields is required, whatever the request body says.
            bodyRequired = body.required || model?.initProperties.contains(where: \.required) == true
            // The body (or its fields) comes after the required parameters, before the optional ones.
            let position = fields.firstIndex { !$0.required && $0.location != .path } ?? fields.count
            fields.insert(
                OperationDeclaration.Field(
                    name: "body", wireName: "body", type: type, required: bodyRequired,
                    doc: DocComment(body.description), location: .body, viaJSON: false, explode: true),
                at: position)
        }
        let (call, accept) = declarations.declaring(for: .response) {
            self.call(operation, stem: stem, resourceType: resourceType, declarations: &$0)
        }.result
        return OperationDeclaration(
            resourceType: resourceType, methodName: methodName, parametersType: parametersType,
            operationID: operation.id,
            method: operation.method.description, path: operation.path,
            pathSegments: PathSegment.segments(
                operation.path,
                parameters: Dictionary(
                    fields.filter { $0.location == .path }.map { ($0.wireName, $0.name) },
                    uniquingKeysWith: { first, _ in first })),
            fields: fields, body: bodyEncoding, flattenedBody: flattened, bodyRequired: bodyRequired, accept: accept,
            call: call, doc: methodDoc(operation),
            product: operation.product, deprecated: operation.deprecated)
    }

    /// The path, query and header parameters as fields, bracketed query families grouped.
    private func parameterFields(_ operation: Operation, scope: QualifiedName, declarations: inout DeclarationBuilder)
        -> [OperationDeclaration.Field]
    {
        var taken = Self.reservedParameterNames
        var memberNames: [String: Set<String>] = [:]
        var leaves: [OperationDeclaration.Field] = []
        for parameter in orderedParameters(operation) {
            let family = parameter.location == .query ? QueryFamilies.split(parameter.name) : nil
            var field: OperationDeclaration.Field
            if let family {
                let name = SwiftNames.unique(
                    SwiftNames.memberName(family.member), in: memberNames[family.family, default: ["init"]])
                memberNames[family.family, default: ["init"]].insert(name)
                field = self.field(parameter, name: name, scope: scope, declarations: &declarations)
                field.group = family.family
            } else {
                let name = SwiftNames.unique(
                    SwiftNames.memberName(parameter.name, avoiding: Self.reservedParameterNames), in: taken)
                taken.insert(name)
                field = self.field(parameter, name: name, scope: scope, declarations: &declarations)
            }
            leaves.append(field)
        }
        return QueryFamilies.grouped(leaves) { family in
            let name = SwiftNames.unique(
                SwiftNames.memberName(family, avoiding: Self.reservedParameterNames), in: taken)
            taken.insert(name)
            let type = declarations.names.nestedName(
                SwiftNames.typeName(family), in: scope, suffix: NameSuffix.queryFamily)
            return (name, scope.nested(type))
        }
    }

    /// The body's fields as method arguments, each labeled apart from the method's other arguments.
    static func flattened(_ model: ModelDeclaration, type: SwiftType, besides taken: Set<String>)
        -> OperationDeclaration.FlattenedBody?
    {
        let names = model.initProperties.map(\.name) + (model.clearableProperties.isEmpty ? [] : ["clearing"])
        let taken = Set(taken.map(SwiftNames.unescaped))
        let labels = names.map { SwiftNames.bodyFieldLabel($0, besides: taken) }
        guard model.buildable, !names.isEmpty, Set(labels.map(SwiftNames.unescaped)).count == labels.count else {
            return nil
        }
        return OperationDeclaration.FlattenedBody(type: type, model: model, labels: labels)
    }

    /// Path parameters first (in path order), then the required ones (in spec order), then the
    /// optional ones in the same order on every operation: `filter`, `page`, `sort`, the other query
    /// parameters and families by name, headers last (a family's members keep their spec order).
    private func orderedParameters(_ operation: Operation) -> [Parameter] {
        let path = operation.parameters.filter { $0.location == .path }.sorted {
            (operation.path.range(of: "{\($0.name)}")?.lowerBound ?? operation.path.endIndex)
                < (operation.path.range(of: "{\($1.name)}")?.lowerBound ?? operation.path.endIndex)
        }
        let others = operation.parameters.filter { $0.location != .path }
        let optional = others.enumerated().filter { !$0.element.required }.sorted { a, b in
            let (left, right) = (Self.optionalRank(a.element), Self.optionalRank(b.element))
            return (left.rank, left.name, a.offset) < (right.rank, right.name, b.offset)
        }
        return path + others.filter(\.required) + optional.map(\.element)
    }

    /// The families every list operation shares come first, in this order.
    static let leadingFamilies = ["filter", "page", "sort"]

    /// Where an optional parameter goes: its rank, then its family's (or its own) wire name.
    static func optionalRank(_ parameter: Parameter) -> (rank: Int, name: String) {
        let name = (QueryFamilies.split(parameter.name)?.family ?? parameter.name).lowercased()
        guard parameter.location == .query else { return (leadingFamilies.count + 1, name) }
        return (leadingFamilies.firstIndex(of: name) ?? leadingFamilies.count, name)
    }

    private func field(
        _ parameter: Parameter, name: String, scope: QualifiedName, declarations: inout DeclarationBuilder
    )
        -> OperationDeclaration.Field
    {
        let scalar = isQueryValue(parameter.type)
        var type = declarations.swiftType(parameter.type, parent: scope, suggested: parameter.name)
        if type == .data { type = .string }
        if parameter.location == .path && !scalar { type = .string }
        let location: OperationDeclaration.FieldLocation =
            switch parameter.location {
            case .path: .path
            case .query: .query
            case .header, .cookie: .header
            }
        let required = parameter.required || parameter.location == .path
        return OperationDeclaration.Field(
            name: name, wireName: parameter.name, type: type, required: required,
            doc: DocComment(parameter.description, example: parameter.example?.text),
            location: location, viaJSON: !scalar && parameter.location != .path, explode: parameter.explode,
            example: parameter.example,
            facts: ArgumentFacts(
                wireName: parameter.name, type: parameter.type, format: parameter.extendedFormat,
                defaultValue: parameter.defaultValue, description: parameter.description))
    }

    /// True when the type is written into a query as text (scalars, enums, arrays of them).
    func isQueryValue(_ type: TypeRef, depth: Int = 0) -> Bool {
        guard depth < 16 else { return false }
        switch type {
        case .primitive: return true
        case .enumeration(let shape): return !shape.values.isEmpty
        case .array(let element): return isQueryValue(element, depth: depth + 1) && !isArray(element)
        case .reference:
            guard let resolved = references.resolve(type) else { return false }
            return isQueryValue(resolved.type, depth: depth + 1)
        case .union(let shape):
            let variants = shape.significantVariants
            return variants.count == 1 && isQueryValue(variants[0], depth: depth + 1)
        default: return false
        }
    }

    private func isArray(_ type: TypeRef) -> Bool {
        if case .array = type { return true }
        return false
    }

    private func bodyType(
        _ content: MediaContent, stem: String, resourceType: String, declarations: inout DeclarationBuilder
    )
        -> (SwiftType, OperationDeclaration.BodyEncoding)
    {
        switch content.kind {
        case .json, .multipart, .formURLEncoded:
            let type =
                content.schema.map {
                    declarations.swiftType($0, parent: QualifiedName(resourceType), suggested: stem + "Body")
                }
                ?? .json
            switch content.kind {
            case .multipart: return (type, .multipart(binaryFields: binaryFields(content.schema)))
            case .formURLEncoded: return (type, .form)
            default: return (type, .json)
            }
        case .text:
            return (.string, .text(contentType: content.contentType))
        case .binary, .eventStream:
            return (.data, .binary(contentType: content.contentType))
        case .any:
            return (.data, .binary(contentType: "application/octet-stream"))
        }
    }

    /// Top-level properties of a multipart body that carry raw bytes (`format: binary`).
    private func binaryFields(_ type: TypeRef?) -> [String] {
        guard let shape = references.objectShape(type) else { return [] }
        return shape.properties.filter { property in
            switch property.type {
            case .primitive(.string, let format): format == "binary" || format == "byte"
            case .array(.primitive(.string, let format)): format == "binary"
            default: false
            }
        }.map(\.name)
    }

    private func call(
        _ operation: Operation, stem: String, resourceType: String, declarations: inout DeclarationBuilder
    )
        -> (OperationDeclaration.Call, String?)
    {
        if let pagination = operation.pagination {
            let item = declarations.swiftType(
                pagination.itemType, parent: QualifiedName(resourceType), suggested: stem + NameSuffix.arrayElement)
            return (
                .paginate(item: item, style: PaginationStyle(pagination), itemsKey: pagination.itemsProperty), nil
            )
        }
        guard let response = operation.successResponse, !response.contents.isEmpty else { return (.void, nil) }
        let content = response.contents.first { $0.kind == .json } ?? response.contents[0]
        switch content.kind {
        case .json:
            let type =
                content.schema.map {
                    declarations.swiftType($0, parent: QualifiedName(resourceType), suggested: stem + "Response")
                }
                ?? .json
            return (.json(type), nil)
        case .text:
            return (.text, content.contentType)
        case .any:
            return (.data, nil)
        default:
            return (.data, content.contentType)
        }
    }

    /// The summary, the description when it says more, the request line and a deprecation note.
    private func methodDoc(_ operation: Operation) -> DocComment {
        DocComment(paragraphs: [
            operation.summary,
            purposes[operation.id] ?? (operation.description == operation.summary ? nil : operation.description),
            "`\(operation.method.description) \(operation.path)`",
            operation.deprecated ? "- Note: Deprecated by the API." : nil,
        ])
    }
}
