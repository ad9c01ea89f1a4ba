import CodegenIR
import PluginsShared

/// Renders the `TelnyxTesting` library (`Testing/`): the operation names, the catalog the test
/// transport answers from, and the webhook examples, for the client the Swift model declares.
struct TestingRenderer {
    let model: APIModel
    /// The client's declarations, calls and resources.
    let swift: SwiftModel
    let templates: TemplateSet
    /// The example builder, shared with the skill documents' example deliveries.
    let synthesizer: ExampleSynthesizer

    var surface: APISurface { swift.surface }
    var tree: ResourceTree { swift.tree }

    func render() -> [OutputFile] {
        let catalog = TestCatalog(model: model, surface: surface, synthesizer: synthesizer)
        let paths = OutputLayout.testingFilePaths()
        let sections = [
            templates.render(
                .testingCatalog, CatalogView(specTitle: "\(model.title) \(model.version)", catalog: catalog)),
            templates.render(.testingOperations, operationNames()),
            templates.render(.testingWebhooks, webhookExamples(synthesizer)),
        ]
        return zip(paths, sections).map { path, section in
            OutputFile(path: path, contents: file(section, exportsSupport: path.hasSuffix("/Operations.swift")))
        }
    }

    private func file(_ section: String, exportsSupport: Bool) -> String {
        templates.render(
            .file,
            FileView(
                specTitle: model.title, specVersion: model.version, imports: exportsSupport ? [] : ["Telnyx"],
                exportedImports: exportsSupport ? ["TelnyxTestingSupport"] : [], generatedImports: [],
                sections: [SwiftRenderer.withoutFinalNewline(section)]))
    }

    /// The client's resource tree, each resource with the methods the Swift renderer gave it.
    private func operationNames() -> OperationNamesView {
        var methods: [String: [OperationNamesView.Method]] = [:]
        for operation in model.operations {
            guard let declared = surface.operations[operation.id] else { continue }
            methods[operation.resourcePath.joined(separator: "."), default: []].append(
                OperationNamesView.Method(
                    methodName: declared.methodName, httpMethod: operation.method.description, path: operation.path,
                    id: operation.id, name: TestCatalog.clientName(declared)))
        }
        func children(of node: ResourceTree.Node?) -> [OperationNamesView.Accessor] {
            guard let node else { return [] }
            return node.children.compactMap { name in
                tree.node(node.path + [name]).map {
                    OperationNamesView.Accessor(
                        accessor: ResourceTree.accessor(name), operationsType: $0.operationsTypeName,
                        dottedPath: $0.dottedAccessors)
                }
            }
        }
        return OperationNamesView(
            roots: children(of: tree.node([])),
            resources: tree.resources.map { node in
                OperationNamesView.Resource(
                    operationsType: node.operationsTypeName, dottedPath: node.dottedAccessors,
                    operations: methods[node.path.joined(separator: ".")] ?? [], children: children(of: node))
            })
    }

    private func webhookExamples(_ synthesizer: ExampleSynthesizer) -> WebhookExamplesView {
        WebhookExamplesView(
            examples: model.webhooks.compactMap { webhook in
                guard let caseName = surface.webhookCases[webhook.name], let type = surface.webhookTypes[webhook.name],
                    let payload = webhook.payload
                else { return nil }
                let (json, fromSpec) = synthesizer.example(payload, given: webhook.payloadExample)
                let text = json.text
                let hashes = SwiftLiteral.rawDelimiter(for: text)
                return WebhookExamplesView.Example(
                    caseName: caseName, type: type.description,
                    summary: (webhook.summary ?? webhook.name).split(whereSeparator: \.isNewline).joined(
                        separator: " "),
                    fromSpec: fromSpec,
                    literal: hashes + "\"" + text + "\"" + hashes)
            })
    }
}
