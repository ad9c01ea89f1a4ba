import SpecReader

/// A translated schema use: its type and whether `null` is allowed.
struct TranslatedType {
    var type: TypeRef
    var nullable: Bool
}

/// Translates JSON Schema nodes into `TypeRef`s: `$ref`, nullability in both spellings,
/// `allOf` merging, `oneOf`/`anyOf` unions, enums, `const`, maps and free-form objects.
struct SchemaTranslator {
    let context: BuildContext

    /// How many named schemas one translation may pass through (`allOf: [$ref: B]` in B, ...):
    /// far beyond real specs, well inside the stack.
    static let maxReferenceDepth = 256

    private static let knownTypes: Set<String> = ["string", "integer", "number", "boolean", "object", "array", "null"]

    /// `type`'s reference chain followed through the component schemas (translating them as needed).
    func follow(_ type: TypeRef, from location: SourceLocation? = nil) -> (type: TypeRef, nullable: Bool)? {
        TypeReferences.follow(type) { name in
            namedSchema(name, at: location ?? context.root.location).map { ($0.type, $0.nullable) }
        }
    }

    /// The named component schema, translated once.
    func namedSchema(_ name: String, at location: SourceLocation) -> TranslatedType? {
        if let done = context.translatedSchemas[name] {
            return TranslatedType(type: done.type, nullable: done.nullable)
        }
        guard let node = context.componentSchema(named: name) else { return nil }
        if context.schemasInProgress.contains(name) {
            let chain = (context.schemasInProgress.drop { $0 != name } + [name]).joined(separator: " -> ")
            context.error("schema cycle that cannot be represented: \(chain)", at: location)
            return nil
        }
        guard context.schemasInProgress.count < Self.maxReferenceDepth else {
            if !context.reportedReferenceDepth {
                context.reportedReferenceDepth = true
                context.error(
                    "schemas nest more than \(Self.maxReferenceDepth) deep through $ref (from "
                        + "'\(context.schemasInProgress[0])' to '\(name)')", at: location)
            }
            return nil
        }
        context.schemasInProgress.append(name)
        let result = translateShape(node)
        context.schemasInProgress.removeLast()
        context.translatedSchemas[name] = (result.type, result.nullable)
        return result
    }

    /// A schema use; an inline schema that a `$ref` elsewhere also reaches is a reference to its pointer name.
    func translate(_ node: SpecNode) -> TranslatedType {
        if let name = context.pointerSchemaName(ofInline: node) {
            let nullable =
                node["nullable"]?.bool == true || node["type"]?.items.contains { $0.string == "null" } == true
            return TranslatedType(type: .reference(name), nullable: nullable)
        }
        return translateShape(node)
    }

    /// The type a schema node describes.
    private func translateShape(_ node: SpecNode) -> TranslatedType {
        guard node.isMapping else {
            if node.bool == true { return TranslatedType(type: .json, nullable: true) }
            context.warn("a schema must be a mapping; treating it as any JSON value", at: node.location)
            return TranslatedType(type: .json, nullable: true)
        }
        let (declared, nullableByType) = declaredTypes(node)
        var nullable = nullableByType || node["nullable"]?.bool == true
        if let ref = node["$ref"]?.string {
            return TranslatedType(type: reference(ref, at: node["$ref"]!.location), nullable: nullable)
        }
        if let values = node["enum"] {
            let shape = enumShape(values.items, declared: declared, at: values.location, nullable: nullable)
            return TranslatedType(type: .enumeration(shape), nullable: nullable || shape.includesNull)
        }
        if let constant = node["const"] {
            if constant.isNull { return TranslatedType(type: .null, nullable: true) }
            let shape = enumShape([constant], declared: declared, at: constant.location, nullable: nullable)
            return TranslatedType(type: .enumeration(shape), nullable: nullable)
        }
        if let parts = node["allOf"] {
            let merged = mergeAllOf(parts.items, owner: node)
            return TranslatedType(type: merged.type, nullable: nullable || merged.nullable)
        }
        for key in ["oneOf", "anyOf"] {
            if let variants = node[key] {
                // Alternatives that only say which of the object's own members go together are no
                // types of their own: the object is one model with all its members.
                if node["properties"] != nil, Self.onlyConstrainMembers(variants.items) { break }
                let union = unionType(variants.items, kind: key == "oneOf" ? .oneOf : .anyOf, owner: node)
                nullable = nullable || union.nullable
                return TranslatedType(type: union.type, nullable: nullable)
            }
        }
        let concrete = declared.filter { $0 != "null" }
        if concrete.count > 1 {
            let variants = concrete.map { typeForDeclared($0, node) }
            return TranslatedType(
                type: .union(UnionShape(kind: .anyOf, variants: variants, discriminator: nil)), nullable: nullable)
        }
        if let only = concrete.first {
            return TranslatedType(type: typeForDeclared(only, node), nullable: nullable)
        }
        if declared == ["null"] { return TranslatedType(type: .null, nullable: true) }
        if node["properties"] != nil || node["additionalProperties"] != nil {
            return TranslatedType(type: objectType(node), nullable: nullable)
        }
        if node["items"] != nil { return TranslatedType(type: typeForDeclared("array", node), nullable: nullable) }
        return TranslatedType(type: .json, nullable: nullable)
    }

