import CodegenIR
import Foundation
import PluginsShared

/// Renders the Swift client: models grouped by product plus shared shards, one operations file per
/// product, `Client.swift` with the resource tree, and `Webhooks.swift`.
public struct SwiftRenderer: Sendable {
    let model: APIModel
    let templates: TemplateSet
    /// The folder the Swift files go into, relative to the output root.
    let directory: String
    /// Every configured product: each gets its files even when the spec gives it nothing, so the
    /// file list follows from the configuration alone.
    let productNames: [String]
    /// No configured products: every product's code is packed into `OutputLayout.productShards` files.
    let packed: Bool

    public init(model: APIModel, templates: TemplateSet, configuredProducts: [String] = [], directory: String = "Swift")
    {
        self.model = model
        self.templates = templates
        self.directory = directory
        var names = configuredProducts
        for product in model.products.map(\.name) + [Product.fallbackName] where !names.contains(product) {
            names.append(product)
        }
        self.productNames = names
        self.packed = OutputLayout.packs(configuredProducts)
    }

    /// A piece of a file: a type declaration or an operation, rendered later, concurrently.
    enum Section: Sendable {
        case declaration(SwiftDeclaration)
        case operation(OperationDeclaration)
        case text(String)
    }

    /// The declarations of every file, unrendered, and the API surface they make up.
    struct Pass: Sendable {
        var sections: [(file: String, section: Section)]
        /// Sections already rendered while the pass was built, by index into ``sections``.
        var rendered: [Int: String] = [:]
        var surface: APISurface
        /// The client's resources, which the testing library's operation names follow.
        var tree: ResourceTree
    }

    public func render() -> [OutputFile] {
        render(build())
    }

    /// Runs the declaration and operation builders once: the sections of every Swift file and
    /// the ``APISurface`` the skill documents use.
    /// - Parameter renderingEarly: render the sections on a second thread as they are built.
    func build(renderingEarly: Bool = false) -> Pass {
        let tree = ResourceTree(operations: model.operations)
        var declarations = DeclarationBuilder(
            names: TypeNames(schemas: model.schemas, resourceTypeNames: tree.resourceTypeNames),
            references: TypeReferences(schemas: model.schemas))
        let placement = SchemaPlacement(model: model)
        let pipeline = renderingEarly ? SectionPipeline { [self] in renderSection($0, surface: nil) } : nil
        var sections: [(file: String, section: Section)] = []
        func add(_ file: String, _ new: [Section]) {
            for section in new {
                pipeline?.add(sections.count, section)
                sections.append((file, section))
            }
        }
        var surface = APISurface()

        // Schemas, in name order, each with the types nested in it.
        for schema in model.schemas {
            let side: DeclarationBuilder.Side = placement.requestSchemas.contains(schema.name) ? .request : .response
            let declared = declarations.declaring(for: side) { $0.declare(schema: schema) }.declared
            let file = placement.productOfSchema[schema.name].map { modelsPath($0) } ?? sharedPath(schema.name)
            add(file, declared.map(Section.declaration))
        }

        // Operations, grouped by product, each followed by the types nested in its resource.
        let builder = OperationBuilder(model: model)
        for operation in model.operations {
            guard let node = tree.node(operation.resourcePath) else { continue }
            let methodName = Self.methodName(operation.methodName, children: node.children)
            let (declaration, declared) = declarations.declaring(for: .request) {
                builder.build(operation, resourceType: node.typeName, methodName: methodName, declarations: &$0)
            }
            surface.operations[operation.id] = APISurface.operation(declaration, resourcePath: operation.resourcePath)
            let file = operationsPath(operation.product)
            add(file, [.operation(declaration)] + declared.map(Section.declaration))
        }

        let webhooksFile = "\(directory)/Webhooks.swift"
        let (webhooks, webhookTypes) = declarations.declaring(for: .response) {
            WebhooksView(model.webhooks, declarations: &$0)
        }
        add(webhooksFile, [.text(templates.render(.webhooks, webhooks))] + webhookTypes.map(Section.declaration))
        add("\(directory)/Client.swift", [.text(templates.render(.client, ClientView(tree: tree)))])
        surface.webhookCases = webhooks.caseNames
        for (webhook, event) in zip(model.webhooks, webhooks.events) { surface.webhookTypes[webhook.name] = event.type }
        for schema in model.schemas where schema.example != nil {
            surface.examples[declarations.names.typeName(ofSchema: schema.name)] = schema.example
        }
        for declaration in declarations.declarations {
            surface.declarations[declaration.qualifiedName] = declaration
        }
        return Pass(sections: sections, rendered: pipeline?.close() ?? [:], surface: surface, tree: tree)
    }

