/// The views of the type declarations: Swift decides every name, type and literal; the templates
/// lay them out.
enum DeclarationView {
    /// A declaration's view, by the template that lays it out.
    enum Content: Sendable {
        case model(ModelView)
        case enumeration(EnumView)
        case union(UnionView)
        case alias(AliasView)

        /// The template that lays the view out, and the view.
        var template: (name: TemplateName, view: any TemplateView) {
            switch self {
            case .model(let view): (.model, view)
            case .enumeration(let view): (.enumeration, view)
            case .union(let view): (.union, view)
            case .alias(let view): (.alias, view)
            }
        }
    }

    /// The declaration's text: a nested one inside `extension Parent { ... }` (`swift/nested`);
    /// nil without the surface for a union, whose members' declarations it reads.
    static func render(_ declaration: SwiftDeclaration, with templates: TemplateSet, surface: APISurface?) -> String? {
        guard let content = content(declaration, surface: surface) else { return nil }
        if let parent = declaration.parent {
            return templates.render(.nested, NestedView(parent: parent.description, content: content))
        }
        let (name, view) = content.template
        return templates.render(name, view)
    }

    private static func content(_ declaration: SwiftDeclaration, surface: APISurface?) -> Content? {
        let doc = declaration.doc.lineViews
        switch declaration.kind {
        case .model(let model):
            if let envelope = model.envelope {
                return .alias(AliasView(name: declaration.name, doc: doc, target: envelope.description))
            }
            return .model(ModelView(name: declaration.name, doc: doc, model: model))
        case .enumeration(let enumeration):
            return .enumeration(EnumView(name: declaration.name, doc: doc, enumeration: enumeration))
        case .union(let union):
            guard let surface else { return nil }
            let members = UnionMembers.common(union, in: surface)
            return .union(UnionView(name: declaration.name, doc: doc, union: union, members: members))
        case .alias(let target):
            return .alias(AliasView(name: declaration.name, doc: doc, target: target.description))
        }
    }
}

struct ModelView: TemplateView {
    enum Key: String, CaseIterable {
        case name, doc, buildable, schemaTable, properties, initParameters,
            initAssignments,
            hasClearable
        case clearableFields, opening, indent
    }
    let name: String
    let doc: [DocLineView]
    let model: ModelDeclaration
    /// For the documents: the initializer's declaration alone, without the `{` that opens its body.
    var declarationOnly = false

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .name: name
        case .doc: doc
        case .buildable: model.buildable
        case .schemaTable:
            model.schemaMembers.isEmpty && !model.allowsUnlistedMembers ? false : SchemaTable(model)
        // A response model's required members are checked when decoded: their properties are non-optional.
        case .properties:
            model.properties.map { Property(property: $0, optional: model.buildable || !$0.decodedAsRequired) }
        case .initParameters: ParameterView.list(Self.initParameters(model, clearableType: "Clearable"))
        case .initAssignments: model.initProperties.map(Assignment.init)
        case .hasClearable: !model.clearableProperties.isEmpty
        case .clearableFields: model.clearableProperties.map(Assignment.init)
        case .opening: declarationOnly ? "" : " {"
        case .indent: declarationOnly ? "" : "    "
        }
    }

    /// Required fields come without a default (a required nullable one takes `nil` for `null`);
    /// a model with clearable fields ends with `clearing: [Clearable] = []`.
    static func initParameters(_ model: ModelDeclaration, clearableType: QualifiedName) -> [ParameterView] {
        let fields = model.initProperties.map { property in
            property.required
                ? ParameterView(
                    label: property.name,
                    type: (property.nullable ? SwiftType.optional(property.type) : property.type).description)
                : ParameterView(
                    label: property.name, type: SwiftType.optional(property.type).description, defaultsToNil: true)
        }
        guard !model.clearableProperties.isEmpty else { return fields }
        return fields + [
            ParameterView(
                label: "clearing", type: SwiftType.array(.named(clearableType)).description, defaultsToEmpty: true)
        ]
    }

    final class Property: TemplateView {
        enum Key: String, CaseIterable { case name, type, key, doc, optional }
        let property: SwiftProperty
        let optional: Bool

        init(property: SwiftProperty, optional: Bool = true) {
            self.property = property
            self.optional = optional
        }

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .name: property.name
            case .type: property.type.description
            case .optional: optional
            case .key: SwiftLiteral.string(property.wireName)
            case .doc: property.doc.lineViews
            }
        }
    }

    /// A field set by the initializer (or listed in `Clearable`).
    final class Assignment: TemplateView {
        enum Key: String, CaseIterable { case name, key, sendsNullForNil }
        let property: SwiftProperty

        init(property: SwiftProperty) {
            self.property = property
        }

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .name: property.name
            case .key: SwiftLiteral.string(property.wireName)
            case .sendsNullForNil: property.required && property.nullable
            }
        }
    }
}

