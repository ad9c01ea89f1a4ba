/// Follows the IR's `.reference` chains: the one place they are followed, by the IR builder
/// (through schemas still being translated) and by the renderers (through the finished model).
public struct TypeReferences: Sendable {
    /// A chain longer than this is treated as unresolvable (a cycle, or a spec no one should write).
    public static let maxHops = TypeDepth.limit

    private let schemas: [String: Schema]

    public init(schemas: [Schema]) {
        self.schemas = Dictionary(schemas.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The type `type`'s reference chain ends at, and whether a schema on the way allows `null`;
    /// nil when a name is unknown or the chain does not end within ``maxHops``.
    public func resolve(_ type: TypeRef) -> (type: TypeRef, nullable: Bool)? {
        Self.follow(type) { name in schemas[name].map { ($0.type, $0.nullable) } }
    }

    /// The object shape behind `type`, if it is one.
    public func objectShape(_ type: TypeRef?) -> ObjectShape? {
        guard let type, case .object(let shape)? = resolve(type)?.type else { return nil }
        return shape
    }

    /// The chain of `type` followed with `lookUp` (a schema name → its type and nullability).
    public static func follow(_ type: TypeRef, lookUp: (String) -> (type: TypeRef, nullable: Bool)?)
        -> (type: TypeRef, nullable: Bool)?
    {
        var current = type
        var nullable = false
        var hops = 0
        while case .reference(let name) = current {
            guard hops < maxHops, let next = lookUp(name) else { return nil }
            current = next.type
            nullable = nullable || next.nullable
            hops += 1
        }
        return (current, nullable)
    }
}
