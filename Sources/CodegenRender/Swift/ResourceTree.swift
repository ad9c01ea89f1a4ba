import CodegenIR

/// The client's resource tree (`client.messagingProfiles.autorespConfigs`), from the operations'
/// resource paths, with a Swift type name per resource.
struct ResourceTree {
    struct Node {
        var path: [String]
        var typeName: String
        /// The testing library's namespace of this resource's operation names (`MessagesOperations`).
        var operationsTypeName: String
        /// Child resource names, sorted.
        var children: [String]
        /// An example API path under this resource, for doc comments.
        var apiPath: String

        /// The accessors from the client as Swift spells them, without backticks (`messagingProfiles.autorespConfigs`).
        var dottedAccessors: String {
            path.map { SwiftNames.unescaped(ResourceTree.accessor($0)) }.joined(separator: ".")
        }
    }

    /// Resource path → node; the root has the empty path.
    private(set) var nodes: [[String]: Node] = [:]

    init(operations: [Operation]) {
        var apiPaths: [[String]: String] = [:]
        var children: [[String]: Set<String>] = [:]
        for operation in operations {
            let path = operation.resourcePath
            for depth in 0..<path.count {
                children[Array(path[..<depth]), default: []].insert(path[depth])
                let childPath = Array(path[...depth])
                if apiPaths[childPath] == nil || operation.path.count < apiPaths[childPath]!.count {
                    apiPaths[childPath] = Self.prefix(of: operation.path, depth: depth)
                }
            }
        }
        var taken: Set<String> = []
        // In the order of the dotted paths (`a`, `a.b`, `ab`), which decides which of two equal type names is numbered.
        let paths = Set(children.keys).union(apiPaths.keys).sorted {
            $0.joined(separator: ".") < $1.joined(separator: ".")
        }
        for path in paths {
            let stem = path.isEmpty ? "TelnyxClient" : SwiftNames.typeName(path.joined(separator: "_"))
            let wanted = path.isEmpty ? stem : stem + NameSuffix.resource
            let typeName = SwiftNames.unique(wanted, in: taken)
            taken.insert(typeName)
            nodes[path] = Node(
                path: path, typeName: typeName,
                operationsTypeName: (typeName == wanted && !path.isEmpty ? stem : typeName) + NameSuffix.operations,
                children: (children[path] ?? []).sorted(), apiPath: apiPaths[path] ?? "/")
        }
    }

    /// Resource type names other than the client's.
    var resourceTypeNames: [String] {
        nodes.values.filter { !$0.path.isEmpty }.map(\.typeName).sorted()
    }

    func node(_ path: [String]) -> Node? {
        nodes[path]
    }

    /// Non-root nodes sorted by dotted path.
    var resources: [Node] {
        nodes.values.filter { !$0.path.isEmpty }.sorted {
            $0.path.joined(separator: ".") < $1.path.joined(separator: ".")
        }
    }

    /// The Swift accessor for a child resource name of the IR: `messagingProfiles`, `alphanumericSenderIDs` (from `alphanumericSenderIds`), `_10dlc`.
    static func accessor(_ name: String) -> String {
        SwiftNames.memberName(name)
    }

    /// A readable API path for the resource at `depth` (the operation path up to a plausible segment).
    private static func prefix(of path: String, depth: Int) -> String {
        let segments = path.split(separator: "/").filter { !$0.hasPrefix("{") }
        return "/" + segments.prefix(depth + 1).joined(separator: "/")
    }
}
