/// The view of one operation: the resource method and its parameters type.
/// A class, as every view walked per operation or row (see ``TemplateView``).
final class OperationView: TemplateView {
    enum Key: String, CaseIterable {
        case resourceType, methodName, parametersType, deprecated, method, httpMethod, specPath, pathSegments
        case operationID, specOperationID, doc
        case signature, initParameters, arguments, fields, queryFields, queryJSONFields, headerFields
        case headerJSONFields, changesRequest, accept, body, isPaginated, itemType, paginationCase, paginationArguments
        case paginationHasArguments, itemsKey, isJSON
        case returnType, isText, isData, isVoid, flattened, groups, opening, indent
    }
    let operation: OperationDeclaration
    /// For the documents: the declarations alone, without the `{` that opens a body, and with the
    /// signature of the overload that takes the body's fields when `fieldsOverload` is set.
    let declarationOnly: Bool
    let fieldsOverload: Bool

    init(operation: OperationDeclaration, declarationOnly: Bool = false, fieldsOverload: Bool = false) {
        self.operation = operation
        self.declarationOnly = declarationOnly
        self.fieldsOverload = fieldsOverload
    }

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .resourceType: operation.resourceType
        case .methodName: operation.methodName
        case .parametersType: operation.parametersType
        case .deprecated: operation.deprecated
        case .method: SwiftLiteral.string(operation.method)
        case .httpMethod: operation.method
        case .specPath: operation.path
        case .pathSegments: operation.pathSegments.map(PathSegmentView.init)
        case .operationID: SwiftLiteral.string(operation.operationID)
        case .specOperationID: operation.operationID
        case .doc: MethodDocumentation.lines(operation, arguments: MethodDocumentation.arguments(operation))
        case .signature:
            fieldsOverload
                ? operation.flattenedBody.map { Flattened(body: $0, fields: operation.fields).signature } : parameters
        case .opening: declarationOnly ? "" : " {"
        case .indent: declarationOnly ? "" : "    "
        case .initParameters: ParameterView.list(parameters)
        case .arguments: FieldView.list(operation.fields)
        case .fields: FieldView.list(operation.fields)
        case .queryFields: fields(in: .query, viaJSON: false)
        case .queryJSONFields: fields(in: .query, viaJSON: true)
        case .headerFields: fields(in: .header, viaJSON: false)
        case .headerJSONFields: fields(in: .header, viaJSON: true)
        // Query items, headers and `Accept` are set on the request after it is made.
        case .changesRequest: operation.accept != nil || operation.fields.contains { $0.location != .path }
        case .accept: operation.accept.map(SwiftLiteral.string)
        case .body: operation.body.map { BodyView(encoding: $0, optional: !operation.bodyRequired) }
        case .isPaginated, .itemType, .paginationCase, .paginationArguments, .paginationHasArguments, .itemsKey:
            paginationValue(key)
        case .isJSON, .returnType, .isText, .isData, .isVoid: callValue(key)
        case .flattened:
            operation.flattenedBody.map { body in
                Flattened(
                    body: body, fields: operation.fields,
                    doc: MethodDocumentation.lines(
                        operation, arguments: MethodDocumentation.arguments(operation, fields: body)))
            }
        case .groups: operation.fields.filter { !$0.members.isEmpty }.map { GroupView(field: $0) }
        }
    }

    /// A piece of the request path: `{{#literal}}` text, or a `{{#parameter}}` to interpolate.
    struct PathSegmentView: TemplateView {
        enum Key: String, CaseIterable { case literal, parameter }
        let segment: PathSegment

        func value(_ key: Key) -> (any TemplateValue)? {
            switch (key, segment) {
            case (.literal, .literal(let text)): text
            case (.parameter, .parameter(let name)): name
            default: false
            }
        }
    }

    /// A query family's type, nested in the parameters type: `ListParameters.Filter`.
    struct GroupView: TemplateView {
        enum Key: String, CaseIterable { case typeName, members, memberParameters, opening }
        let field: OperationDeclaration.Field
        var declarationOnly = false

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .typeName: field.type.simpleName ?? ""
            case .opening: declarationOnly ? "" : " {"
            case .members: field.members.map { FieldView(field: $0) }
            case .memberParameters:
                ParameterView.list(
                    field.members.map {
                        ParameterView(
                            label: $0.name, type: $0.storedType.description, defaultsToNil: !$0.required)
                    })
            }
        }
    }

    /// A body that can also be passed as fields must be passed when given whole: `send()` would
    /// otherwise be ambiguous.
    private var parameters: [ParameterView] {
        operation.fields.map { field in
            let defaulted = !field.required && (field.location != .body || operation.flattenedBody == nil)
            return ParameterView(
                label: field.name, unlabeled: field.unlabeled, type: field.storedType.description,
                defaultsToNil: defaulted)
        }
    }

    /// The overload that takes the body's fields as arguments and builds the body.
    struct Flattened: TemplateView {
        enum Key: String, CaseIterable { case signature, bodyType, bodyArguments, doc }
        let body: OperationDeclaration.FlattenedBody
        let fields: [OperationDeclaration.Field]
        /// This overload's doc comment: its own `- Parameters:`.
        var doc: [DocLineView] = []

        /// Required parameters, the body's fields, the optional parameters, then `clearing:`.
        var signature: [ParameterView] {
            var bodyFields = zip(
                ModelView.initParameters(
                    body.model, clearableType: body.type.name.map { $0.nested("Clearable") } ?? "Clearable"),
                body.labels
            )
            .map { parameter, label in
                var parameter = parameter
                parameter.label = label
                return parameter
            }
            let clearing = body.model.clearableProperties.isEmpty ? [] : [bodyFields.removeLast()]
            return OperationDeclaration.FlattenedBody.ordered(fields, bodyFields: bodyFields, clearing: clearing) {
                ParameterView(
                    label: $0.name, unlabeled: $0.unlabeled, type: $0.storedType.description,
                    defaultsToNil: !$0.required)
            }
        }

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .signature: return signature
            case .doc: return doc
            case .bodyType: return body.type.description
            case .bodyArguments:
                let clearing = body.model.clearableProperties.isEmpty ? [] : ["clearing"]
                return ArgumentView.list(
                    zip(body.model.initProperties.map(\.name) + clearing, body.labels).map { ($0, $1) })
            }
        }
    }

    /// The request statements' fields; a family member is reached through its family (`filter?.status`).
    private func fields(in location: OperationDeclaration.FieldLocation, viaJSON: Bool) -> [FieldView] {
        let families = Dictionary(
            operation.fields.filter { !$0.members.isEmpty }.map { ($0.wireName, $0) }, uniquingKeysWith: { a, _ in a })
        let leaves = location == .query ? operation.queryFields : operation.fields.filter { $0.location == location }
        return leaves.filter { $0.viaJSON == viaJSON }.map { field in
            FieldView(field: field, family: field.group.flatMap { families[$0] })
        }
    }

    private func paginationValue(_ key: Key) -> (any TemplateValue)? {
        guard case .paginate(let item, let style, let itemsKey) = operation.call else { return nil }
        switch key {
        case .isPaginated: return true
        case .itemType: return item.description
        case .paginationCase: return style.caseName
        case .paginationArguments: return ArgumentView.list(style.arguments.map { ($0.label, $0.value) })
        case .paginationHasArguments: return !style.arguments.isEmpty
        default: return SwiftLiteral.string(itemsKey)
        }
    }

    private func callValue(_ key: Key) -> (any TemplateValue)? {
        switch (operation.call, key) {
        case (.json, .isJSON), (.text, .isText), (.data, .isData), (.void, .isVoid): true
        case (.json(let type), .returnType): type.description
        case (.text, .returnType): "String"
        case (.data, .returnType): "Data"
        default: nil
        }
    }

    /// A parameter as a stored property, a call argument and a request statement.
    final class FieldView: TemplateView {
        enum Key: String, CaseIterable {
            case name, argumentLabel, type, key, explode, optional, labeled, doc, last, group, groupOptional
        }
        let field: OperationDeclaration.Field
        let last: Bool
        /// The family field a member is reached through.
        let family: OperationDeclaration.Field?

        init(field: OperationDeclaration.Field, last: Bool = false, family: OperationDeclaration.Field? = nil) {
            self.field = field
            self.last = last
            self.family = family
        }

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .name: field.name
            // Labels in a call need no backticks (`extension: \`extension\``).
            case .argumentLabel: SwiftNames.unescaped(field.name)
            case .type: field.storedType.description
            case .key: SwiftLiteral.string(field.wireName)
            case .explode: field.explode
            case .optional: !field.required
            case .labeled: field.location != .body
            case .doc: field.doc.lineViews
            case .last: last
            case .group: presentOrFalse(family?.name)
            case .groupOptional: family.map { !$0.required } ?? false
            }
        }

        static func list(_ fields: [OperationDeclaration.Field]) -> [FieldView] {
            fields.enumerated().map { FieldView(field: $0.element, last: $0.offset == fields.count - 1) }
        }
    }

    /// How the body goes into the request; each encoding is one template slot.
    struct BodyView: TemplateView {
        enum Key: String, CaseIterable {
            case optional, json, form, multipartFields, binaryContentType, textContentType
        }
        let encoding: OperationDeclaration.BodyEncoding
        let optional: Bool

        func value(_ key: Key) -> (any TemplateValue)? {
            switch (key, encoding) {
            case (.optional, _): optional
            case (.json, .json), (.form, .form): true
            case (.multipartFields, .multipart(let fields)): SwiftLiteral.stringArray(fields)
            case (.binaryContentType, .binary(let contentType)), (.textContentType, .text(let contentType)):
                SwiftLiteral.string(contentType)
            default: false
            }
        }
    }
}
