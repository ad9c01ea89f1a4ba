import PluginsShared

/// The layout without product configuration: products (one per tag) are packed into a fixed number
/// of files, so a build plugin still knows every output file before the generator runs, and no file
/// grows so large that it dominates compile time. Each product's models and operations stay together
/// in the shard of the same number; products are placed largest first into the smallest shard.
/// The shard count and the paths are `OutputLayout`'s.
enum ProductPacking {
    static let shards = OutputLayout.productShards
    /// Marks a section's file as "product P's models/operations", resolved to a shard by ``pack``.
    private static let marker = "\u{1}"

    static func placeholder(_ product: String, _ kind: String, directory: String) -> String {
        marker + directory + marker + kind + marker + product
    }

    /// Real paths for `files` (placeholders replaced), given each section's rendered size.
    static func pack(_ files: [String], sizes: [Int]) -> [String] {
        var weight: [String: Int] = [:]
        for (file, size) in zip(files, sizes) where file.hasPrefix(marker) {
            weight[product(of: file), default: 0] += size
        }
        var load = Array(repeating: 0, count: shards)
        var shardOf: [String: Int] = [:]
        for (product, size) in weight.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            let lightest = load.indices.min { (load[$0], $0) < (load[$1], $1) }!
            shardOf[product] = lightest + 1
            load[lightest] += size
        }
        return files.map { file in
            guard file.hasPrefix(marker) else { return file }
            let parts = file.split(separator: Character(marker), omittingEmptySubsequences: false)
            let shard = shardOf[String(parts[3])] ?? 1
            return OutputLayout.packedPath(kind: String(parts[2]), shard: shard, directory: String(parts[1]))
        }
    }

    private static func product(of placeholder: String) -> String {
        String(placeholder.split(separator: Character(marker), omittingEmptySubsequences: false)[3])
    }
}
