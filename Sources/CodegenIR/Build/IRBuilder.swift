import SpecReader

/// Builds the IR from a spec's node tree. Pure: no I/O.
public enum IRBuilder {
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// The model and its warnings; throws `IRBuildError` (with every diagnostic) when the spec has errors.
    public static func build(
        _ root: SpecNode, configuration: GeneratorConfiguration = GeneratorConfiguration()
    ) throws -> (model: APIModel, diagnostics: [Diagnostic]) {
        let context = BuildContext(root: root)
        guard root.isMapping, root["openapi"] != nil || root["swagger"] != nil else {
            context.error("not an OpenAPI document: the top level needs an 'openapi' version", at: root.location)
            throw IRBuildError(diagnostics: context.diagnostics)
        }
        let schemas = SchemaTranslator(context: context)
        let componentSchemas = translateComponents(schemas, context)
        var operations = OperationCollector(context: context, schemas: schemas).collect()
        let products = ProductAssigner(configuration: configuration, context: context)
        OperationNaming(context: context, overrides: configuration.nameOverrides).assign(&operations)
        for index in operations.indices {
            operations[index].product = products.product(for: operations[index])
        }
        let webhooks = WebhookCollector(context: context, schemas: schemas).collect().map { hook in
            var hook = hook
            hook.product = products.product(forWebhook: hook)
            return hook
        }
        let diagnostics = context.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw IRBuildError(diagnostics: diagnostics)
        }
        let info = root["info"]
        let model = APIModel(
            title: info?["title"]?.string ?? "API", version: info?["version"]?.string ?? "",
            operations: operations.sorted(by: OperationCollector.pathOrder),
            schemas: componentSchemas.sorted { $0.name < $1.name },
            webhooks: webhooks.sorted { $0.name < $1.name },
            products: products.products(operations: operations, webhooks: webhooks))
        return (model, diagnostics)
    }

    private static func translateComponents(_ schemas: SchemaTranslator, _ context: BuildContext) -> [Schema] {
        var result: [Schema] = []
        for entry in context.componentSchemaEntries {
            guard let translated = schemas.namedSchema(entry.key, at: entry.keyLocation) else { continue }
            var schema = Schema(
                name: entry.key, type: translated.type, nullable: translated.nullable,
                title: entry.value["title"]?.string, description: entry.value["description"]?.string,
                location: entry.keyLocation)
            schema.example = schemas.exampleText(entry.value)
            result.append(schema)
        }
        reportAliasCycles(result, context)
        return result
    }

    /// A schema that is only a `$ref` chain leading back to itself has no shape at all.
    private static func reportAliasCycles(_ schemas: [Schema], _ context: BuildContext) {
        var aliases: [String: String] = [:]
        for schema in schemas {
            if case .reference(let target) = schema.type { aliases[schema.name] = target }
        }
        for schema in schemas where aliases[schema.name] != nil {
            var chain = [schema.name]
            var current = schema.name
            while let next = aliases[current] {
                if next == schema.name {
                    context.error("$ref cycle: \((chain + [next]).joined(separator: " -> "))", at: schema.location)
                    break
                }
                if chain.contains(next) { break }
                chain.append(next)
                current = next
            }
        }
    }
}
