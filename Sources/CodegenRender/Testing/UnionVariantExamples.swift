import CodegenIR

/// Each variant of every union the Swift client declares, with an example of it: the spec's, or one
/// synthesized from the schema as the testing library does (with the discriminator's value, where the
/// union has one). What the union-decoding check and benchmark feed the generated client.
public enum UnionVariantExamples {
    public struct Example: Sendable {
        /// The union's qualified Swift name (`MessagesResource.RetrieveResponse.DataUnion`).
        public var union: String
        public var caseName: String
        /// JSON text.
        public var json: String
        /// A variant that an earlier one shadows (`UnionFit.shadowed`): the generator warns it is never chosen.
        public var shadowed: Bool
    }

    /// Every union's variants, unions in name order, variants in spec order.
    public static func all(_ source: ExampleSource) -> [Example] {
        let declarations = source.surface.declarations
        let synthesizer = ExampleSynthesizer(model: source.model)
        var examples: [Example] = []
        for (name, declaration) in declarations.sorted(by: { $0.key < $1.key }) {
            guard case .union(let union) = declaration.kind else { continue }
            let shadowed = Set(union.fit?.shadowed.map(\.later) ?? [])
            for (index, variant) in union.variants.enumerated() {
                let example = synthesizer.example(variant.ir)
                var json = example.json
                // The spec's own example stays as the spec writes it.
                if !example.fromSpec, let property = union.discriminator, let tag = variant.discriminatorValues.first {
                    json = json.tagged(property, tag)
                }
                examples.append(
                    Example(
                        union: name.description, caseName: variant.caseName, json: json.text,
                        shadowed: shadowed.contains(index)))
            }
        }
        return examples
    }
}
