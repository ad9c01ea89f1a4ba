import PluginsShared
import SpecReader

/// Everything the generator knows about an API, independent of Swift and Markdown.
public struct APIModel: Sendable, Codable {
    public var title: String
    public var version: String
    /// Operations sorted by path, then method.
    public var operations: [Operation]
    /// Named component schemas sorted by name.
    public var schemas: [Schema]
    /// Webhooks sorted by name.
    public var webhooks: [Webhook]
    /// Products in configuration order, each with the operations and webhooks it groups.
    public var products: [Product]

    public init(
        title: String, version: String, operations: [Operation], schemas: [Schema], webhooks: [Webhook],
        products: [Product]
    ) {
        self.title = title
        self.version = version
        self.operations = operations
        self.schemas = schemas
        self.webhooks = webhooks
        self.products = products
    }

    /// The named schema called `name`, if any.
    public func schema(named name: String) -> Schema? {
        schemas.first { $0.name == name }
    }
}

/// A product groups tags (and so operations and webhooks) as Telnyx's skill documents do.
public struct Product: Sendable, Codable, Hashable {
    /// The product of operations and webhooks that no configured product claims.
    public static let fallbackName = OutputLayout.fallbackProduct

    public var name: String
    public var title: String
    public var tags: [String]
    /// Operation ids in spec order.
    public var operationIDs: [String]
    /// Webhook names.
    public var webhookNames: [String]

    public init(name: String, title: String, tags: [String], operationIDs: [String] = [], webhookNames: [String] = []) {
        self.name = name
        self.title = title
        self.tags = tags
        self.operationIDs = operationIDs
        self.webhookNames = webhookNames
    }
}
