/// The members a union shares: properties every variant model has under the same wire name, Swift
/// name and type, so `response.data?.id` reads without a `switch`.
enum UnionMembers {
    static func common(_ union: UnionDeclaration, in surface: APISurface) -> [SwiftProperty] {
        let models = union.variants.compactMap { surface.model($0.type) }
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
}
