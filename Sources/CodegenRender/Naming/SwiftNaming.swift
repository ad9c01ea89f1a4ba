import CodegenIR

/// The naming pass: one value per model that decides the Swift names of the client's resources,
/// schemas and methods, and holds the rules that name what is declared inside them (members, enum
/// cases, nested types). The Swift client, the skill documents, the testing library and the
/// collision warnings all take their names from one instance, so no two places can disagree.
public struct SwiftNaming: Sendable {
    /// The client's resources and their type names (`MessagingProfilesResource`).
    let resources: ResourceTree
    /// The schemas' type names and the names taken at the top level; nested names are added to a
    /// copy while the declarations are built (``TypeNames/nestedName(_:in:suffix:)``).
    let types: TypeNames
    /// Operation id → the Swift name of its method.
    let methods: [String: String]

    public init(model: APIModel) {
        resources = ResourceTree(operations: model.operations)
        types = TypeNames(schemas: model.schemas, resourceTypeNames: resources.resourceTypeNames)
        var methods: [String: String] = [:]
        for operation in model.operations {
            guard let node = resources.node(operation.resourcePath) else { continue }
            methods[operation.id] = Self.methodName(operation.methodName, children: node.children)
        }
        self.methods = methods
    }

    /// A method whose name a child resource already takes gets the ``NameSuffix/method`` suffix.
    static func methodName(_ name: String, children: [String]) -> String {
        let method = SwiftNames.methodName(name)
        return children.contains(name) ? SwiftNames.unescaped(method) + NameSuffix.method : method
    }

    /// One member's name: what its spec name spells in Swift, and what it got.
    struct Member: Equatable {
        var wanted: String
        var given: String
    }

    /// Names for members declared in order (an object's properties, an enum's cases), from the
    /// names their spec names spell in Swift: ``NameSuffix/value`` added to a name the type itself
    /// declares (`reserved`), then a number while an earlier member holds it.
    static func members(_ spelled: [String], reserved: Set<String>) -> [Member] {
        var taken = reserved
        return spelled.map { spelling in
            let name = SwiftNames.avoiding(spelling, reserved)
            let given = SwiftNames.unique(name, in: taken)
            taken.insert(given)
            return Member(wanted: name, given: given)
        }
    }

    /// The Swift names of an object's properties, in order.
    static func properties(_ wireNames: [String]) -> [Member] {
        members(wireNames.map { SwiftNames.memberName($0) }, reserved: ModelMembers.reserved)
    }

    /// The Swift names of an enum's cases, in order.
    static func cases(_ values: [String]) -> [Member] {
        members(values.map(SwiftNames.caseName), reserved: EnumMembers.reserved)
    }
}

/// What the naming rules add to a name, each for one reason. A suffix for a collision is added only
/// when the name is taken and does not already end with it (no `StatusValueValue`), then a number.
enum NameSuffix {
    /// Every resource type: `client.messages` is a `MessagesResource`.
    static let resource = "Resource"
    /// The testing library's namespace of a resource's operations (`MessagesOperations`).
    static let operations = "Operations"
    /// A method named like a child resource of its own resource.
    static let method = "Method"
    /// A schema named like a type of Swift, Foundation or the runtime (`Error` → `ErrorModel`).
    static let reservedType = "Model"
    /// An operation's parameters type (`SendParameters`), and the suffix when that name is taken.
    static let parameters = "Parameters"
    static let parametersCollision = "Type"
    /// A query family's type whose name is taken (`Filter` → `FilterGroup`).
    static let queryFamily = "Group"
    /// A nested object, enum or union type whose name is taken.
    static let object = "Object"
    static let enumeration = "Value"
    static let union = "Union"
    /// A member or case named like one the generated type declares itself (`rawValue` → `rawValueValue`).
    static let value = "Value"
    /// The suggested names of array elements and dictionary values written in place (`ToolsItem`, `TagsValue`).
    static let arrayElement = "Item"
    static let dictionaryValue = "Value"
    /// A union's case for an array of a variant (`stringArray`).
    static let arrayCase = "Array"
}