    /// The Swift files of a built pass, rendered concurrently.
    func render(_ pass: Pass) -> [OutputFile] {
        let sections = pass.sections
        let surface = pass.surface
        let rendered = pass.rendered
        let texts = concurrentMap(Array(sections.indices)) { index in
            rendered[index] ?? renderSection(sections[index].section, surface: surface)!
        }
        let files =
            packed ? ProductPacking.pack(sections.map(\.file), sizes: texts.map(\.utf8.count)) : sections.map(\.file)
        var byFile: [String: [String]] = [:]
        for (index, file) in files.enumerated() { byFile[file, default: []].append(texts[index]) }
        // The file list follows from the product names alone (`OutputLayout`, shared with the build-tool plugin).
        let paths = OutputLayout.swiftFilePaths(products: packed ? [] : productNames, directory: directory)
        let finished = byFile
        return concurrentMap(paths) { path in
            OutputFile(
                path: path, contents: file(finished[path] ?? [], reexportsRuntime: path.hasSuffix("/Client.swift")))
        }
    }

    /// A section's text; nil without the surface when the section needs it.
    private func renderSection(_ section: Section, surface: APISurface?) -> String? {
        switch section {
        case .declaration(let declaration): DeclarationView.render(declaration, with: templates, surface: surface)
        case .operation(let operation): templates.render(.operation, OperationView(operation: operation))
        case .text(let text): text
        }
    }

    /// A method whose name a child resource already takes gets a `Method` suffix.
    static func methodName(_ name: String, children: [String]) -> String {
        let method = SwiftNames.methodName(name)
        return children.contains(name) ? SwiftNames.unescaped(method) + "Method" : method
    }

    private func modelsPath(_ product: String) -> String {
        if packed { return ProductPacking.placeholder(product, "Models", directory: directory) }
        return OutputLayout.modelsPath(product: product, directory: directory)
    }

    private func operationsPath(_ product: String) -> String {
        if packed { return ProductPacking.placeholder(product, "Operations", directory: directory) }
        return OutputLayout.operationsPath(product: product, directory: directory)
    }

    private func sharedPath(_ schema: String) -> String {
        OutputLayout.sharedModelsPath(shard: SchemaPlacement.shard(of: schema), directory: directory)
    }

    /// A declaration as text; a nested one inside `extension Parent { ... }`.

    /// `text` without its last newline: each section of a file ends at its own line break.
    static func withoutFinalNewline(_ text: String) -> String {
        text.utf8.last == 10 ? String(decoding: text.utf8.dropLast(), as: UTF8.self) : text
    }

    /// One Swift file. `Client.swift` re-exports the runtime, so `import Telnyx` alone gives users
    /// `TelnyxError`, `Nullable`, `RequestOptions` and the other runtime types.
    private func file(_ sections: [String], reexportsRuntime: Bool = false) -> String {
        templates.render(
            .file,
            FileView(
                specTitle: model.title, specVersion: model.version, imports: ["Foundation"],
                exportedImports: reexportsRuntime ? ["TelnyxRuntime"] : [],
                // Helpers only generated code calls (`value(forKey:)`, `UnionDecoding`), hidden from users.
                generatedImports: ["TelnyxRuntime"],
                sections: sections.map(Self.withoutFinalNewline)))
    }
}
