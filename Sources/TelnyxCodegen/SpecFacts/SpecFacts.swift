import SpecReader

/// The API as facts: the published spec without its prose. Every path, operation, parameter, schema,
/// enum, format, example and title stays; every `description` text goes (a Response Object keeps an
/// empty one, which OpenAPI requires). `description` is dropped only where it is the OpenAPI keyword:
/// the names in name-keyed maps (`properties`, `components/schemas`, ...) and the values of examples,
/// defaults, enums, constants and `x-` extensions are copied as they are.
public enum SpecFacts {
    /// Keys whose value is data, copied verbatim.
    static let dataKeys: Set<String> = ["example", "default", "enum", "const", "value", "externalValue"]
    /// Keys whose value maps names to OpenAPI objects (or, for `mapping`, to references).
    static let nameMapKeys: Set<String> = [
        "properties", "patternProperties", "$defs", "definitions", "schemas", "responses", "parameters",
        "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems", "content", "encoding",
        "paths", "webhooks", "mapping", "variables", "examples", "dependentSchemas",
    ]

    /// `root` without its `description` texts.
    public static func strip(_ root: SpecNode) -> SpecNode {
        object(root, isResponse: false)
    }

    /// An OpenAPI object (a schema, an operation, a parameter, ...).
    private static func object(_ node: SpecNode, isResponse: Bool) -> SpecNode {
        switch node.value {
        case .scalar: return node
        case .sequence(let items):
            return SpecNode(.sequence(items.map { object($0, isResponse: false) }), location: node.location)
        case .mapping(let entries):
            var kept: [SpecNode.Entry] = []
            for var entry in entries {
                if entry.key == "description" {
                    guard isResponse else { continue }
                    entry.value = SpecNode(.scalar("", .quoted), location: entry.value.location)
                } else if dataKeys.contains(entry.key) || entry.key.hasPrefix("x-") {
                    // Data: kept as written.
                } else if entry.key == "examples", entry.value.isSequence {
                    // A schema's `examples` (OpenAPI 3.1) is a list of values.
                } else if nameMapKeys.contains(entry.key), entry.value.isMapping {
                    entry.value = nameMap(entry.value, ofResponses: entry.key == "responses")
                } else {
                    entry.value = object(entry.value, isResponse: false)
                }
                kept.append(entry)
            }
            return SpecNode(.mapping(kept), location: node.location)
        }
    }

    /// A map from names to objects: the names stay, whatever they are.
    private static func nameMap(_ node: SpecNode, ofResponses: Bool) -> SpecNode {
        let entries = node.entries.map { entry in
            var entry = entry
            entry.value = object(entry.value, isResponse: ofResponses && entry.value["$ref"] == nil)
            return entry
        }
        return SpecNode(.mapping(entries), location: node.location)
    }
}
