import SpecReader

/// The project's configuration next to a spec: products (tag → product) and naming overrides.
public struct GeneratorConfiguration: Sendable {
    public struct ProductEntry: Sendable, Hashable {
        public var name: String
        public var title: String
        public var tags: [String]

        public init(name: String, title: String, tags: [String]) {
            self.name = name
            self.title = title
            self.tags = tags
        }
    }

    public var products: [ProductEntry]
    /// operationId → product, for tags split across products and operations without tags.
    public var operationProducts: [String: String]
    /// webhook name → product.
    public var webhookProducts: [String: String]
    /// `"POST /messages"` → `messages.send`.
    public var nameOverrides: [String: ResourceName]

    public init(
        products: [ProductEntry] = [], operationProducts: [String: String] = [:],
        webhookProducts: [String: String] = [:], nameOverrides: [String: ResourceName] = [:]
    ) {
        self.products = products
        self.operationProducts = operationProducts
        self.webhookProducts = webhookProducts
        self.nameOverrides = nameOverrides
    }

    /// Reads `products.yaml`-shaped nodes: `products: [{name, title, tags}]`, `operations: {id: product}`, `webhooks: {name: product}`.
    public mutating func addProducts(from node: SpecNode) throws {
        for item in node["products"]?.items ?? [] {
            guard let name = item["name"]?.string else {
                throw SpecReadError(location: item.location, message: "a product needs a 'name'")
            }
            let title = item["title"]?.string ?? name
            products.append(
                ProductEntry(name: name, title: title, tags: item["tags"]?.items.compactMap(\.string) ?? []))
        }
        for entry in node["operations"]?.entries ?? [] {
            operationProducts[entry.key] = entry.value.string
        }
        for entry in node["webhooks"]?.entries ?? [] {
            webhookProducts[entry.key] = entry.value.string
        }
    }

    /// Reads `naming.yaml`-shaped nodes: `operations: {"POST /messages": messages.send}`.
    public mutating func addNameOverrides(from node: SpecNode) throws {
        for entry in node["operations"]?.entries ?? [] {
            guard let dotted = entry.value.string, dotted.contains(".") || !dotted.isEmpty else {
                throw SpecReadError(location: entry.value.location, message: "expected 'resource.path.method'")
            }
            var parts = dotted.split(separator: ".").map(String.init)
            let method = parts.removeLast()
            let key = Self.routeKey(entry.key)
            guard key.contains(" ") else {
                throw SpecReadError(location: entry.keyLocation, message: "expected 'METHOD /path' as the key")
            }
            nameOverrides[key] = ResourceName(resourcePath: parts, methodName: method)
        }
    }

    /// `post /messages` and `POST /messages` name the same route.
    static func routeKey(_ text: String) -> String {
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return text }
        return parts[0].uppercased() + " " + parts[1]
    }
}
