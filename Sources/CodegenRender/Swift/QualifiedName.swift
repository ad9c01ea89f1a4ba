/// A Swift type's name with the names of the types it is nested in (`MessagingProfile.WebhookAPIVersion`),
/// kept as components: nothing splits a dotted name to find its parts. Written as text only by
/// ``description``.
struct QualifiedName: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The outermost type first; never empty, no component contains a dot.
    let components: [String]

    /// A top-level name (`MessagingProfile`, `String`).
    init(_ name: String) {
        assert(!name.contains("."), "a component of a qualified name: \(name)")
        components = [name]
    }

    init(stringLiteral name: String) {
        self.init(name)
    }

    private init(components: [String]) {
        self.components = components
    }

    /// The type `name` nested in this one.
    func nested(_ name: String) -> QualifiedName {
        assert(!name.contains("."), "a component of a qualified name: \(name)")
        return QualifiedName(components: components + [name])
    }

    /// The last component (`WebhookAPIVersion`).
    var simpleName: String { components[components.count - 1] }

    /// The enclosing type; nil at the top level.
    var parent: QualifiedName? {
        components.count > 1 ? QualifiedName(components: Array(components.dropLast())) : nil
    }

    var description: String { components.joined(separator: ".") }

    /// The order of the written names.
    static func < (lhs: QualifiedName, rhs: QualifiedName) -> Bool { lhs.description < rhs.description }
}
