/// What a products.yaml says about products, as far as the output files go: the keys the generator
/// (GeneratorConfiguration, on libyaml's tree) and the build-tool plugin (on ``ProductsYAML``'s tree)
/// both read, and which products get files.
///
/// ```yaml
/// products:                 # each item: name (required), title, tags
///   - {name: messaging, title: Messaging, tags: [Messages]}
/// operations:               # operationId → product
///   SendMessage: messaging
/// webhooks:                 # webhook name → product
///   message.sent: messaging
/// ```
public enum ProductsFile {
    public static let fileName = "products.yaml"
    public static let productsKey = "products"
    public static let nameKey = "name"
    public static let titleKey = "title"
    public static let tagsKey = "tags"
    public static let operationsKey = "operations"
    public static let webhooksKey = "webhooks"

    /// The products that get files: the listed ones in order, then the ones named only as the product
    /// of an operation or a webhook, sorted; each once.
    public static func outputProducts(listed: [String], assigned: [String]) -> [String] {
        var seen: Set<String> = []
        let names = listed.filter { seen.insert($0).inserted }
        return names + Set(assigned).subtracting(seen).sorted()
    }

    /// ``outputProducts(listed:assigned:)`` of a products.yaml tree: the `name` of each item under
    /// `products`, and the values under `operations` and `webhooks`.
    public static func outputProducts(in root: ProductsYAML.Node) -> [String] {
        let listed = root[productsKey]?.items.compactMap { $0[nameKey]?.string } ?? []
        let assigned = [operationsKey, webhooksKey].flatMap { key in
            root[key]?.entries.compactMap(\.value.string) ?? []
        }
        return outputProducts(listed: listed, assigned: assigned)
    }

    /// The products that get files, from the text of a products.yaml.
    public static func outputProducts(inYAML text: String) -> [String] {
        outputProducts(in: ProductsYAML.parse(text))
    }
}
