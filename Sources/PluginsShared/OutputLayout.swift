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

    // MARK: - One module per product

    /// The core module (`TelnyxCore`): the client, the resources several products share, the shared
    /// models and webhook verification.
    public static func coreModule(prefix: String) -> String { prefix + "Core" }

    /// A product's module: `TelnyxMessagingProfiles`, `Telnyx10DLC`.
    public static func productModule(_ product: String, prefix: String) -> String { prefix + fileStem(product) }

    /// Every module of the client split by product, in dependency order: the core, each product (the
    /// configured ones, then ``fallbackProduct``), and the umbrella `prefix`, which re-exports them all.
    public static func moduleNames(products: [String], prefix: String) -> [String] {
        var seen: Set<String> = []
        let products = (products + [fallbackProduct]).filter { seen.insert($0).inserted }
        return [coreModule(prefix: prefix)] + products.map { productModule($0, prefix: prefix) } + [prefix]
    }

    /// The relative paths of every Swift file of the client split into modules (a folder per module
    /// under `directory`), sorted.
    public static func moduleFilePaths(products: [String], prefix: String, directory: String = "Swift") -> [String] {
        let core = "\(directory)/\(coreModule(prefix: prefix))"
        var paths = ["\(core)/Client.swift", "\(core)/Webhooks.swift", "\(directory)/\(prefix)/\(prefix).swift"]
        paths += (1...sharedShards).map { "\(core)/SharedModels\($0).swift" }
        var seen: Set<String> = []
        for product in products + [fallbackProduct] where seen.insert(product).inserted {
            for kind in ProductFile.allCases {
                paths.append(productFilePath(product, kind, prefix: prefix, directory: directory))
            }
        }
        return paths.sorted()
    }

    /// A module's DocC catalog and its landing page: `Swift/TelnyxMessaging/TelnyxMessaging.docc/TelnyxMessaging.md`.
    public static func documentationPath(module: String, directory: String = "Swift") -> String {
        "\(directory)/\(module)/\(module).docc/\(module).md"
    }

    /// The files of a product's module.
    public enum ProductFile: String, CaseIterable, Sendable {
        /// The models the product uses alone.
        case models = "Models"
        /// The operations: extensions of its resources, with their parameter and response types.
        case operations = "Operations"
        /// The resources only this product has, and the accessors that reach them.
        case resources = "Resources"
        /// The product's webhook events.
        case webhooks = "Webhooks"
    }

    /// `Swift/TelnyxMessagingProfiles/MessagingProfilesModels.swift`.
    public static func productFilePath(_ product: String, _ kind: ProductFile, prefix: String, directory: String)
        -> String
    {
        "\(directory)/\(productModule(product, prefix: prefix))/\(fileStem(product))\(kind.rawValue).swift"
    }

    /// `Swift/TelnyxCore/SharedModels3.swift`.
    public static func coreSharedModelsPath(shard: Int, prefix: String, directory: String) -> String {
        "\(directory)/\(coreModule(prefix: prefix))/SharedModels\(shard).swift"
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

    /// `messaging-profiles` → `MessagingProfiles`; `10dlc` → `10DLC`, `ai-assistants` → `AIAssistants`.
    public static func fileStem(_ product: String) -> String {
        NameWords.split(product).map(NameWords.capitalized).joined()
    }
}
