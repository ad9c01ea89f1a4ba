import CodegenIR

/// The client's declarations built once from a model, for the example checks that feed the generated
/// client (``UnionVariantExamples``, ``ResponseExamples``).
public struct ExampleSource: Sendable {
    let model: APIModel
    let surface: APISurface

    public init(model: APIModel) throws {
        self.model = model
        surface = SwiftRenderer(model: model, templates: try TemplateSet()).build().surface
    }
}
