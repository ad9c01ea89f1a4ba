import PluginsShared

/// The layout without product configuration: products (one per tag) are packed into a fixed number
/// of files, so a build plugin still knows every output file before the generator runs, and no file
/// grows so large that it dominates compile time. Each product's models and operations stay together
/// in the shard of the same number; products are placed largest first into the smallest shard.
/// The shard count and the paths are `OutputLayout`'s.
enum ProductPacking {
    static let shards = OutputLayout.productShards

    /// A product's models or operations, to be placed in a shard once every section's size is known.
    struct Placeholder: Hashable, Sendable {
        enum Kind: String, Sendable {
            case models = "Models"
            case operations = "Operations"
        }

        var product: String
        var kind: Kind
        var directory: String
    }

    /// Real paths for `files` (placeholders placed in shards), given each section's rendered size.
    static func pack(_ files: [SectionFile], sizes: [Int]) -> [String] {
        var weight: [String: Int] = [:]
        for (file, size) in zip(files, sizes) {
            if case .packed(let placeholder) = file { weight[placeholder.product, default: 0] += size }
        }
        var load = Array(repeating: 0, count: shards)
        var shardOf: [String: Int] = [:]
        for (product, size) in weight.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            let lightest = load.indices.min { (load[$0], $0) < (load[$1], $1) }!
            shardOf[product] = lightest + 1
            load[lightest] += size
        }
        return files.map { file in
            switch file {
            case .path(let path): path
            case .packed(let placeholder):
                OutputLayout.packedPath(
                    kind: placeholder.kind.rawValue, shard: shardOf[placeholder.product] ?? 1,
                    directory: placeholder.directory)
            }
        }
    }
}

/// The file a section of the Swift client goes to: a path, or (in the packed layout) a product's
/// models or operations, whose shard ``ProductPacking/pack(_:sizes:)`` chooses after rendering.
enum SectionFile: Hashable, Sendable {
    case path(String)
    case packed(ProductPacking.Placeholder)
}
