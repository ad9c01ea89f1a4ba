import CodegenIR
import Foundation
import PluginsShared

/// Renders the Swift client: models grouped by product plus shared shards, one operations file per
/// product, the client with its resource tree, and the webhook events; in the files of one module or
/// of a module per product, as ``SwiftFileLayout`` places them.
public struct SwiftRenderer: Sendable {
    let model: APIModel
    let templates: TemplateSet
    /// Where each piece goes: one module, or one module per product (``SwiftFileLayout``).
    let layout: SwiftFileLayout
    let purposes: [String: String]
    /// Every name the client declares at the top level, and the rules for the rest.
    let naming: SwiftNaming

    /// - Parameter modulePrefix: split the client into modules named after it (`Telnyx`, `TelnyxCore`,
    ///   `TelnyxMessaging`, ...); ignored without configured products, which always give one module.
    /// - Parameter purposes: operation id → what it is for, in the project's words (`spec/skills.yaml`),
    ///   for its method's doc comment.
    /// - Parameter naming: the model's naming pass, when the caller has run it already.
    public init(
        model: APIModel, templates: TemplateSet, configuredProducts: [String] = [], modulePrefix: String? = nil,
        directory: String = "Swift", purposes: [String: String] = [:], naming: SwiftNaming? = nil
    ) {
        self.model = model
        self.naming = naming ?? SwiftNaming(model: model)
        self.templates = templates
        self.purposes = purposes
        // Every configured product gets its files even when the spec gives it nothing, so the file
        // list follows from the configuration alone.
        var names = configuredProducts
        for product in model.products.map(\.name) + [Product.fallbackName] where !names.contains(product) {
            names.append(product)
        }
        let packed = OutputLayout.packs(configuredProducts)
        self.layout = SwiftFileLayout(
            directory: directory, packed: packed, modulePrefix: packed ? nil : modulePrefix, productNames: names)
    }

    public func render() -> [OutputFile] {
        render(build())
    }

    /// The Swift model stage: runs the declaration and operation builders once, with the names of
    /// ``naming``, for the sections of every Swift file and the ``APISurface`` the skill documents
    /// and the testing library use.
    /// - Parameter renderingEarly: render the sections on a second thread as they are built.
    func build(renderingEarly: Bool = false) -> SwiftModel {
        let tree = naming.resources
        var declarations = DeclarationBuilder(
            names: naming.types,
            references: TypeReferences(schemas: model.schemas))
        let placement = SchemaPlacement(model: model)
        let pipeline = renderingEarly ? SectionPipeline { [self] in renderSection($0, surface: nil) } : nil
        var sections: [(file: SectionFile, section: SwiftModel.Section)] = []
        func add(_ file: SectionFile, _ new: [SwiftModel.Section]) {
            for section in new {
                pipeline?.add(sections.count, section)
                sections.append((file, section))
            }
        }
        var surface = APISurface()
        surface.layout = layout

        // Schemas, in name order, each with the types nested in it.
        for schema in model.schemas {
            let side: DeclarationBuilder.Side = placement.requestSchemas.contains(schema.name) ? .request : .response
            let declared = declarations.declaring(for: side) { $0.declare(schema: schema) }.declared
            let file = layout.schemaFile(
                schema.name, product: placement.productOfSchema[schema.name],
                umbrella: placement.umbrellaSchemas.contains(schema.name))
            add(file, declared.map(SwiftModel.Section.declaration))
        }

        // Operations, grouped by product, each followed by the types nested in its resource.
        let builder = OperationBuilder(model: model, purposes: purposes)
        for operation in model.operations {
            guard let node = tree.node(operation.resourcePath), let methodName = naming.methods[operation.id] else {
                continue
            }
            let (declaration, declared) = declarations.declaring(for: .request) {
                builder.build(operation, resourceType: node.typeName, methodName: methodName, declarations: &$0)
            }
            surface.operations[operation.id] = APISurface.operation(declaration, resourcePath: operation.resourcePath)
            add(
                layout.operationsFile(operation.product),
                [.operation(declaration)] + declared.map(SwiftModel.Section.declaration))
        }

        let cases = addWebhooks(&declarations) { add(.path($0), $1) }
        surface.webhookCases = cases.caseNames
        surface.webhookTypes = cases.types
        for (file, text) in ResourceSections(tree: tree, operations: model.operations, layout: layout).sections(
            templates)
        {
            add(.path(file), [.text(text)])
        }
        for schema in model.schemas where schema.example != nil {
            surface.examples[QualifiedName(declarations.names.typeName(ofSchema: schema.name))] = schema.example
        }
        for declaration in declarations.declarations {
            surface.declarations[declaration.qualifiedName] = declaration
        }
        return SwiftModel(naming: naming, sections: sections, rendered: pipeline?.close() ?? [:], surface: surface)
    }

    /// The Swift files of a built model, rendered concurrently.
    func render(_ swift: SwiftModel) -> [OutputFile] {
        let sections = swift.sections
        let surface = swift.surface
        let rendered = swift.rendered
        let texts = concurrentMap(Array(sections.indices)) { index in
            rendered[index] ?? renderSection(sections[index].section, surface: surface)!
        }
        // Placeholders (the packed layout's products) go to shards by rendered size; other sections keep their path.
        let files = ProductPacking.pack(sections.map(\.file), sizes: texts.map(\.utf8.count))
        var byFile: [String: [String]] = [:]
        for (index, file) in files.enumerated() { byFile[file, default: []].append(texts[index]) }
        // The file list follows from the product names alone (`OutputLayout`, shared with the build-tool plugin).
        let finished = byFile
        return concurrentMap(layout.paths) { path in
            OutputFile(path: path, contents: file(finished[path] ?? [], imports: layout.imports(path)))
        }
    }

    /// A section's text; nil without the surface when the section needs it.
    private func renderSection(_ section: SwiftModel.Section, surface: APISurface?) -> String? {
        switch section {
        case .declaration(let declaration): DeclarationView.render(declaration, with: templates, surface: surface)
        case .operation(let operation): templates.render(.operation, OperationView(operation: operation))
        case .text(let text): text
        }
    }

    /// `text` without its last newline: each section of a file ends at its own line break.
    static func withoutFinalNewline(_ text: String) -> String {
        text.utf8.last == 10 ? String(decoding: text.utf8.dropLast(), as: UTF8.self) : text
    }

    /// One Swift file.
    private func file(_ sections: [String], imports: SwiftFileLayout.Imports) -> String {
        templates.render(
            .file,
            FileView(
                specTitle: model.title, specVersion: model.version, imports: imports.plain,
                exportedImports: imports.exported, generatedImports: imports.generated,
                sections: sections.map(Self.withoutFinalNewline)))
    }
}
