import CodegenIR

/// Turns IR types into Swift type expressions, declaring a Swift type for every schema and for
/// every object, enum and union written in place (nested in the type that uses it).
struct DeclarationBuilder {
    var names: TypeNames
    /// Follows references for the unions' ``UnionFit``.
    let references: TypeReferences
    /// Declarations in the order they were made (a type before the types nested in it).
    private(set) var declarations: [SwiftDeclaration] = []
    /// Which side of the API the models being declared serve; set only by ``declaring(for:_:)``.
    enum Side { case request, response }
    /// Request models get a memberwise initializer; response-only models do not, and their
    /// required members are non-optional.
    private var side = Side.request
    private var propertyNames: [String: String] = [:]
    /// Qualified name → position in ``declarations``.
    private var positions: [QualifiedName: Int] = [:]

    init(names: TypeNames, references: TypeReferences) {
        self.names = names
        self.references = references
    }

    /// Runs `body` with models declared for `side`: its result and the declarations it made, in order.
    mutating func declaring<Result>(for side: Side, _ body: (inout DeclarationBuilder) -> Result)
        -> (result: Result, declared: ArraySlice<SwiftDeclaration>)
    {
        let (outer, start) = (self.side, declarations.count)
        self.side = side
        let result = body(&self)
        self.side = outer
        return (result, declarations[start...])
    }

    /// Declares the component schema as a top-level type.
    mutating func declare(schema: Schema) {
        let name = names.typeName(ofSchema: schema.name)
        declareNamed(name, parent: nil, type: schema.type, doc: DocComment(schema.description ?? schema.title))
    }

    /// Declares `type` under the exact name `name` (top-level when `parent` is nil).
    mutating func declareNamed(_ name: String, parent: QualifiedName?, type: TypeRef, doc: DocComment) {
        switch (type.declarationKind, type) {
        case (.model, .object(let shape)):
            declareModel(name, parent: parent, shape: shape, doc: doc)
        case (.enumeration, .enumeration(let shape)):
            declareEnum(name, parent: parent, shape: shape, doc: doc)
        case (.union, .union(let shape)):
            declareUnion(name, parent: parent, shape: shape, doc: doc)
        default:
            // A type alias cannot hold nested types: in-place types beside it get names of their own.
            let target =
                if let parent { swiftType(type, parent: parent, suggested: name) } else {
                    topLevelType(type, suggested: name)
                }
            append(
                SwiftDeclaration(name: name, parent: parent, doc: doc, kind: .alias(target: target)))
        }
    }

    /// The Swift type for a use of `type`; in-place objects, enums and unions become types nested
    /// in `parent`, named after `suggested`.
    /// A schema that only names a scalar (`ApplicationName`, a string) is written as the scalar
    /// (`String`), except where `keepingAliases` asks for the name (a union's cases are named after it).
    mutating func swiftType(_ type: TypeRef, parent: QualifiedName, suggested: String, keepingAliases: Bool = false)
        -> SwiftType
    {
        switch type {
        case .primitive(let primitive, let format):
            return .named(QualifiedName(Self.primitiveType(primitive, format: format)))
        case .array(let element):
            return .array(
                swiftType(
                    element, parent: parent, suggested: suggested + NameSuffix.arrayElement,
                    keepingAliases: keepingAliases))
        case .map(let value):
            return .dictionary(swiftType(value, parent: parent, suggested: suggested + NameSuffix.dictionaryValue))
        case .reference(let name):
            if !keepingAliases, case .primitive(let primitive, let format)? = references.resolve(type)?.type {
                return .named(QualifiedName(Self.primitiveType(primitive, format: format)))
            }
            return .named(QualifiedName(names.typeName(ofSchema: name)))
        case .object(let shape):
            if shape.properties.isEmpty {
                guard let extra = shape.additionalProperties else { return .json }
                return .dictionary(swiftType(extra, parent: parent, suggested: suggested + NameSuffix.dictionaryValue))
            }
            let name = names.nestedName(suggested, in: parent, suffix: NameSuffix.object)
            declareModel(name, parent: parent, shape: shape, doc: DocComment())
            return .named(parent.nested(name))
        case .enumeration(let shape):
            guard !shape.values.isEmpty else { return .json }
            let name = names.nestedName(suggested, in: parent, suffix: NameSuffix.enumeration)
            declareEnum(name, parent: parent, shape: shape, doc: DocComment())
            return .named(parent.nested(name))
        case .union(let shape):
            let variants = shape.significantVariants
            if variants.count == 1 { return swiftType(variants[0], parent: parent, suggested: suggested) }
            if variants.isEmpty { return .json }
            let name = names.nestedName(suggested, in: parent, suffix: NameSuffix.union)
            declareUnion(name, parent: parent, shape: shape, doc: DocComment())
            return .named(parent.nested(name))
        case .json, .null:
            return .json
        }
    }

