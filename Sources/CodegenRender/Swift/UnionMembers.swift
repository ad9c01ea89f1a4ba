/// The members a union shares: properties every variant model has under the same wire name, Swift
/// name and type, so `response.data?.id` reads without a `switch`.
enum UnionMembers {
    static func common(_ union: UnionDeclaration, in declarations: [String: SwiftDeclaration]) -> [SwiftProperty] {
        let models = union.variants.compactMap { model(named: $0.type, in: declarations) }
        guard let first = models.first, models.count == union.variants.count else { return [] }
        let taken = Set(union.variants.map(\.caseName)).union(["json", "unknown", "init"])
        return first.properties.filter { property in
            !taken.contains(property.name)
                && models.allSatisfy { other in
                    other.properties.contains {
                        $0.wireName == property.wireName && $0.name == property.name && $0.type == property.type
                    }
                }
        }
    }

    /// The model declared as `name`, through aliases.
    private static func model(named type: SwiftType, in declarations: [String: SwiftDeclaration], depth: Int = 0)
        -> ModelDeclaration?
    {
        guard depth < 8, let name = type.name, let declaration = declarations[name] else { return nil }
        switch declaration.kind {
        case .model(let model): return model
        case .alias(let target): return self.model(named: target, in: declarations, depth: depth + 1)
        default: return nil
        }
    }
}
