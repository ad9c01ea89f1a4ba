import TelnyxRuntime

/// Checks a JSON value against a schema of the catalog: required members, `null` only where the
/// spec allows it, JSON types, enum values, and unions (some branch must fit). Extra members are
/// allowed, as the API allows them.
///
/// Schemas are the generator's compact form: `{"type": "string"}`, `{"type": "array", "items": S}`,
/// `{"type": "object", "properties": {...}, "required": [...], "nullable": [...]}`, `{"ref": "Name"}`,
/// `{"enum": [...], "nullable": true}`, `{"oneOf": [S, ...]}`, `{}` (anything).
struct SchemaValidator {
    let schemas: [String: (schema: JSONValue, nullable: Bool)]
    /// Checks a response: an object's required members are its `responseRequired` where the
    /// catalog gives them (read-only members count, write-only ones do not).
    var checksResponse = false

    /// The violations of `value` at `path` (`body`, `body.to`, `query filter[status]`).
    func violations(of value: JSONValue, against schema: JSONValue, at path: String, depth: Int = 0) -> [String] {
        guard depth < 64 else { return [] }
        if let name = schema["ref"]?.stringValue {
            guard let named = schemas[name] else { return [] }
            if value.isNull { return named.nullable ? [] : ["\(path): must not be null"] }
            return violations(of: value, against: named.schema, at: path, depth: depth + 1)
        }
        if let variants = schema["oneOf"]?.arrayValue {
            let results = variants.map { violations(of: value, against: $0, at: path, depth: depth + 1) }
            if results.contains(where: \.isEmpty) { return [] }
            return ["\(path): fits none of the \(variants.count) allowed shapes (\(results.first?.first ?? ""))"]
        }
        if let allowed = schema["enum"]?.arrayValue {
            if value.isNull { return schema["nullable"]?.boolValue == true ? [] : ["\(path): must not be null"] }
            if allowed.contains(where: { Self.same($0, value) }) { return [] }
            let list = allowed.map { $0.stringValue ?? $0.description }.joined(separator: ", ")
            return ["\(path): \(value) is not one of \(list)"]
        }
        guard let type = schema["type"]?.stringValue else { return [] }
        return violations(of: value, type: type, schema: schema, at: path, depth: depth)
    }

    private func violations(of value: JSONValue, type: String, schema: JSONValue, at path: String, depth: Int)
        -> [String]
    {
        switch (type, value) {
        case ("string", .string), ("boolean", .bool), ("integer", .integer), ("number", .integer),
            ("number", .number), ("null", .null):
            return []
        case ("integer", .number(let number)) where number.value.rounded() == number.value:
            return []
        case ("array", .array(let items)):
            guard let itemSchema = schema["items"] else { return [] }
            return items.enumerated().flatMap { index, item in
                violations(of: item, against: itemSchema, at: "\(path)[\(index)]", depth: depth + 1)
            }
        case ("object", .object(let members)):
            return objectViolations(members, schema: schema, at: path, depth: depth)
        case (_, .null):
            return ["\(path): must not be null"]
        default:
            return ["\(path): expected \(type), got \(value.typeName)"]
        }
    }

    private func objectViolations(_ members: [String: JSONValue], schema: JSONValue, at path: String, depth: Int)
        -> [String]
    {
        var result: [String] = []
        let required = (checksResponse ? schema["responseRequired"] : nil) ?? schema["required"]
        for case .string(let name) in required?.arrayValue ?? [] where members[name] == nil {
            result.append("\(path).\(name): required member is missing")
        }
        let nullable = Set((schema["nullable"]?.arrayValue ?? []).compactMap(\.stringValue))
        let properties = schema["properties"]?.objectValue ?? [:]
        for (name, value) in members.sorted(by: { $0.key < $1.key }) {
            let memberPath = "\(path).\(name)"
            if value.isNull && nullable.contains(name) { continue }
            if let propertySchema = properties[name] ?? schema["additionalProperties"] {
                result += violations(of: value, against: propertySchema, at: memberPath, depth: depth + 1)
            }
        }
        return result
    }

    /// Enum values compare by value: `1` and `1.0` are the same number.
    private static func same(_ allowed: JSONValue, _ value: JSONValue) -> Bool {
        if let a = allowed.doubleValue, let b = value.doubleValue, allowed.stringValue == nil, value.stringValue == nil
        {
            return a == b
        }
        return allowed == value
    }
}
