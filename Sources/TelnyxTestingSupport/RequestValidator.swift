import Foundation
import TelnyxRuntime

/// Checks a request against its operation in the spec: method and path template, required path
/// and query parameters and their values, and the JSON body (required, members, types, enums).
struct RequestValidator {
    let catalog: TelnyxTestCatalog

    func violations(of request: RecordedRequest, against operation: TelnyxTestCatalog.Operation) -> [String] {
        var result: [String] = []
        if request.method != operation.method {
            result.append("method \(request.method), the spec says \(operation.method)")
        }
        if PathTemplate.parameters(of: request.path, template: operation.path) == nil {
            result.append("path \(request.path) does not fit \(operation.path)")
        }
        let validator = SchemaValidator(schemas: catalog.schemas)
        for parameter in operation.parameters where parameter.location == "query" {
            let values = request.query.filter { $0.name == parameter.name }.map(\.value)
            if values.isEmpty {
                if parameter.required { result.append("query \(parameter.name): required parameter is missing") }
                continue
            }
            for value in values {
                result += validator.violations(
                    of: Self.queryValue(value, schema: catalog.resolved(parameter.schema)), against: parameter.schema,
                    at: "query \(parameter.name)")
            }
        }
        for parameter in operation.parameters where parameter.location == "header" && parameter.required {
            if request.headers[parameter.name.lowercased()] == nil {
                result.append("header \(parameter.name): required header is missing")
            }
        }
        if let body = operation.body { result += bodyViolations(request, body, validator) }
        return result
    }

    private func bodyViolations(
        _ request: RecordedRequest, _ body: TelnyxTestCatalog.Body, _ validator: SchemaValidator
    ) -> [String] {
        if request.body.isEmpty {
            return body.required ? ["body: the operation requires a body"] : []
        }
        guard let schema = body.schema else { return [] }
        guard let json = request.json else { return ["body: not valid JSON"] }
        return validator.violations(of: json, against: schema, at: "body")
    }

    /// A query value as the JSON its schema describes: `"2"` is an integer for an integer parameter.
    static func queryValue(_ text: String, schema: JSONValue) -> JSONValue {
        let type = schema["type"]?.stringValue ?? schema["enum"]?.arrayValue?.first.map(\.typeName)
        switch type {
        case "integer": return Int(text).map(JSONValue.integer) ?? .string(text)
        case "number": return Double(text).map { .number($0) } ?? .string(text)
        case "boolean": return text == "true" ? true : text == "false" ? false : .string(text)
        case "array":
            return .array(text.split(separator: ",").map { queryValue(String($0), schema: schema["items"] ?? [:]) })
        default: return .string(text)
        }
    }
}
