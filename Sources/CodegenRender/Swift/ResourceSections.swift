import CodegenIR

/// The client and its resource types as sections, each in the file `SwiftFileLayout` gives it: in
/// one module, all in `Client.swift`; split by product, a resource goes to the module of the product
/// that alone has operations under it, the others (and the client) to the core, and an accessor
/// from a core resource to a product's resource is an extension in that product's module.
struct ResourceSections {
    let tree: ResourceTree
    let layout: SwiftFileLayout
    /// Resource key (`messaging_profiles.autoresp_configs`) → the one product with operations under it.
    private var owners: [String: String] = [:]

    init(tree: ResourceTree, operations: [Operation], layout: SwiftFileLayout) {
        self.tree = tree
        self.layout = layout
        guard layout.modulePrefix != nil else { return }
        var products: [String: Set<String>] = [:]
        for operation in operations {
            for depth in stride(from: 1, through: operation.resourcePath.count, by: 1) {
                products[operation.resourcePath[..<depth].joined(separator: "."), default: []].insert(operation.product)
            }
        }
        owners = products.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The product whose module declares `node`; nil: the core (or the one module).
    func owner(_ node: ResourceTree.Node) -> String? {
        owners[node.path.joined(separator: ".")]
    }

    /// `(file, text)` for the client, every resource and every cross-module accessor extension.
    func sections(_ templates: TemplateSet) -> [(file: String, text: String)] {
        var sections: [(file: String, text: String)] = []
        for node in [tree.node([])].compactMap({ $0 }) + tree.resources {
            let owner = owner(node)
            var own: [ClientView.Accessor] = []
            var elsewhere: [String: [ClientView.Accessor]] = [:]
            for name in node.children {
                guard let child = tree.node(node.path + [name]) else { continue }
                let accessor = ClientView.Accessor(name: name, child: child)
                if let product = self.owner(child), product != owner {
                    elsewhere[product, default: []].append(accessor)
                } else {
                    own.append(accessor)
                }
            }
            let text =
                node.path.isEmpty
                ? templates.render(.client, ClientView(children: own))
                : templates.render(.resource, ClientView.Resource(node: node, children: own))
            sections.append((layout.resourcesPath(owner), text))
            for (product, accessors) in elsewhere.sorted(by: { $0.key < $1.key }) {
                var accessors = accessors
                accessors[accessors.count - 1].last = true
                let view = ClientView.Accessors(node: node, children: accessors)
                sections.append((layout.resourcesPath(product), templates.render(.accessors, view)))
            }
        }
        return sections
    }
}
