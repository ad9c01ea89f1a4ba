import CodegenIR

/// Everything the generator writes for one model: the Swift client and, optionally, the skill
/// documents and the `TelnyxTesting` library, all from one run of the Swift declaration builders.
public enum Renderer {
    public static func render(
        _ model: APIModel, templates: TemplateSet, configuredProducts: [String], includeSkills: Bool,
        includeTesting: Bool = false, curation: SkillCuration, modulePrefix: String? = nil, naming: SwiftNaming? = nil
    ) -> [OutputFile] {
        let purposes = curation.products.values.reduce(into: [String: String]()) { $0.merge($1.blurbs) { a, _ in a } }
        let swift = SwiftRenderer(
            model: model, templates: templates, configuredProducts: configuredProducts, modulePrefix: modulePrefix,
            purposes: purposes, naming: naming)
        // The Swift model stage: every declaration and call, named once.
        let swiftModel = swift.build(renderingEarly: true)
        // One example builder for the testing library and the skill documents' example deliveries.
        let synthesizer = ExampleSynthesizer(model: model)
        // The testing library renders on one thread: it runs beside the Swift files and the skill
        // documents, which render on every core.
        let testing = BackgroundWork {
            includeTesting
                ? TestingRenderer(
                    model: model, swift: swiftModel, templates: templates, synthesizer: synthesizer
                ).render()
                : []
        }
        let files = swift.render(swiftModel)
        let skills =
            includeSkills
            ? SkillRenderer(
                model: model, swift: swiftModel, templates: templates, curation: curation,
                synthesizer: synthesizer
            ).render() : []
        return files + skills + testing.wait()
    }

    /// Per product, the operation ids of its core, supporting and additional tiers.
    public static func skillTiers(_ model: APIModel, templates: TemplateSet, curation: SkillCuration)
        -> [String: [[String]]]
    {
        let swiftModel = SwiftRenderer(model: model, templates: templates).build()
        let plans = SkillRenderer(model: model, swift: swiftModel, templates: templates, curation: curation)
            .plans()
        return plans.mapValues { [$0.core.map(\.id), $0.supporting.map(\.id), $0.additional.map(\.id)] }
    }
}
