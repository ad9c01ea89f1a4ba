/// Template values for one type declaration. Swift decides every name, type and literal; the
/// templates lay them out.
enum DeclarationView {
    static func template(for declaration: SwiftDeclaration) -> String {
        switch declaration.kind {
        case .model: "swift/model"
        case .enumeration: "swift/enum"
        case .union: "swift/union"
        case .alias: "swift/alias"
        }
    }

    static func values(for declaration: SwiftDeclaration) -> [String: Any] {
        var values: [String: Any] = ["name": declaration.name]
        values["doc"] = DocComment.block(declaration.docLines) ?? false
        switch declaration.kind {
        case .model(let model): values.merge(modelValues(model)) { $1 }
        case .enumeration(let enumeration): values.merge(enumValues(enumeration)) { $1 }
        case .union(let union): values.merge(unionValues(union)) { $1 }
        case .alias(let target): values["target"] = target
        }
        return values
    }

    private static func modelValues(_ model: ModelDeclaration) -> [String: Any] {
        var values: [String: Any] = ["buildable": model.buildable]
        if !model.requiredKeys.isEmpty { values["requiredKeys"] = SwiftLiteral.stringArray(model.requiredKeys) }
        values["properties"] = model.properties.map { property -> [String: Any] in
            [
                "name": property.name, "type": property.type, "key": SwiftLiteral.string(property.wireName),
                "doc": DocComment.block(property.docLines, indent: 4) ?? false,
            ]
        }
        let settable = initProperties(model)
        values["initParameters"] = commaSeparated(settable.map(initParameter))
        values["initAssignments"] = settable.map { property -> [String: Any] in
            ["name": property.name, "key": SwiftLiteral.string(property.wireName)]
        }
        return values
    }

    /// The properties of the memberwise initializer, required first (shared with ``APISurface``).
    static func initProperties(_ model: ModelDeclaration) -> [SwiftProperty] {
        let settable = model.properties.filter { !$0.readOnly }
        return settable.filter(\.required) + settable.filter { !$0.required }
    }

    /// Required fields come without a default; nullable ones are tri-state (`Nullable<T>`).
    private static func initParameter(_ property: SwiftProperty) -> String {
        let type = property.nullable ? "Nullable<\(property.type)>" : property.type
        return property.required ? "\(property.name): \(type)" : "\(property.name): \(type)? = nil"
    }

    /// `["a: Int,", "b: String"]`.
    static func commaSeparated(_ items: [String]) -> [String] {
        items.enumerated().map { $0.offset == items.count - 1 ? $0.element : $0.element + "," }
    }

    private static func enumValues(_ enumeration: EnumDeclaration) -> [String: Any] {
        [
            "rawType": enumeration.rawType, "mixed": enumeration.mixed,
            // A Bool enum listing both values needs no `default` (it would never be executed).
            "exhaustive": enumeration.rawType == "Bool" && Set(enumeration.cases.map(\.literal)) == ["true", "false"],
            "cases": enumeration.cases.map { item -> [String: Any] in
                ["name": item.name, "literal": item.literal, "jsonLiteral": item.jsonLiteral]
            },
        ]
    }

    private static func unionValues(_ union: UnionDeclaration) -> [String: Any] {
        var values: [String: Any] = [:]
        if let property = union.discriminator {
            values["discriminator"] =
                ["property": property, "propertyLiteral": SwiftLiteral.string(property)] as [String: Any]
        }
        values["variants"] = union.variants.map { variant -> [String: Any] in
            var item: [String: Any] = ["caseName": variant.caseName, "type": variant.type]
            if !variant.discriminatorValues.isEmpty {
                item["valuesLiteral"] = variant.discriminatorValues.map(SwiftLiteral.string).joined(separator: ", ")
            }
            return item
        }
        return values
    }
}
