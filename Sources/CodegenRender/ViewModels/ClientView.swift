/// Template values for `Client.swift`: the client's accessors and every resource type.
enum ClientView {
    static func values(_ tree: ResourceTree) -> [String: Any] {
        let root = tree.node([])
        return [
            "children": children(of: root, tree),
            "resources": tree.resources.map { node -> [String: Any] in
                [
                    "typeName": node.typeName, "dottedPath": node.path.joined(separator: "."),
                    "children": children(of: node, tree),
                ]
            },
        ]
    }

    private static func children(of node: ResourceTree.Node?, _ tree: ResourceTree) -> [[String: Any]] {
        guard let node else { return [] }
        return node.children.compactMap { name in
            guard let child = tree.node(node.path + [name]) else { return nil }
            return ["accessor": ResourceTree.accessor(name), "typeName": child.typeName, "path": child.apiPath]
        }
    }
}
