import TelnyxRuntime

/// Checks a successful JSON answer against its operation's response schema (strict mode): the
/// members a test stubs, and the examples, must fit the spec as the live API's answers do. A paged
/// answer is checked item by item (its paging members are the test transport's own).
struct ResponseValidator {
    let catalog: TelnyxTestCatalog

    /// The violations of `body`, each naming the member (`response.data.to: expected string, got integer`).
    func violations(of body: JSONValue, for operation: TelnyxTestCatalog.Operation) -> [String] {
        guard let schema = operation.response.schema else { return [] }
        let validator = SchemaValidator(schemas: catalog.schemas, checksResponse: true)
        guard let pagination = operation.pagination, pagination.style != "none" else {
            return validator.violations(of: body, against: schema, at: "response")
        }
        guard let itemSchema = catalog.resolved(schema)["properties"]?[pagination.items]?["items"] else { return [] }
        return (body[pagination.items]?.arrayValue ?? []).enumerated().flatMap { index, item in
            validator.violations(of: item, against: itemSchema, at: "response.\(pagination.items)[\(index)]")
        }
    }
}
