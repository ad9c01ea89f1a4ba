import CodegenIR
import PluginsShared

/// Decides which output file holds each schema: the product that alone uses it, or a shared shard.
struct SchemaPlacement {
    /// Schema name → product name, for schemas one product uses alone.
    private(set) var productOfSchema: [String: String] = [:]
    /// Schemas no operation uses that refer to several products' schemas: declared in the umbrella module.
    private(set) var umbrellaSchemas: Set<String> = []
    /// Schemas reachable from request bodies and parameters: the ones callers build.
    private(set) var requestSchemas: Set<String> = []

    init(model: APIModel) {
        let schemas = Dictionary(model.schemas.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var users: [String: Set<String>] = [:]
        func reach(_ roots: [String]) -> Set<String> {
            var seen: Set<String> = []
            var stack = roots
            while let name = stack.popLast() {
                guard seen.insert(name).inserted, let schema = schemas[name] else { continue }
                stack += Self.references(in: schema.type)
            }
            return seen
        }
        for operation in model.operations {
            var roots: [String] = []
            for parameter in operation.parameters { roots += Self.references(in: parameter.type) }
            for content in operation.requestBody?.contents ?? [] { roots += content.schema.map(Self.references) ?? [] }
            requestSchemas.formUnion(reach(roots))
            for response in operation.responses {
                for content in response.contents { roots += content.schema.map(Self.references) ?? [] }
            }
            for name in reach(roots) { users[name, default: []].insert(operation.product) }
        }
        for webhook in model.webhooks {
            for name in reach(webhook.payload.map(Self.references) ?? []) {
                users[name, default: []].insert(webhook.product)
            }
        }
        for (name, products) in users where products.count == 1 {
            productOfSchema[name] = products.first
        }
        // A schema no operation or webhook uses goes with the one product whose schemas it refers
        // to (so a shared file never refers to a product's schema), or, when it refers to several
        // products' schemas, to the umbrella that sees them all.
        for schema in model.schemas where users[schema.name] == nil {
            let products = Set(reach(Self.references(in: schema.type)).compactMap { productOfSchema[$0] })
            if products.count == 1 {
                productOfSchema[schema.name] = products.first
            } else if products.count > 1 {
                umbrellaSchemas.insert(schema.name)
            }
        }
    }

    /// The shared shard (1...OutputLayout.sharedShards) for a schema used by several products or none:
    /// a stable hash of the name, so adding a schema changes one shard only.
    static func shard(of name: String) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return Int(hash % UInt32(OutputLayout.sharedShards)) + 1
    }

    /// Names of component schemas referenced anywhere inside `type`.
    static func references(in type: TypeRef) -> [String] {
        switch type {
        case .reference(let name): return [name]
        case .array(let inner), .map(let inner): return references(in: inner)
        case .object(let shape):
            return shape.properties.flatMap { references(in: $0.type) }
                + (shape.additionalProperties.map(references) ?? [])
        case .union(let shape): return shape.variants.flatMap(references)
        case .primitive, .enumeration, .json, .null: return []
        }
    }
}