    /// The `type` keyword as a list, and whether it lists `null`.
    private func declaredTypes(_ node: SpecNode) -> ([String], Bool) {
        guard let typeNode = node["type"] else { return ([], false) }
        let names = typeNode.isSequence ? typeNode.items.compactMap(\.scalarText) : [typeNode.scalarText ?? ""]
        var known: [String] = []
        var unknown = false
        for name in names {
            if Self.knownTypes.contains(name) {
                known.append(name)
            } else {
                context.warn("unknown type '\(name)'; treating it as any JSON value", at: typeNode.location)
                unknown = true
            }
        }
        // An unknown type makes the whole schema any JSON value (`[strin, "null"]` is not just `null`).
        if unknown || (known.isEmpty && !names.isEmpty) {
            return (["any"], known.contains("null"))
        }
        return (known, known.contains("null"))
    }

    private func typeForDeclared(_ name: String, _ node: SpecNode) -> TypeRef {
        let format = node["format"]?.string
        switch name {
        case "string": return .primitive(.string, format: format)
        case "integer": return .primitive(.integer, format: format)
        case "number": return .primitive(.number, format: format)
        case "boolean": return .primitive(.boolean, format: format)
        case "array":
            guard let items = node["items"] else { return .array(.json) }
            return .array(translate(items).type)
        case "object": return objectType(node)
        default: return .json
        }
    }

    /// The type a `$ref` in a schema position means (see ``schemaReference(_:ref:at:hops:)``).
    func reference(_ ref: String, at location: SourceLocation) -> TypeRef {
        guard let target = context.resolve(ref, at: location) else { return .json }
        return schemaReference(target, ref: ref, at: location, hops: 0)
    }

    /// A component schema by name; the schema of a response, request body, parameter or header (with a
    /// warning, as older specs write it); any other schema by the name of its pointer, shared by every
    /// `$ref` to it. A schema that is itself a `$ref` is followed.
    private func schemaReference(_ target: ResolvedRef, ref: String, at location: SourceLocation, hops: Int) -> TypeRef
    {
        var target = target
        if let component = target.component, component.kind != "schemas" {
            if let inner = schemaInside(target, kind: component.kind) {
                context.warn(
                    "$ref '\(ref)' in a schema points to components/\(component.kind); using its schema", at: location)
                target = inner
            } else if Self.isShapedAsSchema(target.node) {
                // Older specs put schemas under `components/responses` (`properties`, no `content`).
                context.warn(
                    "$ref '\(ref)' in a schema points to components/\(component.kind), "
                        + "whose entry is shaped as a schema; reading it as one", at: location)
                target = ResolvedRef(segments: target.segments, node: target.node, component: nil)
            } else {
                context.error(
                    "$ref '\(ref)' points to components/\(component.kind), which holds no schema", at: location)
                return .json
            }
        }
        if let component = target.component, component.kind == "schemas" { return .reference(component.name) }
        if let next = target.node["$ref"], let nextRef = next.string {
            guard hops < 32 else {
                context.error("$ref cycle: '\(ref)' never reaches a schema", at: location)
                return .json
            }
            guard let resolved = context.resolve(nextRef, at: next.location) else { return .json }
            return schemaReference(resolved, ref: nextRef, at: next.location, hops: hops + 1)
        }
        return .reference(context.pointerSchemaName(target, at: location))
    }

