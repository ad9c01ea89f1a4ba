import CodegenIR
import PluginsShared

/// Renders the skill documents: `skills/telnyx-<product>-swift/SKILL.md` and
/// `references/api-details.md` for every product with operations or webhooks. Every Swift name,
/// type and call comes from the Swift model (its ``APISurface``); the API's own facts (paths,
/// summaries, wire names and types) from the IR.
struct SkillRenderer {
    let model: APIModel
    let surface: APISurface
    let templates: TemplateSet
    let curation: SkillCuration
    /// Builds each product's example delivery (the testing library's example of its first webhook).
    let synthesizer: ExampleSynthesizer

    init(
        model: APIModel, swift: SwiftModel, templates: TemplateSet, curation: SkillCuration,
        synthesizer: ExampleSynthesizer? = nil
    ) {
        self.model = model
        self.surface = swift.surface
        self.templates = templates
        self.curation = curation
        self.synthesizer = synthesizer ?? ExampleSynthesizer(model: model)
    }

    /// The folder of a product's documents.
    static func folder(_ product: String) -> String { "skills/telnyx-\(product)-swift" }

    func render() -> [OutputFile] {
        let operations = Dictionary(model.operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let webhooks = Dictionary(model.webhooks.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let products = model.products.filter { !$0.operationIDs.isEmpty || !$0.webhookNames.isEmpty }
        let notation = TypeNotation(model: model)
        let views = concurrentMap(products) { product in
            let webhooks = product.webhookNames.compactMap { webhooks[$0] }
            // An example delivery: the first webhook's payload as the testing library answers it.
            let delivery = webhooks.first.flatMap { webhook in
                webhook.payload.map { synthesizer.example($0, given: webhook.payloadExample).json.text }
            }
            return SkillView(
                product: product, operations: product.operationIDs.compactMap { operations[$0] },
                webhooks: webhooks, delivery: delivery, surface: surface,
                facts: SkillFacts(notation: notation), curation: curation, templates: templates)
        }
        // Each product's two documents are separate tasks, so one large product does not hold up the rest.
        let tasks = views.flatMap { view in [(view, TemplateName.skill), (view, TemplateName.apiDetails)] }
        let documents = concurrentMap(Array(tasks.indices)) { index -> [OutputFile] in
            let (view, template) = tasks[index]
            let folder = Self.folder(view.product.name)
            guard template == .skill else {
                return [
                    OutputFile(
                        path: "\(folder)/references/api-details.md",
                        contents: templates.render(.apiDetails, view.detailValues()))
                ]
            }
            let values = view.skillValues()
            let skill = OutputFile(path: "\(folder)/SKILL.md", contents: templates.render(.skill, values))
            guard surface.layout?.modulePrefix != nil else { return [skill] }
            // The module's DocC landing page, from the same values as its skill document.
            return [
                skill,
                OutputFile(
                    path: OutputLayout.documentationPath(module: values.module),
                    contents: templates.render(.doccProduct, values)),
            ]
        }
        return documents.flatMap { $0 } + otherCatalogs(besides: Set(views.map { surface.module(of: $0.product.name) }))
    }

    /// The landing pages of the modules no product document covers: the core, the umbrella, and
    /// products without operations or webhooks.
    private func otherCatalogs(besides covered: Set<String>) -> [OutputFile] {
        guard let layout = surface.layout, let prefix = layout.modulePrefix else { return [] }
        return OutputLayout.moduleNames(products: layout.productNames, prefix: prefix).filter { !covered.contains($0) }
            .map { module in
                OutputFile(
                    path: OutputLayout.documentationPath(module: module),
                    contents: templates.render(.doccModule, DocCModuleView.page(module: module, prefix: prefix)))
            }
    }

    /// Which tier each operation of each product landed in (for coverage checks).
    func plans() -> [String: SkillPlan] {
        let operations = Dictionary(model.operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [String: SkillPlan] = [:]
        for product in model.products where !product.operationIDs.isEmpty || !product.webhookNames.isEmpty {
            result[product.name] = SkillPlan(
                operations: product.operationIDs.compactMap { operations[$0] },
                curation: curation.products[product.name])
        }
        return result
    }
}
