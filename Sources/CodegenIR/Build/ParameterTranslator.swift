import SpecReader

/// Translates parameter lists: `$ref`s to components/parameters, path-level parameters, and
/// object-typed `deepObject` parameters flattened into one parameter per leaf key.
struct ParameterTranslator {
    let context: BuildContext
    let schemas: SchemaTranslator

    /// Operation parameters override path-level ones with the same name and location.
    func parameters(pathLevel: [SpecNode], operationLevel: [SpecNode]) -> [Parameter] {
        var result: [Parameter] = []
        var seen: [String: Int] = [:]
        for node in pathLevel + operationLevel {
            for parameter in translate(node) {
                let key = parameter.location.rawValue + ":" + parameter.name
                if let at = seen[key] {
                    result[at] = parameter
                } else {
                    seen[key] = result.count
                    result.append(parameter)
                }
            }
        }
        return result
    }

    private func translate(_ reference: SpecNode) -> [Parameter] {
        guard let node = context.dereference(reference, expecting: "parameters") else { return [] }
        guard let name = node["name"]?.string, let placeText = node["in"]?.string else {
            context.error("a parameter needs 'name' and 'in'", at: node.location)
            return []
        }
        guard let place = Parameter.Location(rawValue: placeText) else {
            context.error("unknown parameter location '\(placeText)'", at: node["in"]!.location)
            return []
        }
        let style =
            node["style"]?.string.flatMap(Parameter.Style.init(rawValue:)) ?? (place == .query ? .form : .simple)
        let explode = node["explode"]?.bool ?? (style == .form)
        let required = place == .path || node["required"]?.bool == true
        let schemaNode = node["schema"] ?? node["content"]?.entries.first?.value["schema"]
        let translated =
            schemaNode.map(schemas.translate) ?? TranslatedType(type: .primitive(.string, format: nil), nullable: false)
        let base = Parameter(
            name: name, location: place, required: required, type: translated.type, nullable: translated.nullable,
            style: style, explode: explode, deprecated: node["deprecated"]?.bool == true,
            description: node["description"]?.string ?? schemaNode.flatMap(schemas.describe),
            example: node["example"].flatMap { schemas.jsonValue($0, role: "example") }
                ?? schemaNode.flatMap(schemas.example),
            defaultValue: schemaNode?["default"].flatMap { schemas.jsonValue($0, role: "default") },
            extendedFormat: node["x-format"]?.string ?? schemaNode?["x-format"]?.string)
        guard style == .deepObject else { return [base] }
        return flatten(base, depth: 0)
    }

    /// `page: {number, size}` becomes `page[number]` and `page[size]`; maps and free-form values stay whole.
    private func flatten(_ parameter: Parameter, depth: Int) -> [Parameter] {
        guard depth < 4, let shape = objectShape(parameter.type) else { return [parameter] }
        var result: [Parameter] = []
        for property in shape.properties {
            var leaf = parameter
            leaf.name = "\(parameter.name)[\(property.name)]"
            leaf.type = property.type
            leaf.nullable = property.nullable
            leaf.required = parameter.required && property.required
            leaf.description = property.description
            leaf.example = property.example
            leaf.defaultValue = property.defaultValue
            leaf.extendedFormat = property.extendedFormat
            leaf.deprecated = property.deprecated
            result += flatten(leaf, depth: depth + 1)
        }
        if let extra = shape.additionalProperties {
            var rest = parameter
            rest.type = .map(extra)
            rest.required = false
            result.append(rest)
        }
        return result
    }

    private func objectShape(_ type: TypeRef) -> ObjectShape? {
        guard case .object(let shape)? = schemas.follow(type)?.type else { return nil }
        return shape
    }
}
