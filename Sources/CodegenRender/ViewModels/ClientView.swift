/// The view of `Client.swift`: the client's accessors and every resource type.
struct ClientView: TemplateView {
    enum Key: String, CaseIterable { case children, resources }
    let tree: ResourceTree

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .children: Accessor.children(of: tree.node([]), tree)
        case .resources: tree.resources.map { Resource(node: $0, tree: tree) }
        }
    }

    struct Resource: TemplateView {
        enum Key: String, CaseIterable { case typeName, dottedPath, children }
        let node: ResourceTree.Node
        let tree: ResourceTree

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .typeName: node.typeName
            case .dottedPath: node.path.joined(separator: ".")
            case .children: Accessor.children(of: node, tree)
            }
        }
    }

    /// A property that returns a child resource.
    struct Accessor: TemplateView {
        enum Key: String, CaseIterable { case accessor, typeName, path }
        let name: String
        let child: ResourceTree.Node

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .accessor: ResourceTree.accessor(name)
            case .typeName: child.typeName
            case .path: child.apiPath
            }
        }

        static func children(of node: ResourceTree.Node?, _ tree: ResourceTree) -> [Accessor] {
            guard let node else { return [] }
            return node.children.compactMap { name in
                tree.node(node.path + [name]).map { Accessor(name: name, child: $0) }
            }
        }
    }
}

/// The view of one Swift file: its header, imports and sections.
struct FileView: TemplateView {
    enum Key: String, CaseIterable { case specTitle, specVersion, imports, exportedImports, generatedImports, sections }
    let specTitle: String
    let specVersion: String
    let imports: [String]
    let exportedImports: [String]
    let generatedImports: [String]
    let sections: [String]

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .specTitle: specTitle
        case .specVersion: specVersion
        case .imports: imports
        case .exportedImports: exportedImports
        case .generatedImports: generatedImports
        case .sections: sections
        }
    }
}
