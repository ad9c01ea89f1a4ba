import CodegenIR
import Foundation

/// A JSON value that fits a schema, for operations and webhooks whose spec gives no example:
/// members take their spec `example` (or `default`) where they have one, enums their first value,
/// unions their first branch (with its discriminator value), strings a value of their format.
/// Objects list their required members and every member that has an example, and near the top
/// (the envelope, the model and its nested objects) every member, so the client's typed properties
/// have something to read. Arrays get one item.
struct ExampleSynthesizer {
    let schemas: [String: Schema]
    /// The named schemas' own examples that the client can decode (``ExampleFit``).
    let fittingExamples: [String: SpecJSON]
    let fit: ExampleFit
    /// Whether a member's example fits its type, worked out once per example and type: shared
    /// schemas are synthesized again for every operation that returns them.
    private let memberFits = FitCache()
    /// Objects deeper than this list only their required and exemplified members.
    static let fullDepth = 3
    /// Nesting stops here (references that come back around end as `{}`).
    static let maxDepth = 12

    init(model: APIModel) {
        var byName: [String: Schema] = [:]
        for schema in model.schemas { byName[schema.name] = schema }
        schemas = byName
        fit = ExampleFit(schemas: byName)
        var fitting: [String: SpecJSON] = [:]
        for schema in model.schemas {
            if let example = schema.example, fit.problem(example, schema.type) == nil { fitting[schema.name] = example }
        }
        fittingExamples = fitting
    }

    /// The spec's example for `type` (`given`, else the example of the schema it names) when the
    /// client can decode it, else a synthesized value.
    func example(_ type: TypeRef, given: SpecJSON? = nil) -> (json: SpecJSON, fromSpec: Bool) {
        if let given, fit.problem(given, type) == nil { return (given, true) }
        if case .reference(let name) = type, let example = fittingExamples[name] { return (example, true) }
        return (value(type, depth: 0, visiting: []), false)
    }

    private func fits(_ example: SpecJSON, _ type: TypeRef) -> Bool {
        let key = FitCache.Key(example: example, type: type)
        if let known = memberFits.value(key) { return known }
        let result = fit.problem(example, type) == nil
        memberFits.store(key, result)
        return result
    }

    func value(_ type: TypeRef, depth: Int, visiting: Set<String>) -> SpecJSON {
        switch type {
        case .primitive(let primitive, let format): return Self.primitive(primitive, format: format)
        case .array(let item):
            guard depth < Self.maxDepth else { return .array([]) }
            return .array([value(item, depth: depth + 1, visiting: visiting)])
        case .map, .json: return .object([])
        case .null: return .null
        case .reference(let name):
            guard let schema = schemas[name], !visiting.contains(name), depth < Self.maxDepth else {
                return .object([])
            }
            if let example = fittingExamples[name], depth > 0 { return example }
            return value(schema.type, depth: depth, visiting: visiting.union([name]))
        case .object(let shape): return object(shape, depth: depth, visiting: visiting)
        case .enumeration(let shape):
            return shape.values.first.map(Self.literal) ?? .null
        case .union(let shape): return union(shape, depth: depth, visiting: visiting)
        }
    }

    private func object(_ shape: ObjectShape, depth: Int, visiting: Set<String>) -> SpecJSON {
        var members: [SpecJSON.Member] = []
        for property in shape.properties where !property.writeOnly {
            // A member's own example where it fits its type (the spec has some that do not:
            // `phone_number_type: "local"` for an array of strings).
            if let example = property.example ?? property.defaultValue, fits(example, property.type) {
                members.append(.init(property.name, example))
            } else if property.required || depth < Self.fullDepth {
                members.append(.init(property.name, value(property.type, depth: depth + 1, visiting: visiting)))
            }
        }
        return .object(members)
    }

    private func union(_ shape: UnionShape, depth: Int, visiting: Set<String>) -> SpecJSON {
        guard let variant = shape.variants.first(where: { $0 != .null }) else { return .null }
        let json = value(variant, depth: depth, visiting: visiting)
        guard let discriminator = shape.discriminator, case .reference(let name) = variant,
            json != fittingExamples[name]  // the spec's own example stays as the spec writes it
        else { return json }
        let tag = discriminator.mapping.first { $0.schema == name }?.value ?? name
        return json.tagged(discriminator.propertyName, tag)
    }

    static func literal(_ value: EnumValue) -> SpecJSON {
        switch value {
        case .string(let text): .string(text)
        case .integer(let number): .integer(number)
        case .number(let number): .number(String(number))
        case .boolean(let flag): .bool(flag)
        }
    }

    /// A value of the primitive's format (`date-time`, `uuid`, `uri`, `email`, ...).
    static func primitive(_ primitive: Primitive, format: String?) -> SpecJSON {
        switch primitive {
        case .integer: return .integer(1)
        case .number: return .number("1.5")
        case .boolean: return .bool(true)
        case .string:
            switch format {
            case "date-time": return .string("2026-01-15T10:30:00Z")
            case "date": return .string("2026-01-15")
            case "uuid": return .string("3fa85f64-5717-4562-b3fc-2c963f66afa6")
            case "uri", "url": return .string("https://example.com/webhooks")
            case "email": return .string("user@example.com")
            case "binary", "byte": return .string("")
            default: return .string("string")
            }
        }
    }
}

/// Remembered answers of ``ExampleFit``, shared by the threads that synthesize examples.
private final class FitCache: @unchecked Sendable {
    struct Key: Hashable {
        var example: SpecJSON
        var type: TypeRef
    }

    private let lock = NSLock()
    private var answers: [Key: Bool] = [:]

    func value(_ key: Key) -> Bool? { lock.withLock { answers[key] } }
    func store(_ key: Key, _ value: Bool) { lock.withLock { answers[key] = value } }
}
