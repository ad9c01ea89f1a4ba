import CodegenIR
import CodegenRender
import Foundation

/// The rendering stage: IR → every output file, in path order (nothing touches the disk).
public enum Generator {
    /// - Parameters:
    ///   - includeSkills: also render the skill documents under `skills/`.
    ///   - includeTesting: also render the `TelnyxTesting` library under `Testing/`.
    ///   - curation: the hand-written text of the skill documents (`skills.yaml`).
    ///   - modulePrefix: split the client into a module per product (`Telnyx<Product>`), a core and the
    ///     umbrella `modulePrefix`; nil, or no configured products: one module.
    public static func render(
        _ model: APIModel, templates: TemplateSet, configuredProducts: [String] = [], includeSkills: Bool = true,
        includeTesting: Bool = true, curation: SkillCuration = SkillCuration(), modulePrefix: String? = nil
    ) -> [OutputFile] {
        Renderer.render(
            model, templates: templates, configuredProducts: configuredProducts, includeSkills: includeSkills,
            includeTesting: includeTesting, curation: curation, modulePrefix: modulePrefix
        ).sorted { $0.path < $1.path }
    }
}
