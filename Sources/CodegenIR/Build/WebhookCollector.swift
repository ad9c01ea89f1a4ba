import SpecReader

/// Reads the top-level `webhooks` section: payload schema and the `data.event_type` values.
struct WebhookCollector {
    let context: BuildContext
    let schemas: SchemaTranslator
    let products: ProductAssigner

    func collect() -> [Webhook] {
        let bodies = BodyTranslator(context: context, schemas: schemas)
        var result: [Webhook] = []
        for entry in context.root["webhooks"]?.entries ?? [] {
            guard let operation = entry.value.entries.first(where: { HTTPMethod(rawValue: $0.key) != nil })?.value
            else {
                context.warn("webhook '\(entry.key)' has no operation", at: entry.keyLocation)
                continue
            }
            let body = operation["requestBody"].flatMap(bodies.requestBody)
            let content = body?.contents.first(where: { $0.kind == .json }) ?? body?.contents.first
            let payload = content?.schema ?? body?.contents.first?.schema
            let tags = operation["tags"]?.items.compactMap(\.string) ?? []
            result.append(
                Webhook(
                    name: entry.key, summary: operation["summary"]?.string,
                    description: operation["description"]?.string,
                    operationID: operation["operationId"]?.string, tags: tags,
                    payload: payload, payloadExample: content?.example, eventTypes: payload.map(eventTypes) ?? [],
                    product: products.product(forWebhook: entry.key, tags: tags, at: entry.keyLocation),
                    location: entry.keyLocation))
        }
        return result
    }

    /// The values of `data.event_type` (or a top-level `event_type`), as enum or const.
    private func eventTypes(_ payload: TypeRef) -> [String] {
        guard let root = object(payload) else { return [] }
        if let data = root.properties.first(where: { $0.name == "data" }), let inner = object(data.type),
            let values = enumValues(inner)
        {
            return values
        }
        return enumValues(root) ?? []
    }

    private func enumValues(_ shape: ObjectShape) -> [String]? {
        guard let property = shape.properties.first(where: { $0.name == "event_type" }) else { return nil }
        guard case .enumeration(let shape)? = schemas.follow(property.type)?.type else { return nil }
        return shape.values.map(\.text)
    }

    private func object(_ type: TypeRef) -> ObjectShape? {
        guard case .object(let shape)? = schemas.follow(type)?.type else { return nil }
        return shape
    }
}
