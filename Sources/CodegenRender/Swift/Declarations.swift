import CodegenIR

/// A Swift type declaration the renderer will write: what it is, where it lives and what it holds.
/// Built by ``DeclarationBuilder`` from the IR; turned into text by the templates.
struct SwiftDeclaration: Sendable {
    enum Kind: Sendable {
        case model(ModelDeclaration)
        case enumeration(EnumDeclaration)
        case union(UnionDeclaration)
        case alias(target: SwiftType)
    }

    /// The simple name (`WebhookAPIVersion`).
    var name: String
    /// The enclosing type's qualified name, or nil at the top level (`MessagingProfile`).
    var parent: QualifiedName?
    var doc: DocComment
    var kind: Kind

    /// `MessagingProfile.WebhookAPIVersion`.
    var qualifiedName: QualifiedName { parent?.nested(name) ?? QualifiedName(name) }
}

extension SwiftDeclaration.Kind {
    var model: ModelDeclaration? {
        if case .model(let model) = self { model } else { nil }
    }
}

struct ModelDeclaration: Sendable {
    let properties: [SwiftProperty]
    /// Used in requests: gets a memberwise initializer (and its properties stay optional).
    let buildable: Bool
    /// The parameters of the memberwise initializer, in order: required first, then the fields the
    /// spec's example sets (in the example's order), then the rest (in spec order). Every call site
    /// (the model template, the flattened resource methods, the skill examples) uses this order.
    let initProperties: [SwiftProperty]
    /// The optional fields the API lets a request set to `null`: the initializer's `clearing:` list.
    let clearableProperties: [SwiftProperty]
    /// Every member, those decoding checks (required, not nullable) first: the model's
    /// `schemaMembers`, which `validate()` checks.
    let schemaMembers: [SwiftProperty]
    /// The spec allows members it does not list (`additionalProperties`).
    let allowsUnlistedMembers: Bool
    /// The runtime's generic type this model is written as, by a type alias: a response whose only
    /// member is `data` (`DataEnvelope<MessagingProfile>`); nil for a model declared in full.
    let envelope: SwiftType?

    /// `exampleOrder`: the wire names the schema's example uses, in its order; `holdsNestedTypes`:
    /// types were declared inside this one (so it cannot be a type alias).
    init(
        properties: [SwiftProperty], buildable: Bool, exampleOrder: [String] = [], holdsNestedTypes: Bool = false,
        allowsUnlistedMembers: Bool = false
    ) {
        self.properties = properties
        self.allowsUnlistedMembers = allowsUnlistedMembers
        self.buildable = buildable
        let settable = properties.filter { !$0.readOnly }
        let optional = settable.filter { !$0.required }
        let position = Dictionary(exampleOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let exemplified = optional.filter { position[$0.wireName] != nil }.sorted {
            position[$0.wireName, default: 0] < position[$1.wireName, default: 0]
        }
        initProperties = settable.filter(\.required) + exemplified + optional.filter { position[$0.wireName] == nil }
        clearableProperties = buildable ? initProperties.filter { $0.nullable && !$0.required } : []
        schemaMembers = properties.filter(\.decodedAsRequired) + properties.filter { !$0.decodedAsRequired }
        envelope = buildable || holdsNestedTypes ? nil : Self.envelope(properties)
    }

    /// `DataEnvelope<T>` (or `RequiredDataEnvelope<T>` when decoding checks `data`) for a response
    /// whose only member is `data`.
    private static func envelope(_ properties: [SwiftProperty]) -> SwiftType? {
        guard properties.count == 1, let data = properties.first, data.wireName == "data", data.name == "data" else {
            return nil
        }
        return .generic(data.decodedAsRequired ? "RequiredDataEnvelope" : "DataEnvelope", data.type)
    }
}

/// A property of a generated model.
struct SwiftProperty: Sendable {
    /// The Swift name, escaped when it is a keyword.
    var name: String
    var wireName: String
    /// The Swift type without optionality (`String`, `[MessagingProfile]`).
    var type: SwiftType
    var required: Bool
    var nullable: Bool
    var readOnly: Bool
    var doc: DocComment
    /// The spec's example.
    var example: SpecJSON? = nil
    /// What a method's doc comment says of it, where a method takes it as an argument.
    var facts: ArgumentFacts? = nil

    /// Decoding checks this member (required, not nullable), so reading it cannot fail.
    var decodedAsRequired: Bool { required && !nullable }
}

struct EnumDeclaration: Sendable {
    struct Case: Sendable {
        var name: String
        /// The raw value as a Swift literal (`"long-code"`, `1`, `true`).
        var literal: String
        /// For mixed enums: the JSON value as written in the spec, as the `JSONValue` case and its
        /// literal (`integer`, `1`; `string`, `"2010-04-01"`).
        var json: (kind: String, literal: String)
    }

    /// `String`, `Int`, `Double` or `Bool`.
    var rawType: String
    var cases: [Case]
    /// Strings and numbers together: decoded leniently, re-encoded as listed.
    var mixed: Bool
}

struct UnionDeclaration: Sendable {
    struct Variant: Sendable {
        var caseName: String
        var type: SwiftType
        /// The variant in the IR.
        var ir: TypeRef
        /// Discriminator values that select this variant.
        var discriminatorValues: [String]
        /// The literal this variant can be written as, when its type is a plain scalar or array.
        var literal: Literal? = nil
    }

    /// A Swift literal protocol a union conforms to through one of its variants.
    enum Literal: Sendable, Equatable {
        case string, integer, float, boolean
        /// An array literal of the element type.
        case array(element: SwiftType)

        var protocolName: String {
            switch self {
            case .string: "ExpressibleByStringLiteral"
            case .integer: "ExpressibleByIntegerLiteral"
            case .float: "ExpressibleByFloatLiteral"
            case .boolean: "ExpressibleByBooleanLiteral"
            case .array: "ExpressibleByArrayLiteral"
            }
        }
    }

    var variants: [Variant]
    var discriminator: String?
    /// How the variants are told apart when there is no discriminator.
    var fit: UnionFit?
}
