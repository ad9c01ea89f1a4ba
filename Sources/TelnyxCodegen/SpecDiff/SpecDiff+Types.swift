import CodegenIR
import CodegenRender

/// The named schemas of one spec, for following `.reference` names (with the IR's one resolver).
struct SchemaTable {
    private let references: TypeReferences

    init(_ model: APIModel) {
        references = TypeReferences(schemas: model.schemas)
    }

    /// The type behind a chain of references, and whether a schema on the way allows `null`; a
    /// chain that does not resolve (not in a model that built) stays the reference.
    func resolve(_ type: TypeRef) -> (type: TypeRef, nullable: Bool) {
        references.resolve(type) ?? (type, false)
    }

    /// A union variant as a change line names it: its schema's name, or for an inline object its
    /// members (`object(function, type)`), else its signature.
    func variantName(_ type: TypeRef) -> String {
        if case .reference(let name) = type { return name }
        if case .object(let shape) = type {
            return "object(" + shape.properties.map(\.name).sorted().joined(separator: ", ") + ")"
        }
        return signature(type)
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

/// Short type descriptions for change lines, spelled as the Swift client spells them: `String`,
/// `[MessagingProfile]`, `Int?`, `Date` (a `date-time` string).
enum TypeBrief {
    static func describe(_ type: TypeRef, nullable: Bool = false) -> String {
        let text: String
        switch type {
        case .primitive(let primitive, let format): text = swiftName(primitive, format: format)
        case .array(let element): text = "[\(describe(element))]"
        case .map(let value): text = "[String: \(describe(value))]"
        case .reference(let name): text = SwiftNames.typeName(name)
        case .object: text = "object"
        case .enumeration: text = "enum"
        case .union(let shape): text = shape.variants.map { describe($0) }.joined(separator: " | ")
        case .json: text = "JSONValue"
        case .null: text = "null"
        }
        return nullable ? text + "?" : text
    }

    /// The Swift scalar of a primitive: `Date` for a `date-time` string, `Int`, `Double`, `Bool`.
    static func swiftName(_ primitive: Primitive, format: String?) -> String {
        switch primitive {
        case .string: format == "date-time" ? "Date" : "String"
        case .integer: "Int"
        case .number: "Double"
        case .boolean: "Bool"
        }
    }

    /// The spec's name of a primitive and its format, for comparing shapes: `string(uuid)`.
    static func primitiveName(_ primitive: Primitive, format: String?) -> String {
        format.map { "\(primitive.rawValue)(\($0))" } ?? primitive.rawValue
    }
}
