/// What Swift declaration a named schema of a given type becomes; the renderer and the IR's cycle
/// check both read it, so they agree on which types can hold themselves.
public enum DeclarationKind: Sendable, Hashable {
    /// A struct over the decoded JSON: it stores nothing by value, so it may refer to itself.
    case model
    case enumeration
    /// An enum with one case per variant: holds its variants by value.
    case union
    /// A type alias: may not refer to itself at all, not even through `[...]`.
    case alias
}

extension UnionShape {
    /// The variants other than `null`.
    public var significantVariants: [TypeRef] { variants.filter { $0 != .null } }
}

extension TypeRef {
    public var declarationKind: DeclarationKind {
        switch self {
        case .object(let shape) where !shape.properties.isEmpty: .model
        case .enumeration(let shape) where !shape.values.isEmpty: .enumeration
        case .union(let shape) where shape.significantVariants.count > 1: .union
        default: .alias
        }
    }
}
