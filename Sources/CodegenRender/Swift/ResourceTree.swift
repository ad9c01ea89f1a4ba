import CodegenIR

/// The client's resource tree (`client.messagingProfiles.autorespConfigs`), from the operations'
/// resource paths, with a Swift type name per resource.
struct ResourceTree {
    struct Node {
        var path: [String]
        var typeName: String
        /// Child resource names, sorted.
        var children: [String]
        /// An example API path under this resource, for doc comments.
        var apiPath: String
    }

    /// Resource path (joined with `.`) → node; the root has the empty key.
    private(set) var nodes: [String: Node] = [:]

    init(operations: [Operation]) {
        var apiPaths: [String: String] = [:]
        var children: [String: Set<String>] = [:]
        for operation in operations {
            let path = operation.resourcePath
            for depth in 0..<path.count {
                let key = path[..<depth].joined(separator: ".")
                children[key, default: []].insert(path[depth])
                let childKey = path[...depth].joined(separator: ".")
                if apiPaths[childKey] == nil || operation.path.count < apiPaths[childKey]!.count {
                    apiPaths[childKey] = Self.prefix(of: operation.path, depth: depth)
                }
            }
        }
        var taken: Set<String> = []
        let keys = Set(children.keys).union(apiPaths.keys).sorted()
        for key in keys {
            let path = key.isEmpty ? [] : key.split(separator: ".").map(String.init)
            var typeName = key.isEmpty ? "TelnyxClient" : SwiftNames.typeName(path.joined(separator: "_")) + "Resource"
            typeName = SwiftNames.unique(typeName, in: taken)
            taken.insert(typeName)
            nodes[key] = Node(
                path: path, typeName: typeName, children: (children[key] ?? []).sorted(), apiPath: apiPaths[key] ?? "/")
        }
    }

    /// Resource type names other than the client's.
    var resourceTypeNames: [String] {
        nodes.values.filter { !$0.path.isEmpty }.map(\.typeName).sorted()
    }

    func node(_ path: [String]) -> Node? {
        nodes[path.joined(separator: ".")]
    }

    /// Non-root nodes sorted by path.
    var resources: [Node] {
        nodes.keys.sorted().filter { !$0.isEmpty }.compactMap { nodes[$0] }
    }

    /// The Swift accessor for a child resource name (`messagingProfiles`, `_10dlc`).
    static func accessor(_ name: String) -> String {
        SwiftNames.isIdentifier(name) ? SwiftNames.escaped(name) : SwiftNames.memberName(name)
    }

    /// A readable API path for the resource at `depth` (the operation path up to a plausible segment).
    private static func prefix(of path: String, depth: Int) -> String {
        let segments = path.split(separator: "/").filter { !$0.hasPrefix("{") }
        return "/" + segments.prefix(depth + 1).joined(separator: "/")
    }
}
