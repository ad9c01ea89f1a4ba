import CodegenIR

/// Every top-level Swift type name of the generated module, and the names taken inside each type.
/// Nested names never equal a top-level name, so a qualified reference such as
/// `MessagingProfile.WebhookAPIVersion` can never be shadowed inside another type.
struct TypeNames {
    /// Schema name → Swift type name.
    private(set) var schemaTypes: [String: String] = [:]
    private(set) var topLevel: Set<String>
    private var takenInside: [QualifiedName: Set<String>] = [:]

    /// Schemas that did not get the name they spell: the name was taken by a type the client
    /// declares or by an earlier schema (in name order), so a number was added.
    private(set) var renamed: [(schema: Schema, wanted: String, given: String)] = []

    /// Names the generated module declares or uses besides schemas.
    static let fixed: Set<String> = ["TelnyxClient", "WebhookEvent", "WebhooksResource"]

    init(schemas: [Schema], resourceTypeNames: [String]) {
        topLevel = SwiftNames.reservedTypeNames.union(Self.fixed).union(resourceTypeNames)
        for schema in schemas {
            let wanted = SwiftNames.typeName(schema.name)
            let name = SwiftNames.unique(wanted, in: topLevel)
            if name != wanted { renamed.append((schema, wanted, name)) }
            schemaTypes[schema.name] = name
            topLevel.insert(name)
        }
    }

    /// The Swift type of the component schema `name` (a dangling name maps to `JSONValue`).
    func typeName(ofSchema name: String) -> String {
        schemaTypes[name] ?? "JSONValue"
    }

    /// A fresh name for a type nested in `parent`: `suggested` in UpperCamelCase, with `suffix`
    /// (unless it already ends with it: no `ValueValue`) and then a number added while it collides
    /// with a top-level name, a sibling or the parent's own name.
    mutating func nestedName(_ suggested: String, in parent: QualifiedName, suffix: String) -> String {
        var taken = takenInside[parent, default: []]
        let parentName = parent.simpleName
        let topLevel = self.topLevel
        let clashes = { (name: String) in topLevel.contains(name) || taken.contains(name) || name == parentName }
        var name = SwiftNames.plainTypeName(suggested)
        if clashes(name) && !name.hasSuffix(suffix) {
            name += suffix
        }
        if clashes(name) {
            var number = 2
            while clashes("\(name)\(number)") { number += 1 }
            name = "\(name)\(number)"
        }
        taken.insert(name)
        takenInside[parent] = taken
        return name
    }

    /// A fresh top-level name for a type that cannot nest (beside a type alias).
    mutating func topLevelName(_ suggested: String) -> String {
        let name = SwiftNames.unique(SwiftNames.typeName(suggested), in: topLevel)
        topLevel.insert(name)
        return name
    }

    /// Marks `name` as used inside `parent` (for members declared by hand in templates).
    mutating func reserve(_ name: String, in parent: QualifiedName) {
        takenInside[parent, default: []].insert(name)
    }
}
