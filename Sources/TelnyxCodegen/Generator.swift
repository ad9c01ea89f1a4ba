import CodegenIR
import CodegenRender
import Foundation

/// The rendering stage: IR → every output file, in path order (nothing touches the disk).
public enum Generator {
    /// - Parameter includeSkills: also render the skill documents (not yet rendered: see issue 4).
    public static func render(
        _ model: APIModel, templates: TemplateSet, configuredProducts: [String] = [], includeSkills: Bool = true
    ) -> [OutputFile] {
        SwiftRenderer(model: model, templates: templates, configuredProducts: configuredProducts).render()
            .sorted { $0.path < $1.path }
    }
}
