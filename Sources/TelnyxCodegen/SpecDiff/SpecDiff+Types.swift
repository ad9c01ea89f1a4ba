import CodegenIR

/// The named schemas of one spec, for following `.reference` names.
struct SchemaTable {
    private let schemas: [String: Schema]

    init(_ model: APIModel) {
        var schemas: [String: Schema] = [:]
        for schema in model.schemas { schemas[schema.name] = schema }
        self.schemas = schemas
    }

    /// The type behind a chain of references, and whether a schema on the way allows `null`.
    func resolve(_ type: TypeRef) -> (type: TypeRef, nullable: Bool) {
        var current = type
        var nullable = false
        var seen: Set<String> = []
        while case .reference(let name) = current, seen.insert(name).inserted, let schema = schemas[name] {
            nullable = nullable || schema.nullable
            current = schema.type
        }
        return (current, nullable)
    }

    /// What the Swift type is, structurally: equal signatures are the same Swift shape (objects and
    /// enumerations are compared member by member, not here).
    func signature(_ type: TypeRef) -> String {
        switch resolve(type).type {
        case .primitive(let primitive, let format): TypeBrief.primitiveName(primitive, format: format)
        case .array(let element): "[\(signature(element))]"
        case .map(let value): "[string: \(signature(value))]"
        case .reference(let name): "unknown \(name)"
        case .object: "object"
        case .enumeration(let shape): "enum \(shape.kind.rawValue)"
        case .union(let shape): "union(" + shape.variants.map(signature).sorted().joined(separator: " | ") + ")"
        case .json: "json"
        case .null: "null"
        }
    }
}

/// Short type descriptions for change lines: `string`, `[Foo]`, `integer?`.
enum TypeBrief {
    static func describe(_ type: TypeRef, nullable: Bool = false) -> String {
        let text: String
        switch type {
        case .primitive(let primitive, let format): text = primitiveName(primitive, format: format)
        case .array(let element): text = "[\(describe(element))]"
        case .map(let value): text = "[string: \(describe(value))]"
        case .reference(let name): text = name
        case .object: text = "object"
        case .enumeration: text = "enum"
        case .union(let shape): text = shape.variants.map { describe($0) }.joined(separator: " | ")
        case .json: text = "json"
        case .null: text = "null"
        }
        return nullable ? text + "?" : text
    }

    static func primitiveName(_ primitive: Primitive, format: String?) -> String {
        format.map { "\(primitive.rawValue)(\($0))" } ?? primitive.rawValue
    }
}
