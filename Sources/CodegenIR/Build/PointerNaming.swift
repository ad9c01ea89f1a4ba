/// Names a schema after the JSON pointer that reaches it: the words that say where it is, without the
/// structural keywords.
///
/// - `components/schemas/BusinessIdentity/properties/address` → `BusinessIdentity.Address`
/// - `components/responses/IdentityResponse/content/application~1json/schema` → `IdentityResponse`
/// - `paths/~1orders~1{id}/get/responses/200/content/application~1json/schema/properties/meta`
///   → `GetOrder.Response.Meta` (the operationId names the operation; other statuses add their code)
enum PointerNaming {
    private static let structural: Set<String> = [
        "properties", "items", "schema", "additionalProperties", "allOf", "oneOf", "anyOf", "definitions",
    ]

    static func name(_ segments: [String], operationID: String?) -> String {
        var parts: [String] = []
        var rest = segments[...]
        if rest.first == "components", rest.count >= 3 {
            parts.append(rest[rest.startIndex + 2])
            rest = rest.dropFirst(3)
        } else if rest.first == "paths", rest.count >= 3 {
            let method = rest[rest.startIndex + 2]
            parts.append(NameCase.upperCamel(operationID ?? "\(method) \(rest[rest.startIndex + 1])"))
            rest = rest.dropFirst(3)
        }
        var previous = ""
        for segment in rest {
            defer { previous = segment }
            if structural.contains(segment) || previous == "content" || segment == "content" || segment == "responses" {
                continue
            }
            if previous == "responses" {
                parts.append(segment.hasPrefix("2") || segment == "default" ? "Response" : "Response\(segment)")
                continue
            }
            if segment.allSatisfy(\.isNumber) {
                parts.append("Part\(segment)")
                continue
            }
            let word = NameCase.upperCamel(segment)
            if !word.isEmpty { parts.append(word) }
        }
        return parts.isEmpty ? "Pointer" : parts.joined(separator: ".")
    }
}
