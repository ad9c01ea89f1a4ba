/// The doc comment of a resource method: the operation's summary and endpoint, then `- Parameters:`
/// with a line for every argument of the overload, `- Returns:` and `- Throws:` — the sections
/// Quick Help and DocC show.
enum MethodDocumentation {
    /// The lines for the overload that takes `arguments` (Swift name, what the line says), in order.
    static func lines(_ operation: OperationDeclaration, arguments: [(name: String, text: String)]) -> [DocLineView] {
        var lines = operation.doc.lines
        lines += ["", "- Parameters:"]
        for (name, text) in arguments + [(name: "options", text: optionsText)] {
            lines.append("  - \(SwiftNames.unescaped(name)): \(text)")
        }
        if let returns = returns(operation.call) { lines.append("- Returns: \(returns)") }
        if case .paginate = operation.call {} else { lines.append("- Throws: \(throwsText)") }
        return lines.map { DocLineView(text: $0.isEmpty ? nil : $0) }
    }

    /// The arguments of the overload that takes the body whole.
    static func arguments(_ operation: OperationDeclaration) -> [(name: String, text: String)] {
        operation.fields.map { field in
            (field.name, text(field, bodyType: field.location == .body ? field.type.description : nil))
        }
    }

    /// The arguments of the overload that takes the body's fields: the other parameters keep their
    /// place (required ones first), the fields come with the method's labels, `clearing:` last.
    static func arguments(_ operation: OperationDeclaration, fields body: OperationDeclaration.FlattenedBody)
        -> [(name: String, text: String)]
    {
        let bodyFields = zip(body.model.initProperties, body.labels).map { property, label in
            let text =
                property.facts?.text(location: "in the body", required: property.required)
                ?? "`\(property.wireName)` in the body; \(property.required ? "required" : "optional")."
            return (name: label, text: text)
        }
        let clearing: [(name: String, text: String)] =
            body.model.clearableProperties.isEmpty ? [] : [(name: "clearing", text: clearingText)]
        return OperationDeclaration.FlattenedBody.ordered(operation.fields, bodyFields: bodyFields, clearing: clearing)
        {
            (name: $0.name, text: text($0))
        }
    }

    private static func text(_ field: OperationDeclaration.Field, bodyType: String? = nil) -> String {
        if let bodyType {
            return "The request body, `\(bodyType)`; \(field.required ? "required" : "optional")."
        }
        if !field.members.isEmpty {
            let names = field.members.map { "`\($0.wireName)`" }.joined(separator: ", ")
            return "The query parameters \(names), each optional."
        }
        let location =
            switch field.location {
            case .path: "in the path"
            case .query: "in the query"
            case .header: "as a header"
            case .body: "in the body"
            }
        return field.facts?.text(location: location, required: field.required)
            ?? "`\(field.wireName)` \(location); \(field.required ? "required" : "optional")."
    }

    private static func returns(_ call: OperationDeclaration.Call) -> String? {
        switch call {
        case .json(let type): "The decoded response, `\(type)`."
        case .text: "The response body as text."
        case .data: "The response body's bytes."
        case .void: nil
        case .paginate(let item, _, _):
            "The items, `\(item)`, as a `PageSequence` that fetches each page as you iterate; iterating throws `TelnyxError`."
        }
    }

    static let optionsText =
        "Settings for this request only: timeout, retries, an idempotency key, extra query or body members."
    static let clearingText = "The fields to send as JSON `null`, which clears them."
    static let throwsText =
        "`TelnyxError`: the API's answer to a failed request (status, error codes, request id), a connection failure or timeout after the retries, or a response that does not decode."
}
