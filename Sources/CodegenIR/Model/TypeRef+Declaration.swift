/// What kind of named type a schema is, in any target language: an object, an enumeration, a
/// union of several variants, or another name for a type. The IR's cycle check and the renderers
/// both read it, so they agree on which types can hold themselves.
public enum DeclarationKind: Sendable, Hashable {
    /// An object with members: it holds them as JSON, not by value, so it may refer to itself.
    case model
    case enumeration
    /// One of several variants: holds the variant it is by value.
    case union
    /// Another name for a type (`[A]`, a scalar, a reference): may not refer to itself at all.
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
