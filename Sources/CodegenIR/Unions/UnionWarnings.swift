import SpecReader

/// Warns, at the schema, operation or webhook that declares it, about every union without a
/// discriminator whose variants ``UnionFit`` cannot tell apart (a later variant that always
/// decodes as an earlier one).
struct UnionWarnings {
    let references: TypeReferences
    private var warned: Set<String> = []

    init(schemas: [Schema]) {
        references = TypeReferences(schemas: schemas)
    }

    mutating func report(_ model: APIModel, _ context: BuildContext) {
        for schema in model.schemas {
            visit(schema.type, in: "schema '\(schema.name)'", at: schema.location, context)
        }
        for operation in model.operations {
            let place = "operation '\(operation.id)'"
            for parameter in operation.parameters { visit(parameter.type, in: place, at: operation.location, context) }
            for content in operation.requestBody?.contents ?? [] {
                if let schema = content.schema { visit(schema, in: place, at: operation.location, context) }
            }
            for content in operation.responses.flatMap(\.contents) {
                if let schema = content.schema { visit(schema, in: place, at: operation.location, context) }
            }
        }
        for webhook in model.webhooks {
            if let payload = webhook.payload {
                visit(payload, in: "webhook '\(webhook.name)'", at: webhook.location, context)
            }
        }
    }

    /// Every union written in place in `type` (references are visited as their own schemas).
    private mutating func visit(_ type: TypeRef, in place: String, at location: SourceLocation, _ context: BuildContext)
    {
        switch type {
        case .array(let element), .map(let element):
            visit(element, in: place, at: location, context)
        case .object(let shape):
            for property in shape.properties { visit(property.type, in: place, at: location, context) }
            if let extra = shape.additionalProperties { visit(extra, in: place, at: location, context) }
        case .union(let shape):
            for variant in shape.variants { visit(variant, in: place, at: location, context) }
            warn(shape, in: place, at: location, context)
        case .primitive, .reference, .enumeration, .json, .null:
            break
        }
    }

    private mutating func warn(
        _ shape: UnionShape, in place: String, at location: SourceLocation, _ context: BuildContext
    ) {
        guard shape.discriminator == nil, shape.significantVariants.count > 1 else { return }
        let variants = shape.significantVariants
        for pair in UnionFit(shape, references: references).shadowed {
            let message =
                "union in \(place): variant \(pair.later + 1) (\(Self.describe(variants[pair.later]))) cannot be told "
                + "from variant \(pair.earlier + 1) (\(Self.describe(variants[pair.earlier]))) and always decodes as it; "
                + "a discriminator, or a member with values of its own in each variant, would tell them apart"
            if warned.insert("\(location) \(message)").inserted { context.warn(message, at: location) }
        }
    }

    static func describe(_ type: TypeRef) -> String {
        switch type {
        case .reference(let name): name
        case .primitive(let primitive, let format): format.map { "\(primitive.rawValue), \($0)" } ?? primitive.rawValue
        case .array(let element): "array of \(describe(element))"
        case .map: "map"
        case .object: "object"
        case .enumeration: "enum"
        case .union: "union"
        case .json: "any JSON"
        case .null: "null"
        }
    }
}
