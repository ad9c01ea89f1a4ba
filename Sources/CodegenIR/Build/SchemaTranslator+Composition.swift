import SpecReader

extension SchemaTranslator {
    /// Merges `allOf` parts (and the owner's own properties) into one object. A lone `$ref`
    /// stays a reference; a lone non-object part stays that type.
    func mergeAllOf(_ parts: [SpecNode], owner: SpecNode) -> TranslatedType {
        let ownProperties = owner["properties"] != nil
        if parts.count == 1, !ownProperties, let ref = parts[0]["$ref"]?.string {
            return TranslatedType(
                type: reference(ref, at: parts[0]["$ref"]!.location), nullable: parts[0]["nullable"]?.bool == true)
        }
        var properties: [Property] = []
        var index: [String: Int] = [:]
        var additional: TypeRef?
        var allowsUnlisted = false
        var others: [TypeRef] = []
        var nullable = false
        func add(_ shape: ObjectShape) {
            for property in shape.properties {
                if let at = index[property.name] {
                    var merged = property
                    merged.required = merged.required || properties[at].required
                    properties[at] = merged
                } else {
                    index[property.name] = properties.count
                    properties.append(property)
                }
            }
            additional = shape.additionalProperties ?? additional
            allowsUnlisted = allowsUnlisted || shape.allowsUnlistedMembers
        }
        for part in parts + (ownProperties ? [owner.withoutComposition] : []) {
            guard let translated = resolvedPart(part) else { continue }
            nullable = nullable || translated.nullable
            switch translated.type {
            case .object(let shape): add(shape)
            case .map(let values): additional = values
            case .json: break
            default: others.append(translated.type)
            }
        }
        let required = Set(owner["required"]?.items.compactMap(\.string) ?? [])
        for (position, property) in properties.enumerated() where required.contains(property.name) {
            properties[position].required = true
        }
        if properties.isEmpty, others.count == 1 { return TranslatedType(type: others[0], nullable: nullable) }
        if properties.isEmpty, additional == nil {
            if others.isEmpty { return TranslatedType(type: .json, nullable: nullable) }
            context.warn("allOf of types that cannot be merged; using the first", at: owner.location)
            return TranslatedType(type: others[0], nullable: nullable)
        }
        if !others.isEmpty {
            context.warn("allOf mixes objects with other types; keeping the object properties", at: owner.location)
        }
        if properties.isEmpty, let additional { return TranslatedType(type: .map(additional), nullable: nullable) }
        return TranslatedType(
            type: .object(
                ObjectShape(
                    properties: properties, additionalProperties: additional,
                    exampleOrder: exampleOrder(owner), allowsUnlistedMembers: allowsUnlisted || additional != nil)),
            nullable: nullable)
    }

    /// An `allOf` part with references followed, so its properties can be merged.
    private func resolvedPart(_ part: SpecNode) -> TranslatedType? {
        guard let ref = part["$ref"]?.string else { return translate(part) }
        let type = reference(ref, at: part["$ref"]!.location)
        guard case .reference = type else { return nil }
        // A chain that does not end is reported where it is found (a schema cycle, too deep a
        // nesting); alias cycles never get here: the document's `$ref` resolver rejects them first.
        guard let resolved = follow(type, from: part.location) else { return nil }
        return TranslatedType(type: resolved.type, nullable: resolved.nullable)
    }

    /// A `oneOf`/`anyOf`; `{type: null}` variants become nullability, a single remaining variant is returned as is.
    /// Whether `oneOf`/`anyOf` alternatives only constrain the owner's members, with no type of
    /// their own: `{title: With URL, required: [Url], properties: {Texml: {not: {}}}}`.
    static func onlyConstrainMembers(_ variants: [SpecNode]) -> Bool {
        let constraintKeys: Set<String> = ["title", "description", "required", "properties"]
        return !variants.isEmpty
            && variants.allSatisfy { variant in
                variant.isMapping && variant.entries.allSatisfy { constraintKeys.contains($0.key) }
                    && (variant["properties"]?.entries ?? []).allSatisfy { member in
                        member.value.isMapping && member.value.entries.allSatisfy { $0.key == "not" }
                    }
            }
    }

    func unionType(_ variants: [SpecNode], kind: UnionShape.Kind, owner: SpecNode) -> TranslatedType {
        var types: [TypeRef] = []
        var nullable = false
        for variant in variants {
            let translated = translate(variant)
            if translated.type == .null {
                nullable = true
                continue
            }
            nullable = nullable || translated.nullable
            if !types.contains(translated.type) { types.append(translated.type) }
        }
        if types.count == 1 { return TranslatedType(type: types[0], nullable: nullable) }
        if types.isEmpty { return TranslatedType(type: .json, nullable: true) }
        let discriminator = owner["discriminator"].flatMap { discriminatorOf($0, variants: types) }
        return TranslatedType(
            type: .union(UnionShape(kind: kind, variants: types, discriminator: discriminator)), nullable: nullable)
    }

