import CodegenIR

/// The tables of one operation, read from the IR: its parameters (path, query, header and top-level
/// body fields) and the schema of what it returns.
struct SkillFacts: Sendable {
    let notation: TypeNotation

    struct ParameterRow: Sendable {
        var name: String
        var type: String
        var required: Bool
        var description: String
        /// A top-level field of the request body (not a path, query or header parameter).
        var inBody = false
        /// The wire name when ``name`` became the Swift label.
        var wireName: String? = nil
    }

    struct ResponseSchema: Sendable {
        /// The schema name, or a name made from the operation for in-place types.
        var name: String
        /// Fields, required first, each group in alphabetical order.
        var fields: [(name: String, type: String)]
    }

    /// Required parameters first, then optional ones, each group in spec order; a body field is
    /// required when the body schema requires it (even if the body itself is optional). Read-only body
    /// fields are left out: the client cannot send them.
    func parameters(_ operation: Operation) -> [ParameterRow] {
        var rows: [ParameterRow] = []
        for parameter in operation.parameters {
            rows.append(
                ParameterRow(
                    name: parameter.name,
                    type: notation.parameterType(
                        parameter.type, nullable: parameter.nullable, extendedFormat: parameter.extendedFormat),
                    required: parameter.required || parameter.location == .path,
                    description: TypeNotation.shortDescription(parameter.description)))
        }
        if let body = operation.requestBody, let content = body.contents.first {
            if let schema = content.schema, let shape = notation.objectShape(schema) {
                for property in shape.properties where !property.readOnly {
                    rows.append(
                        ParameterRow(
                            name: property.name,
                            type: notation.parameterType(
                                property.type, nullable: property.nullable, extendedFormat: property.extendedFormat),
                            required: property.required,
                            description: TypeNotation.shortDescription(property.description), inBody: true))
                }
            } else {
                let type = content.schema.map { notation.parameterType($0) } ?? content.contentType
                rows.append(
                    ParameterRow(
                        name: "body", type: type, required: body.required,
                        description: TypeNotation.shortDescription(body.description)))
            }
        }
        return rows.filter(\.required) + rows.filter { !$0.required }
    }

    /// The schema of the returned `data` (or of each item of a paged list; or the whole response
    /// when it has no `data`).
    func response(_ operation: Operation) -> ResponseSchema? {
        var type: TypeRef?
        if let pagination = operation.pagination {
            type = pagination.itemType
        } else if let content = operation.successResponse?.contents.first(where: { $0.kind == .json }),
            let schema = content.schema
        {
            type = schema
            if let data = notation.objectShape(schema)?.properties.first(where: { $0.name == "data" }) {
                type = data.type
                if case .array(let element) = notation.resolve(data.type).type { type = element }
            }
        }
        guard let type, let shape = notation.objectShape(type) else { return nil }
        let name: String
        if case .reference(let schema) = type { name = schema } else { name = operation.id + "Response" }
        let sorted = shape.properties.sorted { $0.name < $1.name }
        let fields = (sorted.filter(\.required) + sorted.filter { !$0.required }).map {
            (name: $0.name, type: notation.responseType($0.type, nullable: $0.nullable))
        }
        return ResponseSchema(name: name, fields: fields)
    }

    /// True when a request field is a phone number (E.164 format or a phone-number name).
    func hasPhoneNumberFields(_ operation: Operation) -> Bool {
        var names = operation.parameters.map { ($0.name, $0.extendedFormat) }
        if let schema = operation.requestBody?.contents.first?.schema, let shape = notation.objectShape(schema) {
            names += shape.properties.map { ($0.name, $0.extendedFormat) }
        }
        return names.contains { name, format in
            (format ?? "").contains("164") || name.contains("phone_number") || name == "to" || name == "from"
        }
    }
}
