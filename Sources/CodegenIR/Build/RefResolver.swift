import Foundation
import SpecReader

/// What a local `$ref` points at.
struct ResolvedRef {
    /// The pointer's segments, unescaped (`["components", "schemas", "Error"]`).
    var segments: [String]
    var node: SpecNode
    /// `(kind, name)` when the pointer names a whole component (`#/components/schemas/Error`).
    var component: (kind: String, name: String)?
}

/// The one `$ref` resolver: any local JSON pointer (RFC 6901, in URI fragment form) into the whole
/// document, with `~0`/`~1` and percent escapes. Whole components are found through an index;
/// deeper pointers walk the tree from there. Results are cached per pointer text.
struct RefResolver {
    let root: SpecNode
    /// `components.<kind>` by name, e.g. `components["schemas"]["Error"]`.
    private let components: [String: [String: SpecNode]]
    private var cache: [String: ResolvedRef] = [:]

    init(root: SpecNode) {
        self.root = root
        var components: [String: [String: SpecNode]] = [:]
        for kind in root["components"]?.entries ?? [] {
            var byName: [String: SpecNode] = [:]
            for entry in kind.value.entries where byName[entry.key] == nil {
                byName[entry.key] = entry.value
            }
            components[kind.key] = byName
        }
        self.components = components
    }

    func component(_ kind: String, _ name: String) -> SpecNode? {
        components[kind]?[name]
    }

    enum Failure: Error {
        case notLocal
        case dangling
    }

    /// The node `ref` points at.
    mutating func resolve(_ ref: String) -> Result<ResolvedRef, Failure> {
        if let cached = cache[ref] { return .success(cached) }
        guard ref.hasPrefix("#") else { return .failure(.notLocal) }
        let segments = Self.segments(of: ref)
        var node = root
        var start = 0
        if segments.count >= 3, segments[0] == "components" {
            guard let found = components[segments[1]]?[segments[2]] else { return .failure(.dangling) }
            node = found
            start = 3
        }
        for segment in segments[start...] {
            guard let next = Self.child(of: node, segment) else { return .failure(.dangling) }
            node = next
        }
        let whole = segments.count == 3 && segments[0] == "components"
        let resolved = ResolvedRef(
            segments: segments, node: node, component: whole ? (segments[1], segments[2]) : nil)
        cache[ref] = resolved
        return .success(resolved)
    }

    private static func child(of node: SpecNode, _ segment: String) -> SpecNode? {
        switch node.value {
        case .mapping: return node[segment]
        case .sequence(let items):
            guard let index = Int(segment), index >= 0, index < items.count, segment.first != "-" else { return nil }
            return items[index]
        case .scalar: return nil
        }
    }

    /// `#/components/schemas/a~1b` → `["components", "schemas", "a/b"]`.
    static func segments(of ref: String) -> [String] {
        var pointer = Substring(ref.dropFirst())
        if pointer.hasPrefix("/") { pointer = pointer.dropFirst() } else if pointer.isEmpty { return [] }
        // Split as bytes: `/` never occurs inside a character, and bytes skip grapheme breaking.
        return pointer.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map {
            unescape(Substring($0))
        }
    }

    private static func unescape(_ part: Substring) -> String {
        var text = String(part)
        if text.utf8.contains(UInt8(ascii: "%")) { text = text.removingPercentEncoding ?? text }
        guard text.utf8.contains(UInt8(ascii: "~")) else { return text }
        return text.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }
}
