import CodegenIR

/// The spec's own examples of what the API sends: each operation's success response (the items of a
/// page, for an operation that pages) and each webhook's payload, with the Swift type the client
/// decodes it as. What the drift check (`telnyx-codegen union-examples`' program, `responses`)
/// decodes and validates.
public enum ResponseExamples {
    public struct Example: Sendable {
        /// The operation id, or `webhook <name>`.
        public var label: String
        /// The Swift type the client decodes the example (or its items) as.
        public var type: String
        /// For an operation that pages: the member holding the items, decoded as `[type]`.
        public var itemsKey: String?
        /// JSON text.
        public var json: String
    }

    /// The operations' examples in path order, then the webhooks' in name order: the spec's example
    /// of the content, else the one the schema it refers to gives, whether or not it fits.
    public static func all(_ source: ExampleSource) -> [Example] {
        let (model, surface) = (source.model, source.surface)
        func specExample(_ schema: TypeRef?, _ given: SpecJSON?) -> String? {
            guard given == nil, case .reference(let name)? = schema else { return given?.text }
            return model.schema(named: name)?.example?.text
        }
        var examples: [Example] = []
        for operation in model.operations {
            guard let content = operation.successResponse?.contents.first, content.kind == .json,
                let json = specExample(content.schema, content.example), let declared = surface.operations[operation.id]
            else { continue }
            if let item = declared.itemType, let pagination = operation.pagination {
                examples.append(
                    Example(label: operation.id, type: item.description, itemsKey: pagination.itemsProperty, json: json)
                )
            } else if let type = declared.returnType {
                examples.append(Example(label: operation.id, type: type.description, json: json))
            }
        }
        for webhook in model.webhooks {
            guard let json = specExample(webhook.payload, webhook.payloadExample),
                let type = surface.webhookTypes[webhook.name]
            else { continue }
            examples.append(Example(label: "webhook \(webhook.name)", type: type.description, json: json))
        }
        return examples
    }
}