struct EnumView: TemplateView {
    enum Key: String, CaseIterable { case name, doc, rawType, mixed, exhaustive, cases }
    let name: String
    let doc: [DocLineView]
    let enumeration: EnumDeclaration

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .name: name
        case .doc: doc
        case .rawType: enumeration.rawType
        case .mixed: enumeration.mixed
        // A Bool enum listing both values needs no `default` (it would never be executed).
        case .exhaustive:
            enumeration.rawType == "Bool" && Set(enumeration.cases.map(\.literal)) == ["true", "false"]
        case .cases: enumeration.cases.map(Case.init)
        }
    }

    final class Case: TemplateView {
        enum Key: String, CaseIterable { case name, literal, jsonCase, jsonLiteral }
        let item: EnumDeclaration.Case

        init(item: EnumDeclaration.Case) {
            self.item = item
        }

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .name: item.name
            case .literal: item.literal
            case .jsonCase: item.json.kind
            case .jsonLiteral: item.json.literal
            }
        }
    }
}

struct UnionView: TemplateView {
    enum Key: String, CaseIterable { case name, doc, discriminator, fit, variants, literals, members }
    let name: String
    let doc: [DocLineView]
    let union: UnionDeclaration
    /// The properties every variant has, readable on the union itself.
    var members: [SwiftProperty] = []

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .name: name
        case .doc: doc
        case .discriminator: union.discriminator.map(Discriminator.init)
        case .fit: union.fit.map(Fit.init)
        case .variants: union.variants.enumerated().map { Variant(index: $0.offset, variant: $0.element) }
        case .literals: union.variants.filter { $0.literal != nil }.map(LiteralView.init)
        case .members: members.map { ModelView.Property(property: $0) }
        }
    }

    /// A literal conformance: `"+18445550001"` is `.string("+18445550001")`.
    struct LiteralView: TemplateView {
        enum Key: String, CaseIterable { case protocolName, label, valueType, variadic, caseName }
        let variant: UnionDeclaration.Variant

        func value(_ key: Key) -> (any TemplateValue)? {
            guard let literal = variant.literal else { return nil }
            switch key {
            case .protocolName: return literal.protocolName
            case .caseName: return variant.caseName
            case .label:
                switch literal {
                case .string: return "stringLiteral"
                case .integer: return "integerLiteral"
                case .float: return "floatLiteral"
                case .boolean: return "booleanLiteral"
                case .array: return "arrayLiteral"
                }
            case .valueType:
                if case .array(let element) = literal { return element.description }
                return variant.type.description
            case .variadic:
                if case .array = literal { return true }
                return false
            }
        }
    }

    struct Discriminator: TemplateView {
        enum Key: String, CaseIterable { case property, propertyLiteral }
        let property: String

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .property: property
            case .propertyLiteral: SwiftLiteral.string(property)
            }
        }
    }

    struct Variant: TemplateView {
        enum Key: String, CaseIterable { case index, caseName, type, valuesLiteral }
        let index: Int
        let variant: UnionDeclaration.Variant

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .index: String(index)
            case .caseName: variant.caseName
            case .type: variant.type.description
            case .valuesLiteral:
                variant.discriminatorValues.isEmpty
                    ? nil : variant.discriminatorValues.map(SwiftLiteral.string).joined(separator: ", ")
            }
        }
    }
}

struct AliasView: TemplateView {
    enum Key: String, CaseIterable { case name, doc, target }
    let name: String
    let doc: [DocLineView]
    let target: String

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .name: name
        case .doc: doc
        case .target: target
        }
    }
}

/// A declaration nested in its parent type: `extension Parent { ... }` around its indented text.
/// A nested declaration: its own template's text inside `extension Parent { ... }`, indented by
/// the template (a standalone partial takes the whitespace before it).
struct NestedView: TemplateView {
    enum Key: String, CaseIterable { case parent, model, enumeration, union, alias }
    let parent: String
    let content: DeclarationView.Content

    func value(_ key: Key) -> (any TemplateValue)? {
        switch (key, content) {
        case (.parent, _): parent
        case (.model, .model(let view)): view
        case (.enumeration, .enumeration(let view)): view
        case (.union, .union(let view)): view
        case (.alias, .alias(let view)): view
        default: false
        }
    }
}