    /// The discriminator with its mapping: the explicit entries, then for each other variant the value
    /// its schema fixes for the property (a `const`, a one-value `enum`, else its `default`); a variant
    /// with none is selected by its schema name.
    private func discriminatorOf(_ node: SpecNode, variants: [TypeRef]) -> Discriminator? {
        guard let property = node["propertyName"]?.string else {
            context.warn("discriminator without propertyName is ignored", at: node.location)
            return nil
        }
        var mapping: [Discriminator.Mapping] = []
        for entry in node["mapping"]?.entries ?? [] {
            guard let ref = entry.value.string else { continue }
            guard ref.hasPrefix("#") else {
                mapping.append(Discriminator.Mapping(value: entry.key, schema: ref))
                continue
            }
            if case .reference(let name) = reference(ref, at: entry.value.location) {
                mapping.append(Discriminator.Mapping(value: entry.key, schema: name))
            }
        }
        for case .reference(let name) in variants where !mapping.contains(where: { $0.schema == name }) {
            if let value = fixedValue(of: property, inSchema: name) {
                mapping.append(Discriminator.Mapping(value: value, schema: name))
            }
        }
        return Discriminator(propertyName: property, mapping: mapping)
    }

    /// The one value a schema allows for `property` (`const` or a one-value `enum`), else its `default`,
    /// read from the spec itself (following `$ref` and `allOf`) so no schema is translated early.
    private func fixedValue(of property: String, inSchema name: String) -> String? {
        context.componentSchema(named: name).flatMap { fixedValue(of: property, in: $0, hops: 0) }
    }

    private func fixedValue(of property: String, in node: SpecNode, hops: Int) -> String? {
        guard hops < 8 else { return nil }
        if let ref = node["$ref"]?.string {
            return context.lookUp(ref).flatMap { fixedValue(of: property, in: $0.node, hops: hops + 1) }
        }
        if var member = node["properties"]?[property] {
            for _ in 0..<8 {
                guard let ref = member["$ref"]?.string, let target = context.lookUp(ref) else { break }
                member = target.node
            }
            if let constant = member["const"]?.scalarText { return constant }
            if let values = member["enum"]?.items, values.count == 1, let only = values[0].scalarText { return only }
            if let value = member["default"]?.string { return value }
        }
        for part in node["allOf"]?.items ?? [] {
            if let value = fixedValue(of: property, in: part, hops: hops + 1) { return value }
        }
        return nil
    }

    /// Enum values in spec order; `null` in the list is noted, not kept as a value.
    func enumShape(_ nodes: [SpecNode], declared: [String], at location: SourceLocation, nullable: Bool) -> EnumShape {
        let concrete = declared.filter { $0 != "null" }
        let asStrings = concrete == ["string"]
        var values: [EnumValue] = []
        var includesNull = false
        for node in nodes {
            if node.isNull && !(asStrings && node.scalarText == "") {
                includesNull = true
                continue
            }
            let value = enumValue(node, asString: asStrings)
            if !values.contains(value) { values.append(value) }
        }
        // OpenAPI 3.1 validates `null` against `type`: a typed enum listing null needs "null" in its type.
        // OpenAPI 3.0's `nullable: true` is honoured, but still worth a warning in a 3.1 document.
        if includesNull, !declared.isEmpty, !declared.contains("null") {
            let reason = nullable ? "relies on OpenAPI 3.0 'nullable: true'" : "treating it as nullable"
            context.warn("enum lists null but its type does not allow null; \(reason)", at: location)
        }
        return EnumShape(kind: enumKind(values, declared: concrete), values: values, includesNull: includesNull)
    }

    private func enumValue(_ node: SpecNode, asString: Bool) -> EnumValue {
        let text = node.scalarText ?? jsonValue(node, role: "enum value")?.text ?? ""
        if asString || node.isMapping || node.isSequence { return .string(text) }
        if let value = node.int { return .integer(value) }
        if let value = node.bool { return .boolean(value) }
        if let value = node.double { return .number(value) }
        return .string(text)
    }

    private func enumKind(_ values: [EnumValue], declared: [String]) -> EnumShape.ValueKind {
        var kinds: Set<EnumShape.ValueKind> = []
        for value in values {
            switch value {
            case .string: kinds.insert(.string)
            case .integer: kinds.insert(.integer)
            case .number: kinds.insert(.number)
            case .boolean: kinds.insert(.boolean)
            }
        }
        if kinds == [.integer, .number] { return .number }
        if kinds.count == 1, let only = kinds.first { return only }
        if kinds.isEmpty {
            switch declared.first {
            case "integer": return .integer
            case "number": return .number
            case "boolean": return .boolean
            default: return .string
            }
        }
        return .mixed
    }
}

extension SpecNode {
    /// The node without `allOf`/`oneOf`/`anyOf`, to translate an owner's own properties.
    fileprivate var withoutComposition: SpecNode {
        let kept = entries.filter { !["allOf", "oneOf", "anyOf", "required"].contains($0.key) }
        return SpecNode(.mapping(kept), location: location)
    }
}
