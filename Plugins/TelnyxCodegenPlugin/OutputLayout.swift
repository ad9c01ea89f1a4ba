// The files `telnyx-codegen generate --no-skills` writes, known from products.yaml alone, so that the
// build-tool plugin can declare its outputs before the generator runs. Plugins cannot import library
// targets, so this file is self-contained; Tests/CodegenTests/Support/OutputLayout.swift is a symlink
// to it, and PluginLayoutTests fails when it drifts from SwiftRenderer.filePaths and the real
// products.yaml reader.

/// The output layout of the Swift client, for the build-tool plugin.
enum OutputLayout {
    /// The product that takes everything no configured product claims.
    static let fallbackProduct = "other"
    /// The number of `Shared/SharedModels<n>.swift` files.
    static let sharedShards = 8

    /// The number of `Products/ProductModels<n>.swift` (and `ProductOperations<n>`) files written
    /// when no products are configured.
    static let productShards = 16

    /// The relative paths of every Swift file the generator writes for `products`, sorted. With no
    /// configured products, the products derived from the tags share `productShards` files.
    static func swiftFilePaths(products: [String], directory: String = "Swift") -> [String] {
        var paths = ["\(directory)/Client.swift", "\(directory)/Webhooks.swift"]
        paths += (1...sharedShards).map { "\(directory)/Shared/SharedModels\($0).swift" }
        if products.allSatisfy({ $0 == fallbackProduct }) {
            for shard in 1...productShards {
                paths.append("\(directory)/Products/ProductModels\(shard).swift")
                paths.append("\(directory)/Products/ProductOperations\(shard).swift")
            }
            return paths.sorted()
        }
        var seen: Set<String> = []
        for product in products + [fallbackProduct] where seen.insert(product).inserted {
            let stem = fileStem(product)
            paths.append("\(directory)/\(stem)/\(stem)Models.swift")
            paths.append("\(directory)/\(stem)/\(stem)Operations.swift")
        }
        return paths.sorted()
    }

    /// `messaging-profiles` → `MessagingProfiles`; `10dlc` → `10dlc`.
    static func fileStem(_ product: String) -> String {
        words(product).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Words split at non-alphanumerics and at lower→upper (or digit→upper) changes.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if !(character.isLetter || character.isNumber) {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                words.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Every product name a products.yaml can give files to: the `name:` of each item under
    /// `products:`, then the values under `operations:` and `webhooks:` (which may name products
    /// not listed), in order and without duplicates. A minimal reader for the block style the
    /// configuration files use.
    static func productNames(inProductsYAML text: String) -> [String] {
        var names: [String] = []
        var section = ""
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = stripComment(String(rawLine))
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            if let first = line.first, !first.isWhitespace, first != "-" {
                section = String(line.prefix { $0 != ":" })
                continue
            }
            var item = line.drop { $0.isWhitespace }
            switch section {
            case "products":
                while item.hasPrefix("-") { item = item.dropFirst().drop { $0.isWhitespace } }
                if item.hasPrefix("{") {
                    for field in item.dropFirst().prefix(while: { $0 != "}" }).split(separator: ",") {
                        if let value = value(of: "name", in: field) { names.append(value) }
                    }
                } else if let value = value(of: "name", in: item) {
                    names.append(value)
                }
            case "operations", "webhooks":
                guard let colon = colonIndex(in: item) else { continue }
                let value = unquoted(item[item.index(after: colon)...])
                if !value.isEmpty { names.append(value) }
            default:
                continue
            }
        }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// `name: value` → `value` when the key is `key`.
    private static func value(of key: String, in field: Substring) -> String? {
        let trimmed = field.drop { $0.isWhitespace }
        guard let colon = colonIndex(in: trimmed), unquoted(trimmed[..<colon]) == key else { return nil }
        return unquoted(trimmed[trimmed.index(after: colon)...])
    }

    /// The first `:` outside quotes that ends a key (followed by a space or the end of the line).
    private static func colonIndex(in text: Substring) -> Substring.Index? {
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ":", next == text.endIndex || text[next].isWhitespace {
                return index
            }
            index = next
        }
        return nil
    }

    private static func unquoted(_ text: Substring) -> String {
        var value = text.trimmingWhitespace()
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return value
    }

    /// The line without a `#` comment (a `#` at the start or after whitespace, outside quotes).
    private static func stripComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        var result = ""
        for character in line {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#", previous.isWhitespace {
                break
            }
            result.append(character)
            previous = character
        }
        return result
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
