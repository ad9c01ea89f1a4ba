import SpecReader

/// Builds the IR from a spec's node tree. Pure: no I/O.
public enum IRBuilder {

    /// The model and its warnings; throws `IRBuildError` (with every diagnostic) when the spec has errors.
    public static func build(
        _ root: SpecNode, configuration: GeneratorConfiguration = GeneratorConfiguration()
    ) throws -> (model: APIModel, diagnostics: [Diagnostic]) {
        let context = BuildContext(root: root)
        guard root.isMapping, root["openapi"] != nil || root["swagger"] != nil else {
            context.error("not an OpenAPI document: the top level needs an 'openapi' version", at: root.location)
            throw IRBuildError(diagnostics: context.diagnostics)
        }
        context.registerDeepPointers()
        let schemas = SchemaTranslator(context: context)
        var componentSchemas = translateComponents(schemas, context)
        let drafts = OperationCollector(context: context, schemas: schemas).collect()
        let products = ProductAssigner(configuration: configuration, context: context)
        let names = OperationNaming(context: context, overrides: configuration.nameOverrides, schemas: schemas)
            .names(drafts)
        let operations = zip(drafts, names).map { draft, name in
            Operation(draft, name: name, product: products.product(for: draft))
        }
        let webhooks = WebhookCollector(context: context, schemas: schemas, products: products).collect()
        componentSchemas += translatePointerSchemas(schemas, context)
        reportDeclarationCycles(componentSchemas, context)
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
        var unions = UnionWarnings(schemas: model.schemas)
        unions.report(model, context)
        return (model, context.diagnostics)
    }

    private static func translateComponents(_ schemas: SchemaTranslator, _ context: BuildContext) -> [Schema] {
        context.componentSchemaEntries.compactMap { entry in
            schema(entry.key, entry.value, at: entry.keyLocation, schemas)
        }
    }

    /// Schemas that `$ref`s reach below a component (named after their pointer); translating one may
    /// reach more, so the list is read until it stops growing.
    private static func translatePointerSchemas(_ schemas: SchemaTranslator, _ context: BuildContext) -> [Schema] {
        var result: [Schema] = []
        var next = 0
        while next < context.pointerSchemas.count {
            let (name, node, location) = context.pointerSchemas[next]
            next += 1
            if let schema = schema(name, node, at: location, schemas) { result.append(schema) }
        }
        return result
    }

    private static func schema(
        _ name: String, _ node: SpecNode, at location: SourceLocation, _ schemas: SchemaTranslator
    )
        -> Schema?
    {
        guard let translated = schemas.namedSchema(name, at: location) else { return nil }
        var schema = Schema(
            name: name, type: translated.type, nullable: translated.nullable, title: node["title"]?.string,
            description: node["description"]?.string, location: location)
        schema.example = schemas.example(node)
        return schema
    }

    /// Named schemas that would contain themselves in Swift (see ``DeclarationCycles``).
    private static func reportDeclarationCycles(_ schemas: [Schema], _ context: BuildContext) {
        let cycles = DeclarationCycles(schemas)
        for schema in schemas {
            guard let chain = cycles.cycle(from: schema.name) else { continue }
            let path = chain.joined(separator: " -> ")
            if cycles.isReferenceChain(chain) {
                context.error("$ref cycle: \(path)", at: schema.location)
            } else {
                context.error(
                    "$ref cycle with no object in it: \(path) (a Swift type alias or enum cannot contain itself)",
                    at: schema.location)
            }
        }
    }
}
