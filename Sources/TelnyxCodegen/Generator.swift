import CodegenIR
import CodegenRender
import Foundation

/// The rendering stage: IR → every output file, in path order (nothing touches the disk).
public enum Generator {
    /// - Parameters:
    ///   - includeSkills: also render the skill documents under `skills/`.
    ///   - includeTesting: also render the `TelnyxTesting` library under `Testing/`.
    ///   - curation: the hand-written text of the skill documents (`skills.yaml`).
    public static func render(
        _ model: APIModel, templates: TemplateSet, configuredProducts: [String] = [], includeSkills: Bool = true,
        includeTesting: Bool = true, curation: SkillCuration = SkillCuration()
    ) -> [OutputFile] {
        Renderer.render(
            model, templates: templates, configuredProducts: configuredProducts, includeSkills: includeSkills,
            includeTesting: includeTesting, curation: curation
        ).sorted { $0.path < $1.path }
    }
}
