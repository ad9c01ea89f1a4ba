import CodegenIR

/// The view of `Testing/Operations.swift`: a `TelnyxOperation` per client method, nested like the
/// client's resources (`.messages.send`).
struct OperationNamesView: TemplateView {
    enum Key: String, CaseIterable { case roots, resources }
    let roots: [Accessor]
    let resources: [Resource]

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .roots: roots
        case .resources: resources
        }
    }

    /// A property returning a resource's operations.
    struct Accessor: TemplateView {
        enum Key: String, CaseIterable { case accessor, operationsType, dottedPath }
        let accessor: String
        let operationsType: String
        let dottedPath: String

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .accessor: accessor
            case .operationsType: operationsType
            case .dottedPath: dottedPath
            }
        }
    }

    struct Resource: TemplateView {
        enum Key: String, CaseIterable { case operationsType, dottedPath, operations, children }
        let operationsType: String
        let dottedPath: String
        let operations: [Method]
        let children: [Accessor]

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .operationsType: operationsType
            case .dottedPath: dottedPath
            case .operations: operations
            case .children: children
            }
        }
    }

    struct Method: TemplateView {
        enum Key: String, CaseIterable { case methodName, httpMethod, path, idLiteral, nameLiteral }
        let methodName: String
        let httpMethod: String
        let path: String
        let id: String
        let name: String

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .methodName: methodName
            case .httpMethod: httpMethod
            case .path: path
            case .idLiteral: SwiftLiteral.string(id)
            case .nameLiteral: SwiftLiteral.string(name)
            }
        }
    }
}

/// The view of `Testing/Catalog.swift`: the catalog's JSON lines in raw string literals.
struct CatalogView: TemplateView {
    enum Key: String, CaseIterable {
        case specTitle, delimiter, operationLines, schemaLines, operationCount, specExamples, synthesizedExamples
    }
    let specTitle: String
    let catalog: TestCatalog
    /// The raw string delimiter that fits every line.
    let delimiter: String

    init(specTitle: String, catalog: TestCatalog) {
        self.specTitle = specTitle
        self.catalog = catalog
        delimiter =
            (catalog.operationLines + catalog.schemaLines).map(SwiftLiteral.rawDelimiter).max { $0.count < $1.count }
            ?? "#"
    }

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .specTitle: specTitle
        case .delimiter: delimiter
        case .operationLines: catalog.operationLines
        case .schemaLines: catalog.schemaLines
        case .operationCount: String(catalog.operationLines.count)
        case .specExamples: String(catalog.specExamples)
        case .synthesizedExamples: String(catalog.synthesizedExamples)
        }
    }
}

/// The view of `Testing/WebhookExamples.swift`: each webhook's example as its typed payload.
struct WebhookExamplesView: TemplateView {
    enum Key: String, CaseIterable { case examples }
    let examples: [Example]

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .examples: examples
        }
    }

    struct Example: TemplateView {
        enum Key: String, CaseIterable { case caseName, type, summary, fromSpec, literal }
        let caseName: String
        let type: String
        let summary: String
        let fromSpec: Bool
        /// The example's JSON as a raw string literal.
        let literal: String

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .caseName: caseName
            case .type: type
            case .summary: summary
            case .fromSpec: fromSpec
            case .literal: literal
            }
        }
    }
}
