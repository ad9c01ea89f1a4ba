import SpecReader

/// State shared by the translation steps: the document, its `$ref` resolver and the diagnostics so far.
final class BuildContext {
    let root: SpecNode
    private(set) var diagnostics: [Diagnostic] = []
    private var resolver: RefResolver
    /// Named schemas already translated, and the ones being translated (to find cycles).
    var translatedSchemas: [String: (type: TypeRef, nullable: Bool)] = [:]
    var schemasInProgress: [String] = []
    /// Whether the error for a too-deep chain of named schemas has been given (once is enough).
    var reportedReferenceDepth = false
    /// Schemas a `$ref` reaches below a component or elsewhere in the document
    /// (`#/components/schemas/BusinessIdentity/properties/address`), named after their pointer, in the order found.
    private(set) var pointerSchemas: [(name: String, node: SpecNode, location: SourceLocation)] = []
    private var pointerSchemaNames: [String: String] = [:]
    private var pointerSchemaNodes: [String: SpecNode] = [:]
    private var pointerSchemaAtLocation: [SourceLocation: String] = [:]
    private var warnedLocations: Set<SourceLocation> = []

    init(root: SpecNode) {
        self.root = root
        self.resolver = RefResolver(root: root)
    }

    func warn(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, message, at: location))
    }

    /// Warns about a node once, however many uses of it are translated.
    func warnOnce(_ message: String, at location: SourceLocation) {
        if warnedLocations.insert(location).inserted { warn(message, at: location) }
    }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    /// The node a local `$ref` points at; reports a dangling or non-local reference and returns nil.
    func resolve(_ ref: String, at location: SourceLocation) -> ResolvedRef? {
        switch resolver.resolve(ref) {
        case .success(let resolved): return resolved
        case .failure(.notLocal):
            error("unsupported $ref '\(ref)': only local references (#/...) are supported", at: location)
        case .failure(.dangling):
            error("$ref '\(ref)' points to nothing in this document", at: location)
        }
        return nil
    }

    /// The node a local `$ref` points at, without reporting anything (for look-ahead).
    func lookUp(_ ref: String) -> ResolvedRef? {
        try? resolver.resolve(ref).get()
    }

    /// Follows `$ref` chains of a non-schema object (parameter, request body, response, header) to the object itself.
    func dereference(_ node: SpecNode, expecting kind: String) -> SpecNode? {
        var current = node
        var seen: Set<String> = []
        while let refNode = current["$ref"], let ref = refNode.string {
            guard seen.insert(ref).inserted else {
                error("$ref cycle: '\(ref)' refers back to itself", at: current.location)
                return nil
            }
            guard let target = resolve(ref, at: refNode.location) else { return nil }
            if let component = target.component, component.kind != kind {
                warn(
                    "$ref '\(ref)' points to components/\(component.kind), expected components/\(kind)",
                    at: current.location)
            }
            current = target.node
        }
        return current
    }

    /// Named component schemas in document order.
    var componentSchemaEntries: [SpecNode.Entry] {
        root["components"]?["schemas"]?.entries ?? []
    }

    /// A component schema, or a schema named after the pointer that reached it.
    func componentSchema(named name: String) -> SpecNode? {
        resolver.component("schemas", name) ?? pointerSchemaNodes[name]
    }

    /// The name of the schema at a pointer below a component, registered the first time it is reached.
    func pointerSchemaName(_ target: ResolvedRef, at location: SourceLocation) -> String {
        let key = target.segments.joined(separator: "/")
        if let name = pointerSchemaNames[key] { return name }
        var name = PointerNaming.name(target.segments, operationID: operationID(at: target.segments))
        if componentSchema(named: name) != nil {
            var suffix = 2
            while componentSchema(named: "\(name)\(suffix)") != nil { suffix += 1 }
            name = "\(name)\(suffix)"
        }
        pointerSchemaNames[key] = name
        pointerSchemaNodes[name] = target.node
        pointerSchemaAtLocation[target.node.location] = name
        pointerSchemas.append((name, target.node, target.node.location))
        return name
    }

    /// The pointer name of an inline schema that some `$ref` also reaches, so it is translated once, by name.
    func pointerSchemaName(ofInline node: SpecNode) -> String? {
        pointerSchemaAtLocation.isEmpty ? nil : pointerSchemaAtLocation[node.location]
    }

    /// Names, before translation, every schema a deep pointer reaches (one walk over the document), so
    /// the inline schema and the `$ref`s to it share one type. Dangling pointers are left for translation to report.
    func registerDeepPointers() {
        var refs: [String] = []
        Self.collectDeepRefs(root, into: &refs)
        for ref in refs {
            guard let target = lookUp(ref), target.component == nil, target.node.isMapping,
                target.node["$ref"] == nil, target.segments.first == "paths" || target.segments.first == "components"
            else { continue }
            _ = pointerSchemaName(target, at: target.node.location)
        }
    }

    /// `$ref`s that point below a component or outside `components` (`#/components/schemas/A/properties/b`).
    private static func collectDeepRefs(_ node: SpecNode, into refs: inout [String]) {
        switch node.value {
        case .scalar: return
        case .sequence(let items): for item in items { collectDeepRefs(item, into: &refs) }
        case .mapping(let entries):
            for entry in entries {
                if entry.key == "$ref", let ref = entry.value.string {
                    if isDeep(ref) { refs.append(ref) }
                } else {
                    collectDeepRefs(entry.value, into: &refs)
                }
            }
        }
    }

    private static func isDeep(_ ref: String) -> Bool {
        guard ref.hasPrefix("#/") else { return false }
        guard ref.hasPrefix("#/components/") else { return true }
        return ref.utf8.lazy.filter { $0 == UInt8(ascii: "/") }.count > 3
    }

    /// The operationId of the operation a `#/paths/<path>/<method>/...` pointer lies in.
    private func operationID(at segments: [String]) -> String? {
        guard segments.count >= 3, segments[0] == "paths" else { return nil }
        return root["paths"]?[segments[1]]?[segments[2]]?["operationId"]?.string
    }
}
