import PluginsShared
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

    /// Reads `products.yaml`-shaped nodes: `products: [{name, title, tags}]`, `operations: {id: product}`,
    /// `webhooks: {name: product}` (the keys are `ProductsFile`'s, which the build-tool plugin reads too).
    public mutating func addProducts(from node: SpecNode) throws {
        for item in node[ProductsFile.productsKey]?.items ?? [] {
            guard let name = item[ProductsFile.nameKey]?.string else {
                throw SpecReadError(location: item.location, message: "a product needs a '\(ProductsFile.nameKey)'")
            }
            let title = item[ProductsFile.titleKey]?.string ?? name
            let tags = item[ProductsFile.tagsKey]?.items.compactMap(\.string) ?? []
            products.append(ProductEntry(name: name, title: title, tags: tags))
        }
        for entry in node[ProductsFile.operationsKey]?.entries ?? [] {
            operationProducts[entry.key] = entry.value.string
        }
        for entry in node[ProductsFile.webhooksKey]?.entries ?? [] {
            webhookProducts[entry.key] = entry.value.string
        }
    }

    /// The products that get output files (`ProductsFile.outputProducts`, the plugin's rule too): the
    /// listed ones, then the ones only `operations:` or `webhooks:` name.
    public var outputProducts: [String] {
        ProductsFile.outputProducts(
            listed: products.map(\.name), assigned: Array(operationProducts.values) + webhookProducts.values)
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
