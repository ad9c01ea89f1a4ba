import SpecReader

/// Puts operations and webhooks into products: configured operation/webhook entries first, then the
/// product of the first tag; anything unmapped goes to `other` with a warning.
///
/// Without any product configuration, every tag is a product of its own (`Call Commands` →
/// `call-commands`, titled by the tag), and only untagged operations and webhooks land in `other`.
struct ProductAssigner {
    static let fallback = Product.fallbackName
    let configuration: GeneratorConfiguration
    let context: BuildContext
    private let productOfTag: [String: String]
    /// No products configured: products come from the tags.
    private let derived: Bool

    init(configuration: GeneratorConfiguration, context: BuildContext) {
        self.configuration = configuration
        self.context = context
        var productOfTag: [String: String] = [:]
        for product in configuration.products {
            for tag in product.tags where productOfTag[tag] == nil { productOfTag[tag] = product.name }
        }
        self.productOfTag = productOfTag
        self.derived =
            configuration.products.isEmpty && configuration.operationProducts.isEmpty
            && configuration.webhookProducts.isEmpty
    }

    /// `Call Commands` → `call-commands`, `10DLC` → `10-dlc`.
    static func productName(ofTag tag: String) -> String {
        NameCase.words(tag).map { $0.lowercased() }.joined(separator: "-")
    }

    private func derivedProduct(_ tags: [String]) -> String? {
        guard derived else { return nil }
        return tags.lazy.map(Self.productName).first { !$0.isEmpty }
    }

    func product(for operation: OperationDraft) -> String {
        if let product = configuration.operationProducts[operation.id] { return product }
        if let product = operation.tags.lazy.compactMap({ productOfTag[$0] }).first { return product }
        if let product = derivedProduct(operation.tags) { return product }
        context.warn(
            "operation '\(operation.id)' (tags: \(operation.tags.joined(separator: ", "))) maps to no product; put in '\(Self.fallback)'",
            at: operation.location)
        return Self.fallback
    }

    func product(forWebhook name: String, tags: [String], at location: SourceLocation) -> String {
        if let product = configuration.webhookProducts[name] { return product }
        if let product = tags.lazy.compactMap({ productOfTag[$0] }).first { return product }
        if let product = derivedProduct(tags) { return product }
        context.warn("webhook '\(name)' maps to no product; put in '\(Self.fallback)'", at: location)
        return Self.fallback
    }

    /// Configured products in order, then `other` when something fell through; empty products are dropped.
    func products(operations: [Operation], webhooks: [Webhook]) -> [Product] {
        var entries = configuration.products.map { Product(name: $0.name, title: $0.title, tags: $0.tags) }
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() where index[entry.name] == nil { index[entry.name] = position }
        func slot(_ name: String, tags: [String]) -> Int {
            if let at = index[name] { return at }
            index[name] = entries.count
            let tag = derived ? tags.first { Self.productName(ofTag: $0) == name } : nil
            entries.append(Product(name: name, title: tag ?? NameCase.upperCamel(name), tags: tag.map { [$0] } ?? []))
            return entries.count - 1
        }
        for operation in operations {
            entries[slot(operation.product, tags: operation.tags)].operationIDs.append(operation.id)
        }
        for webhook in webhooks { entries[slot(webhook.product, tags: webhook.tags)].webhookNames.append(webhook.name) }
        return entries.filter { !$0.operationIDs.isEmpty || !$0.webhookNames.isEmpty }
    }
}
