/// `references/api-details.md`: every operation's declaration and parameters, the types a call
/// builds, response schemas and webhook payloads.
struct APIDetailsView: TemplateView {
    enum Key: String, CaseIterable {
        case name, product, title, schemas, hasSchemas, calls, hasCalls, requestTypes, hasRequestTypes, webhooks
        case hasWebhooks
    }
    var name: String
    var product: String
    var title: String
    var schemas: [Schema]
    var calls: [Call]
    var requestTypes: [RequestType]
    var webhooks: [SkillWebhookView]

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .name: name
        case .product: product
        case .title: title
        case .schemas: schemas
        case .hasSchemas: !schemas.isEmpty
        case .calls: calls
        case .hasCalls: !calls.isEmpty
        case .requestTypes: requestTypes
        case .hasRequestTypes: !requestTypes.isEmpty
        case .webhooks: webhooks
        case .hasWebhooks: !webhooks.isEmpty
        }
    }

    /// A model calls return, named by its Swift type, and where the response holds it.
    struct Schema: TemplateView {
        enum Key: String, CaseIterable { case name, returnedBy, fields, enums }
        var name: String
        var returnedBy: String
        var fields: [Field]
        /// The enums its properties are, with their cases, for a `switch`.
        var enums: [EnumCases] = []

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .name: name
            case .returnedBy: returnedBy
            case .fields: fields
            case .enums: enums
            }
        }
    }

    /// An enum's Swift type, its cases' names in declaration order, and the raw type its
    /// `unknown` case holds.
    struct EnumCases: TemplateView {
        enum Key: String, CaseIterable { case type, cases, rawType }
        var type: String
        var cases: [ArgumentView]
        var rawType: String

        init(type: String, enumeration: EnumDeclaration) {
            self.type = type
            self.cases = ArgumentView.list(enumeration.cases.map { (nil, SwiftNames.unescaped($0.name)) })
            self.rawType = enumeration.rawType
        }

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .type: type
            case .cases: cases
            case .rawType: rawType
            }
        }

        /// The enums a model's properties are (or hold in an array), each once.
        static func all(of type: SwiftType, in surface: APISurface) -> [EnumCases] {
            var seen: Set<QualifiedName> = []
            return (surface.properties(of: type) ?? []).compactMap { property in
                let type = property.type.element ?? property.type
                guard let name = type.name, case .enumeration(let enumeration)? = surface.declaration(type)?.kind,
                    seen.insert(name).inserted
                else { return nil }
                return EnumCases(type: name.description, enumeration: enumeration)
            }
        }
    }

    /// A property: its Swift name, wire name, Swift type and whether it is always present.
    final class Field: TemplateView {
        enum Key: String, CaseIterable { case name, wire, type, alwaysPresent }
        let row: SwiftExamples.PropertyRow

        init(row: SwiftExamples.PropertyRow) {
            self.row = row
        }

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .name: row.name
            case .wire: row.wireName == row.name ? false : row.wireName
            case .type: TypeNotation.tableSafe(row.type)
            case .alwaysPresent: row.alwaysPresent ? "Yes" : "No"
            }
        }
    }

    /// One operation: its method, declarations and every parameter.
    struct Call: TemplateView {
        enum Key: String, CaseIterable { case title, method, endpoint, declaration, parameters, hasParameters, more }
        var title: String
        var method: String
        var endpoint: String
        var declaration: String?
        var parameters: [ParameterRowView]

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .title: title
            case .method: method
            case .endpoint: endpoint
            case .declaration: presentOrFalse(declaration)
            case .parameters: parameters
            case .hasParameters: !parameters.isEmpty
            // Every parameter is listed here: no `+N` row.
            case .more: false
            }
        }
    }

    /// A model a call builds, and its initializer's declaration.
    struct RequestType: TemplateView {
        enum Key: String, CaseIterable { case name, declaration }
        var name: String
        var declaration: String

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .name: name
            case .declaration: declaration
            }
        }
    }
}