    /// Like ``swiftType(_:parent:suggested:)``, but in-place types become top-level types named
    /// after `suggested` (`AssistantToolsItem`).
    mutating func topLevelType(_ type: TypeRef, suggested: String) -> SwiftType {
        switch type {
        case .array(let element):
            return .array(topLevelType(element, suggested: suggested + NameSuffix.arrayElement))
        case .map(let value):
            return .dictionary(topLevelType(value, suggested: suggested + NameSuffix.dictionaryValue))
        case .object(let shape) where !shape.properties.isEmpty:
            let name = names.topLevelName(suggested)
            declareModel(name, parent: nil, shape: shape, doc: DocComment())
            return .named(QualifiedName(name))
        case .enumeration(let shape) where !shape.values.isEmpty:
            let name = names.topLevelName(suggested)
            declareEnum(name, parent: nil, shape: shape, doc: DocComment())
            return .named(QualifiedName(name))
        case .union(let shape) where shape.significantVariants.count > 1:
            let name = names.topLevelName(suggested)
            declareUnion(name, parent: nil, shape: shape, doc: DocComment())
            return .named(QualifiedName(name))
        case .union(let shape) where shape.significantVariants.count == 1:
            return topLevelType(shape.significantVariants[0], suggested: suggested)
        case .object(let shape):
            guard let extra = shape.additionalProperties else { return .json }
            return .dictionary(topLevelType(extra, suggested: suggested + NameSuffix.dictionaryValue))
        default:
            // Scalars, references and JSON: nothing is declared, so no parent is needed.
            return swiftType(type, parent: "TopLevel", suggested: suggested)
        }
    }

    static func primitiveType(_ primitive: Primitive, format: String?) -> String {
        switch primitive {
        case .string:
            switch format {
            case "date-time": "Date"
            case "binary", "byte": "Data"
            default: "String"
            }
        case .integer: "Int"
        case .number: "Double"
        case .boolean: "Bool"
        }
    }

    private mutating func append(_ declaration: SwiftDeclaration) {
        positions[declaration.qualifiedName] = declarations.count
        declarations.append(declaration)
    }

    /// Puts `declaration` at `index`, before the types nested in it that were declared while its
    /// members were worked out.
    private mutating func insert(_ declaration: SwiftDeclaration, at index: Int) {
        for moved in declarations[index...] { positions[moved.qualifiedName]? += 1 }
        positions[declaration.qualifiedName] = index
        declarations.insert(declaration, at: index)
    }

    /// The model declared under the qualified name `name`, through one alias.
    func model(named type: SwiftType) -> ModelDeclaration? {
        guard let name = type.name, let position = positions[name] else { return nil }
        switch declarations[position].kind {
        case .model(let model): return model
        case .alias(let target): return target.name.flatMap { positions[$0] }.flatMap { declarations[$0].kind.model }
        default: return nil
        }
    }

    // MARK: - Models

    private mutating func declareModel(_ name: String, parent: QualifiedName?, shape: ObjectShape, doc: DocComment) {
        let qualified = parent?.nested(name) ?? QualifiedName(name)
        let index = declarations.count
        let names = SwiftNaming.members(shape.properties.map { propertyName($0.name) }, reserved: ModelMembers.reserved)
        var properties: [SwiftProperty] = []
        for (property, name) in zip(shape.properties, names) {
            let swiftName = name.given
            let type = swiftType(property.type, parent: qualified, suggested: property.name)
            properties.append(
                SwiftProperty(
                    name: swiftName, wireName: property.name, type: type, required: property.required,
                    nullable: property.nullable, readOnly: property.readOnly,
                    doc: DocComment(property.description, example: property.example?.text),
                    example: property.example,
                    facts: ArgumentFacts(
                        wireName: property.name, type: property.type, format: property.extendedFormat,
                        defaultValue: property.defaultValue, description: property.description)))
        }
        let model = ModelDeclaration(
            properties: properties, buildable: side == .request, exampleOrder: shape.exampleOrder,
            holdsNestedTypes: declarations.count > index, allowsUnlistedMembers: shape.allowsUnlistedMembers)
        insert(SwiftDeclaration(name: name, parent: parent, doc: doc, kind: .model(model)), at: index)
    }

