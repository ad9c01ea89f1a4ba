import SpecReader

/// Puts operations and webhooks into products: configured operation/webhook entries first, then the
/// product of the first tag; anything unmapped goes to `other` with a warning.
struct ProductAssigner {
    static let fallback = Product.fallbackName
    let configuration: GeneratorConfiguration
    let context: BuildContext
    private let productOfTag: [String: String]

    init(configuration: GeneratorConfiguration, context: BuildContext) {
        self.configuration = configuration
        self.context = context
        var productOfTag: [String: String] = [:]
        for product in configuration.products {
            for tag in product.tags where productOfTag[tag] == nil { productOfTag[tag] = product.name }
        }
        self.productOfTag = productOfTag
    }

    func product(for operation: Operation) -> String {
        if let product = configuration.operationProducts[operation.id] { return product }
        if let product = operation.tags.lazy.compactMap({ productOfTag[$0] }).first { return product }
        context.warn(
            "operation '\(operation.id)' (tags: \(operation.tags.joined(separator: ", "))) maps to no product; put in '\(Self.fallback)'",
            at: operation.location)
        return Self.fallback
    }

    func product(forWebhook webhook: Webhook) -> String {
        if let product = configuration.webhookProducts[webhook.name] { return product }
        if let product = webhook.tags.lazy.compactMap({ productOfTag[$0] }).first { return product }
        context.warn("webhook '\(webhook.name)' maps to no product; put in '\(Self.fallback)'", at: webhook.location)
        return Self.fallback
    }

    /// Configured products in order, then `other` when something fell through; empty products are dropped.
    func products(operations: [Operation], webhooks: [Webhook]) -> [Product] {
        var entries = configuration.products.map { Product(name: $0.name, title: $0.title, tags: $0.tags) }
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() where index[entry.name] == nil { index[entry.name] = position }
        func slot(_ name: String) -> Int {
            if let at = index[name] { return at }
            index[name] = entries.count
            entries.append(Product(name: name, title: NameCase.upperCamel(name), tags: []))
            return entries.count - 1
        }
        for operation in operations { entries[slot(operation.product)].operationIDs.append(operation.id) }
        for webhook in webhooks { entries[slot(webhook.product)].webhookNames.append(webhook.name) }
        return entries.filter { !$0.operationIDs.isEmpty || !$0.webhookNames.isEmpty }
    }
}
