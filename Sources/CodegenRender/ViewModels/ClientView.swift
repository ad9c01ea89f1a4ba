/// `TelnyxClient`, with the accessors of the resources under it that its file declares.
struct ClientView: TemplateView {
    enum Key: String, CaseIterable { case children }
    let children: [Accessor]

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .children: children
        }
    }

    /// A resource type, with the accessors of its children.
    struct Resource: TemplateView {
        enum Key: String, CaseIterable { case typeName, dottedPath, children }
        let node: ResourceTree.Node
        let children: [Accessor]

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .typeName: node.typeName
            case .dottedPath: node.dottedAccessors
            case .children: children
            }
        }
    }

    /// `extension Parent { ... }`: accessors declared in another module than their parent resource.
    struct Accessors: TemplateView {
        enum Key: String, CaseIterable { case typeName, children }
        let node: ResourceTree.Node
        let children: [Accessor]

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .typeName: node.typeName
            case .children: children
            }
        }
    }

    /// A property that returns a child resource.
    struct Accessor: TemplateView {
        enum Key: String, CaseIterable { case accessor, typeName, childTypeName, path, last }
        let name: String
        let child: ResourceTree.Node
        var last = false

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .accessor: ResourceTree.accessor(name)
            case .typeName, .childTypeName: child.typeName
            case .path: child.apiPath
            case .last: last
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