    /// Whether a component entry that holds no schema is written as one: schema keywords, no `content`.
    static func isShapedAsSchema(_ node: SpecNode) -> Bool {
        guard node.isMapping, node["content"] == nil, node["schema"] == nil else { return false }
        let keywords = ["properties", "type", "allOf", "oneOf", "anyOf", "items", "enum", "additionalProperties"]
        return keywords.contains { node[$0] != nil }
    }

    /// The schema a response or request body (its JSON content), or a parameter or header holds.
    private func schemaInside(_ target: ResolvedRef, kind: String) -> ResolvedRef? {
        guard let node = context.dereference(target.node, expecting: kind) else { return nil }
        if let schema = node["schema"], kind == "parameters" || kind == "headers" {
            return ResolvedRef(segments: target.segments + ["schema"], node: schema, component: nil)
        }
        let contents = node["content"]?.entries ?? []
        let json = contents.first { $0.key.lowercased().contains("json") } ?? contents.first
        guard let json, let schema = json.value["schema"] else { return nil }
        return ResolvedRef(segments: target.segments + ["content", json.key, "schema"], node: schema, component: nil)
    }

    /// An object with properties, a map, or a free-form object.
    func objectType(_ node: SpecNode) -> TypeRef {
        let shape = objectShape(node)
        if shape.properties.isEmpty {
            if let values = shape.additionalProperties { return .map(values) }
            return .json
        }
        return .object(shape)
    }

    func objectShape(_ node: SpecNode) -> ObjectShape {
        let required = Set(node["required"]?.items.compactMap(\.string) ?? [])
        var properties: [Property] = []
        for entry in node["properties"]?.entries ?? [] {
            properties.append(property(entry.key, entry.value, required: required.contains(entry.key)))
        }
        var additional: TypeRef?
        let extra = node["additionalProperties"]
        if let extra, extra.bool == nil {
            additional = translate(extra).type
        }
        return ObjectShape(
            properties: properties, additionalProperties: additional, exampleOrder: exampleOrder(node),
            allowsUnlistedMembers: extra != nil && extra?.bool != false)
    }

    func property(_ name: String, _ node: SpecNode, required: Bool) -> Property {
        let translated = translate(node)
        return Property(
            name: name, type: translated.type, required: required, nullable: translated.nullable,
            readOnly: node["readOnly"]?.bool == true, writeOnly: node["writeOnly"]?.bool == true,
            deprecated: node["deprecated"]?.bool == true, description: describe(node),
            example: example(node), defaultValue: node["default"].flatMap { jsonValue($0, role: "default") },
            extendedFormat: node["x-format"]?.string)
    }

    /// The description of a schema, or of the schema it refers to through `allOf` with one item.
    func describe(_ node: SpecNode) -> String? {
        node["description"]?.string ?? node["title"]?.string
    }

    /// Examples and defaults longer than this (as JSON) are left out, with a warning.
    static let jsonValueLimit = 16_384

    /// The member names of the schema's example object, in the example's order.
    func exampleOrder(_ node: SpecNode) -> [String] {
        (node["example"] ?? node["examples"]?.items.first)?.entries.map(\.key) ?? []
    }

    /// The schema's example, or nil when it has none or it is too long to show.
    func example(_ node: SpecNode) -> SpecJSON? {
        (node["example"] ?? node["examples"]?.items.first).flatMap { jsonValue($0, role: "example") }
    }

    /// A value written in the spec (`example`, `default`), unless it is too long.
    func jsonValue(_ node: SpecNode, role: String) -> SpecJSON? {
        if let value = SpecJSON(node, limit: Self.jsonValueLimit) { return value }
        context.warnOnce(
            "\(role) longer than \(Self.jsonValueLimit) bytes as JSON; it is left out", at: node.location)
        return nil
    }
}
