import CodegenIR
import TelnyxCodegen
import Testing

@testable import CodegenRender

/// The Swift files' sections rendered on a second thread while the builder runs give the same text
/// as sections rendered afterwards.
@Suite struct SectionPipelineTests {
    @Test func theWorkerRendersWhatItCanAndLeavesTheRest() {
        let pipeline = SectionPipeline { section in
            guard case .text(let text) = section, text != "later" else { return nil }
            return text.uppercased()
        }
        let texts = ["a", "later", "b", "c"]
        for (index, text) in texts.enumerated() { pipeline.add(index, .text(text)) }
        let rendered = pipeline.close()
        // Closing stops the worker wherever it is: whatever it rendered is right, and nothing it declined.
        for (index, text) in rendered { #expect(text == texts[index].uppercased()) }
        #expect(rendered[1] == nil)
        #expect(Set(rendered.keys).isSubset(of: [0, 2, 3]))
    }

    @Test func sectionsRenderedWhileBuildingMatchTheOnesRenderedAfter() throws {
        let model = try EmbeddedSpec.model()
        let products = try SpecLoader.configuration(in: RepoPaths.path("spec")).products.map(\.name)
        let swift = SwiftRenderer(model: model, templates: try TemplateSet(), configuredProducts: products)
        let early = swift.build(renderingEarly: true)
        let late = swift.build()
        #expect(late.rendered.isEmpty)
        #expect(early.sections.count == late.sections.count)
        let earlyFiles = swift.render(early)
        let lateFiles = swift.render(late)
        #expect(earlyFiles.map(\.path) == lateFiles.map(\.path))
        for (a, b) in zip(earlyFiles, lateFiles) { #expect(a.contents == b.contents, "\(a.path)") }
        // A union waits for the finished surface: the worker never renders one.
        for (index, _) in early.rendered {
            if case .declaration(let declaration) = early.sections[index].section, case .union = declaration.kind {
                Issue.record("union \(declaration.name) rendered without the surface")
            }
        }
    }
}
