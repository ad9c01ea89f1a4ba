import CodegenIR

/// Everything the generator writes for one model: the Swift client and, optionally, the skill
/// documents, both from one run of the Swift declaration builders.
public enum Renderer {
    public static func render(
        _ model: APIModel, templates: TemplateSet, configuredProducts: [String], includeSkills: Bool,
        curation: SkillCuration
    ) -> [OutputFile] {
        let swift = SwiftRenderer(model: model, templates: templates, configuredProducts: configuredProducts)
        let pass = swift.build()
        var files = swift.render(pass)
        if includeSkills {
            files += SkillRenderer(model: model, surface: pass.surface, templates: templates, curation: curation)
                .render()
        }
        return files
    }

    /// Per product, the operation ids of its core, supporting and additional tiers.
    public static func skillTiers(_ model: APIModel, templates: TemplateSet, curation: SkillCuration)
        -> [String: [[String]]]
    {
        let pass = SwiftRenderer(model: model, templates: templates).build()
        let plans = SkillRenderer(model: model, surface: pass.surface, templates: templates, curation: curation).plans()
        return plans.mapValues { [$0.core.map(\.id), $0.supporting.map(\.id), $0.additional.map(\.id)] }
    }
}
