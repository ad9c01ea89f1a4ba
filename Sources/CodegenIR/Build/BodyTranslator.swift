import SpecReader

/// Translates request bodies and responses, following `$ref`s to components.
struct BodyTranslator {
    let context: BuildContext
    let schemas: SchemaTranslator

    func requestBody(_ reference: SpecNode) -> RequestBody? {
        guard let node = context.dereference(reference, expecting: "requestBodies") else { return nil }
        return RequestBody(
            required: node["required"]?.bool == true, description: node["description"]?.string,
            contents: contents(node["content"]))
    }

    /// Responses sorted by status: `1XX`..`5XX` codes numerically, then ranges, then `default`.
    func responses(_ node: SpecNode?) -> [Response] {
        var result: [Response] = []
        for entry in node?.entries ?? [] {
            guard let response = context.dereference(entry.value, expecting: "responses") else { continue }
            var headers: [String] = []
            for header in response["headers"]?.entries ?? [] {
                if context.dereference(header.value, expecting: "headers") != nil { headers.append(header.key) }
            }
            result.append(
                Response(
                    status: entry.key, description: response["description"]?.string,
                    contents: contents(response["content"]), headers: headers))
        }
        return result.sorted { Self.statusOrder($0.status) < Self.statusOrder($1.status) }
    }

    private static func statusOrder(_ status: String) -> String {
        if status == "default" { return "9" }
        return status.uppercased()
    }

    private func contents(_ node: SpecNode?) -> [MediaContent] {
        (node?.entries ?? []).map { entry in
            let kind = contentKind(entry.key, at: entry.keyLocation)
            let schema = entry.value["schema"].map { schemas.translate($0).type }
            return MediaContent(contentType: entry.key, kind: kind, schema: schema, example: example(entry.value))
        }
    }

    /// The media type's `example`, else the value of its first `examples` entry, else its inline
    /// schema's `example` (a named schema keeps its own, ``Schema/example``).
    private func example(_ media: SpecNode) -> SpecJSON? {
        if let example = media["example"] { return schemas.jsonValue(example, role: "example") }
        if let first = media["examples"]?.entries.first,
            let value = context.dereference(first.value, expecting: "examples")?["value"]
        {
            return schemas.jsonValue(value, role: "example")
        }
        guard let schema = media["schema"], schema["$ref"] == nil else { return nil }
        return schemas.example(schema)
    }

    private func contentKind(_ contentType: String, at location: SourceLocation) -> ContentKind {
        let type =
            contentType.lowercased().utf8.split(separator: UInt8(ascii: ";")).first.map { String(Substring($0)) } ?? ""
        switch type {
        case "*":
            context.warn("malformed content type '*'; treating it as '*/*'", at: location)
            return .any
        case "*/*": return .any
        case "application/json", "text/json": return .json
        case "application/x-www-form-urlencoded": return .formURLEncoded
        case "text/event-stream": return .eventStream
        default:
            if type.hasSuffix("+json") { return .json }
            if type.hasPrefix("multipart/") { return .multipart }
            if type.hasPrefix("text/") { return .text }
            if !type.contains("/") { context.warn("malformed content type '\(contentType)'", at: location) }
            return .binary
        }
    }
}