    /// The Swift spelling of a wire property name, memoized: the same names (`id`, `created_at`, ...)
    /// recur thousands of times in a large spec.
    private mutating func propertyName(_ wireName: String) -> String {
        if let known = propertyNames[wireName] { return known }
        let name = SwiftNames.memberName(wireName)
        propertyNames[wireName] = name
        return name
    }

    // MARK: - Enums

    private mutating func declareEnum(_ name: String, parent: QualifiedName?, shape: EnumShape, doc: DocComment) {
        var cases: [EnumDeclaration.Case] = []
        for (value, caseName) in zip(shape.values, SwiftNaming.cases(shape.values.map(\.text))) {
            cases.append(
                EnumDeclaration.Case(
                    name: caseName.given, literal: Self.literal(value, kind: shape.kind), json: Self.json(value)
                ))
        }
        let declaration = EnumDeclaration(rawType: Self.rawType(shape.kind), cases: cases, mixed: shape.kind == .mixed)
        append(
            SwiftDeclaration(name: name, parent: parent, doc: doc, kind: .enumeration(declaration)))
    }

    static func rawType(_ kind: EnumShape.ValueKind) -> String {
        switch kind {
        case .string, .mixed: "String"
        case .integer: "Int"
        case .number: "Double"
        case .boolean: "Bool"
        }
    }

    static func literal(_ value: EnumValue, kind: EnumShape.ValueKind) -> String {
        switch (value, kind) {
        case (.integer(let number), .integer): String(number)
        case (.number(let number), .number): String(number)
        case (.integer(let number), .number): String(Double(number))
        case (.boolean(let flag), .boolean): String(flag)
        default: SwiftLiteral.string(value.text)
        }
    }

    static func json(_ value: EnumValue) -> (kind: String, literal: String) {
        switch value {
        case .string(let text): ("string", SwiftLiteral.string(text))
        case .integer(let number): ("integer", String(number))
        case .number(let number): ("number", String(number))
        case .boolean(let flag): ("bool", String(flag))
        }
    }

    // MARK: - Unions

    private mutating func declareUnion(_ name: String, parent: QualifiedName?, shape: UnionShape, doc: DocComment) {
        let qualified = parent?.nested(name) ?? QualifiedName(name)
        let index = declarations.count
        var taken = EnumMembers.reserved
        var variants: [UnionDeclaration.Variant] = []
        for (offset, variant) in shape.significantVariants.enumerated() {
            let type = swiftType(variant, parent: qualified, suggested: "Variant\(offset + 1)", keepingAliases: true)
            let caseName = SwiftNames.unique(Self.caseName(for: variant, swiftType: type), in: taken)
            taken.insert(caseName)
            let literal = Self.literal(variant, swiftType: type)
            variants.append(
                UnionDeclaration.Variant(
                    caseName: caseName, type: type, ir: variant,
                    discriminatorValues: Self.discriminatorValues(variant, shape.discriminator),
                    literal: variants.contains { $0.literal?.protocolName == literal?.protocolName } ? nil : literal))
        }
        let discriminator = shape.discriminator?.propertyName
        let fit = discriminator == nil ? UnionFit(shape, references: references) : nil
        let union = UnionDeclaration(variants: variants, discriminator: discriminator, fit: fit)
        insert(SwiftDeclaration(name: name, parent: parent, doc: doc, kind: .union(union)), at: index)
    }

    /// The literal a variant of Swift type `swiftType` is written as: `"+1..."` for `String`,
    /// `[...]` for arrays.
    static func literal(_ variant: TypeRef, swiftType: SwiftType) -> UnionDeclaration.Literal? {
        switch (variant, swiftType) {
        case (.primitive, .named("String")): .string
        case (.primitive, .named("Int")): .integer
        case (.primitive, .named("Double")): .float
        case (.primitive, .named("Bool")): .boolean
        case (.array, .array(let element)): .array(element: element)
        default: nil
        }
    }

    static func caseName(for variant: TypeRef, swiftType: SwiftType) -> String {
        switch (variant, swiftType) {
        case (.array(let element), .array(let elementType)):
            caseName(for: element, swiftType: elementType) + NameSuffix.arrayCase
        case (.map, _): "dictionary"
        case (.json, _), (.null, _): "json"
        default: SwiftNames.unescaped(SwiftNames.memberName(swiftType.simpleName ?? "value"))
        }
    }

    static func discriminatorValues(_ variant: TypeRef, _ discriminator: Discriminator?) -> [String] {
        guard let discriminator, case .reference(let schema) = variant else { return [] }
        let mapped = discriminator.mapping.filter { $0.schema == schema }.map(\.value)
        return mapped.isEmpty ? [schema] : mapped
    }
}
