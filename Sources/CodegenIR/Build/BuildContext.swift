import Foundation
import SpecReader

/// State shared by the translation steps: the document, its components and the diagnostics so far.
final class BuildContext {
    let root: SpecNode
    private(set) var diagnostics: [Diagnostic] = []
    /// `components.<kind>` by name, e.g. `components["schemas"]["Error"]`.
    private let components: [String: [String: SpecNode]]
    /// Named schemas already translated, and the ones being translated (to find cycles).
    var translatedSchemas: [String: (type: TypeRef, nullable: Bool)] = [:]
    var schemasInProgress: [String] = []

    init(root: SpecNode) {
        self.root = root
        var components: [String: [String: SpecNode]] = [:]
        for kind in root["components"]?.entries ?? [] {
            var byName: [String: SpecNode] = [:]
            for entry in kind.value.entries where byName[entry.key] == nil {
                byName[entry.key] = entry.value
            }
            components[kind.key] = byName
        }
        self.components = components
    }

    func warn(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, message, at: location))
    }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    /// The component named by a local `$ref` such as `#/components/schemas/Error`, as (kind, name, node).
    /// Reports a dangling or foreign reference and returns nil.
    func resolve(_ ref: String, at location: SourceLocation) -> (kind: String, name: String, node: SpecNode)? {
        let prefix = "#/components/"
        guard ref.hasPrefix(prefix) else {
            error("unsupported $ref '\(ref)': only local references to #/components/... are supported", at: location)
            return nil
        }
        let parts = ref.dropFirst(prefix.count).split(separator: "/", maxSplits: 1).map(Self.unescapePointer)
        guard parts.count == 2, let node = components[parts[0]]?[parts[1]] else {
            error("$ref '\(ref)' points to nothing in this document", at: location)
            return nil
        }
        return (parts[0], parts[1], node)
    }

    /// Follows `$ref` chains of a non-schema object (parameter, request body, response, header) to the object itself.
    func dereference(_ node: SpecNode, expecting kind: String) -> SpecNode? {
        var current = node
        var seen: Set<String> = []
        while let ref = current["$ref"]?.string {
            guard seen.insert(ref).inserted else {
                error("$ref cycle: '\(ref)' refers back to itself", at: current.location)
                return nil
            }
            guard let target = resolve(ref, at: current["$ref"]?.location ?? current.location) else { return nil }
            if target.kind != kind {
                warn(
                    "$ref '\(ref)' points to components/\(target.kind), expected components/\(kind)",
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

    func componentSchema(named name: String) -> SpecNode? {
        components["schemas"]?[name]
    }

    private static func unescapePointer(_ part: Substring) -> String {
        var text = String(part)
        if text.contains("%") { text = text.removingPercentEncoding ?? text }
        guard text.contains("~") else { return text }
        return text.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }
}
