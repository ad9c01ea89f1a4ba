import CodegenIR

/// The parameter table of one operation, read from the IR: path, query, header and top-level body
/// fields.
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
