import Foundation
import TelnyxRuntime

/// What the test transport knows of the spec: every operation (method, path template, parameters,
/// body schema, success status, content type and response example) and the schemas request bodies
/// use. The generated `TelnyxTesting` library builds one from its spec (`TelnyxTestCatalog.spec`);
/// each entry is one line of JSON, parsed once when the catalog is first used.
public struct TelnyxTestCatalog: Sendable {
    struct Operation: Sendable {
        var id: String
        var name: String
        var method: String
        var path: String
        var parameters: [Parameter]
        var body: Body?
        var response: Response
        var pagination: Pagination?

        var operation: TelnyxOperation { TelnyxOperation(id, name: name) }
        /// `messages.send (POST /messages)`.
        var title: String { "\(name) (\(method) \(path))" }
    }

    struct Parameter: Sendable {
        var name: String
        /// `path`, `query` or `header`.
        var location: String
        var required: Bool
        var schema: JSONValue
    }

    struct Body: Sendable {
        var required: Bool
        var contentType: String
        /// The schema of a JSON body; nil for other content.
        var schema: JSONValue?
    }

    struct Response: Sendable {
        var status: Int
        var contentType: String?
        /// The JSON example (from the spec, or built from the response schema).
        var example: JSONValue?
        /// True when the spec gives the example; false when it was built from the schema.
        var fromSpec: Bool
        /// The schema of a JSON answer; nil for other content.
        var schema: JSONValue? = nil
    }

    struct Pagination: Sendable {
        /// `pageNumber`, `cursor`, `pageCursor`, `offset`, `perPage`, `nextPageURI` or `none`.
        var style: String
        /// Paging query parameters by role (`number` → `page[number]`).
        var parameters: [String: String]
        /// The member holding the items (`data`).
        var items: String
    }

    let operations: [String: Operation]
    /// Named schemas request bodies, parameters and responses refer to: name → (schema, nullable).
    let schemas: [String: (schema: JSONValue, nullable: Bool)]

    /// - Parameters:
    ///   - operations: One JSON object per line, as the generator writes them.
    ///   - schemas: One `{"name": ..., "nullable": ..., "schema": ...}` object per line.
    public init(operations: String, schemas: String) {
        var byID: [String: Operation] = [:]
        for line in Self.lines(operations) {
            guard let operation = Self.operation(line) else { continue }
            byID[operation.id] = operation
        }
        var named: [String: (schema: JSONValue, nullable: Bool)] = [:]
        for line in Self.lines(schemas) {
            guard let name = line["name"]?.stringValue else { continue }
            named[name] = (line["schema"] ?? [:], line["nullable"]?.boolValue ?? false)
        }
        self.operations = byID
        self.schemas = named
    }

    /// How many operations the catalog answers.
    public var operationCount: Int { operations.count }
    /// How many answer with the spec's own response example (the rest use a body built from the schema).
    public var operationsWithSpecExample: Int { operations.values.filter(\.response.fromSpec).count }

    /// One line per operation whose example answer does not fit its response schema, naming the
    /// member (strict mode would fail every call answered with it); empty for a consistent spec.
    public func exampleViolations() -> [String] {
        let validator = ResponseValidator(catalog: self)
        return operations.values.sorted { $0.id < $1.id }.flatMap { operation -> [String] in
            guard let example = operation.response.example else { return [] }
            return validator.violations(of: example, for: operation).map { "\(operation.title): \($0)" }
        }
    }

    /// A schema with its `ref` looked up in ``schemas`` (itself when it names none, or an unknown one).
    func resolved(_ schema: JSONValue) -> JSONValue {
        guard let name = schema["ref"]?.stringValue else { return schema }
        return schemas[name]?.schema ?? schema
    }

    /// The operation a request is for: by the operation id the client sends, else by method and path.
    func operation(id: String, method: String, path: String) -> Operation? {
        if let operation = operations[id] { return operation }
        return operations.values.sorted { $0.id < $1.id }.first {
            $0.method == method && PathTemplate.parameters(of: path, template: $0.path) != nil
        }
    }

    private static func lines(_ text: String) -> [JSONValue] {
        text.split(separator: "\n").compactMap { try? TelnyxJSON.parse(String($0)) }
    }

    private static func operation(_ json: JSONValue) -> Operation? {
        guard let id = json["id"]?.stringValue, let method = json["method"]?.stringValue,
            let path = json["path"]?.stringValue
        else { return nil }
        let parameters = (json["parameters"]?.arrayValue ?? []).compactMap { item -> Parameter? in
            guard let name = item["name"]?.stringValue, let location = item["in"]?.stringValue else { return nil }
            return Parameter(
                name: name, location: location, required: item["required"]?.boolValue ?? false,
                schema: item["schema"] ?? [:])
        }
        let body = json["body"].map {
            Body(
                required: $0["required"]?.boolValue ?? false,
                contentType: $0["contentType"]?.stringValue ?? "application/json", schema: $0["schema"])
        }
        let response = json["response"]
        let pagination = json["pagination"].map { paging in
            Pagination(
                style: paging["style"]?.stringValue ?? "none",
                parameters: (paging["parameters"]?.objectValue ?? [:]).compactMapValues(\.stringValue),
                items: paging["items"]?.stringValue ?? "data")
        }
        return Operation(
            id: id, name: json["name"]?.stringValue ?? id, method: method, path: path, parameters: parameters,
            body: body,
            response: Response(
                status: response?["status"]?.intValue ?? 200, contentType: response?["contentType"]?.stringValue,
                example: response?["example"], fromSpec: response?["fromSpec"]?.boolValue ?? false,
                schema: response?["schema"]),
            pagination: pagination)
    }
}

/// Matching request paths against the spec's path templates.
enum PathTemplate {
    /// The template's parameters when `path` fits it (`/messages/{id}` and `/messages/42` →
    /// `["id": "42"]`), nil when it does not.
    static func parameters(of path: String, template: String) -> [String: String]? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        let pattern = template.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count == pattern.count else { return nil }
        var result: [String: String] = [:]
        for (segment, expected) in zip(segments, pattern) {
            if expected.hasPrefix("{") && expected.hasSuffix("}") {
                guard !segment.isEmpty else { return nil }
                result[String(expected.dropFirst().dropLast())] =
                    String(segment).removingPercentEncoding ?? String(segment)
            } else if let brace = expected.firstIndex(of: "{") {
                // A parameter inside a segment (`{id}.json`): the fixed text around it must match.
                let prefix = expected[..<brace]
                let suffix = expected[
                    (expected.firstIndex(of: "}").map { expected.index(after: $0) } ?? expected.endIndex)...]
                guard segment.hasPrefix(prefix), segment.hasSuffix(suffix), segment.count > prefix.count + suffix.count
                else { return nil }
            } else if segment != expected {
                return nil
            }
        }
        return result
    }
}
