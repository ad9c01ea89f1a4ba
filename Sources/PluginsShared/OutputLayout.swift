// Sources/PluginsShared is the code the generator and its build-tool plugin share: a SwiftPM target
// the generator's targets depend on, and a folder the plugin compiles as its own sources through the
// symlink Plugins/TelnyxCodegenPlugin/PluginsShared (plugins cannot depend on library targets). So
// nothing here imports anything, not even Foundation.

/// The files of the Swift client: which file holds what, known from the product names alone, so
/// the build-tool plugin can declare every output before the generator runs.
public enum OutputLayout {
    /// The product that takes everything no configured product claims.
    public static let fallbackProduct = "other"
    /// The number of `Shared/SharedModels<n>.swift` files.
    public static let sharedShards = 8
    /// The number of `Products/ProductModels<n>.swift` (and `ProductOperations<n>`) files written
    /// when no products are configured.
    public static let productShards = 16

    /// Without configured products (none, or only ``fallbackProduct``) the products derived from the
    /// tags are packed into ``productShards`` files instead of getting files of their own.
    public static func packs(_ configuredProducts: [String]) -> Bool {
        configuredProducts.allSatisfy { $0 == fallbackProduct }
    }

    /// The relative paths of every Swift file the generator writes for `products` (the configured
    /// ones; ``fallbackProduct`` is added), sorted.
    public static func swiftFilePaths(products: [String], directory: String = "Swift") -> [String] {
        var paths = ["\(directory)/Client.swift", "\(directory)/Webhooks.swift"]
        paths += (1...sharedShards).map { sharedModelsPath(shard: $0, directory: directory) }
        if packs(products) {
            for shard in 1...productShards {
                paths.append(packedPath(kind: "Models", shard: shard, directory: directory))
                paths.append(packedPath(kind: "Operations", shard: shard, directory: directory))
            }
            return paths.sorted()
        }
        var seen: Set<String> = []
        for product in products + [fallbackProduct] where seen.insert(product).inserted {
            paths.append(modelsPath(product: product, directory: directory))
            paths.append(operationsPath(product: product, directory: directory))
        }
        return paths.sorted()
    }

    /// The files of the `TelnyxTesting` library (the spec's operations, their examples and the
    /// webhook examples), sorted; the build-tool plugin does not generate them.
    public static func testingFilePaths(directory: String = "Testing") -> [String] {
        ["\(directory)/Catalog.swift", "\(directory)/Operations.swift", "\(directory)/WebhookExamples.swift"]
    }

    /// `Swift/MessagingProfiles/MessagingProfilesModels.swift`: the models one product uses alone.
    public static func modelsPath(product: String, directory: String) -> String {
        let stem = fileStem(product)
        return "\(directory)/\(stem)/\(stem)Models.swift"
    }

    /// `Swift/MessagingProfiles/MessagingProfilesOperations.swift`: a product's operations.
    public static func operationsPath(product: String, directory: String) -> String {
        let stem = fileStem(product)
        return "\(directory)/\(stem)/\(stem)Operations.swift"
    }

    /// `Swift/Shared/SharedModels3.swift`: models several products (or none) use.
    public static func sharedModelsPath(shard: Int, directory: String) -> String {
        "\(directory)/Shared/SharedModels\(shard).swift"
    }

    /// `Swift/Products/ProductModels5.swift` (`kind` `Models` or `Operations`): a shard of the packed layout.
    public static func packedPath(kind: String, shard: Int, directory: String) -> String {
        "\(directory)/Products/Product\(kind)\(shard).swift"
    }

    /// `messaging-profiles` → `MessagingProfiles`; `10dlc` → `10dlc`.
    public static func fileStem(_ product: String) -> String {
        NameWords.split(product).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
