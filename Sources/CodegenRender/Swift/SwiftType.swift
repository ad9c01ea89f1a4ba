/// A Swift type expression, built once from the IR's `TypeRef` by ``DeclarationBuilder`` and
/// written as text in one place (``description``): nothing reads a type back from its text.
indirect enum SwiftType: Sendable, Hashable, CustomStringConvertible {
    /// A named type, qualified where it is nested: `String`, `MessagingProfile.WebhookAPIVersion`.
    case named(QualifiedName)
    /// `[Element]`.
    case array(SwiftType)
    /// `[String: Value]`.
    case dictionary(SwiftType)
    /// `Wrapped?`.
    case optional(SwiftType)
    /// A generic runtime type applied to one argument: `DataEnvelope<MessagingProfile>`.
    case generic(String, SwiftType)

    static let string = SwiftType.named("String")
    static let data = SwiftType.named("Data")
    static let json = SwiftType.named("JSONValue")

    var description: String {
        switch self {
        case .named(let name): name.description
        case .array(let element): "[\(element)]"
        case .dictionary(let value): "[String: \(value)]"
        case .optional(let wrapped): "\(wrapped)?"
        case .generic(let name, let argument): "\(name)<\(argument)>"
        }
    }

    /// The name of a named type; nil for arrays, dictionaries and optionals.
    var name: QualifiedName? {
        if case .named(let name) = self { name } else { nil }
    }

    /// Whether the type is `type` or holds it (`[JSONValue]`, `DataEnvelope<JSONValue>?`).
    func contains(_ type: SwiftType) -> Bool {
        if self == type { return true }
        switch self {
        case .named: return false
        case .array(let inner), .dictionary(let inner), .optional(let inner), .generic(_, let inner):
            return inner.contains(type)
        }
    }

    /// The element of an array type.
    var element: SwiftType? {
        if case .array(let element) = self { element } else { nil }
    }

    /// The type's last name component (`WebhookAPIVersion`), for naming what holds it.
    var simpleName: String? {
        name?.simpleName
    }
}
