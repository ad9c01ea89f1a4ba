/// The Swift declarations the documents show, rendered with the same templates and views as the
/// client (`swift/declaration`, `swift/initializer`, `swift/group-initializer`) without the `{`
/// that opens a body: a document's signature is the client's, character for character.
struct SkillDeclarations: Sendable {
    let surface: APISurface
    let templates: TemplateSet

    /// A declaration and, for a value the caller builds, the type it belongs to.
    struct Block: Sendable {
        /// `client.messages` for a method, the type for an initializer.
        var owner: String
        var text: String
    }

    /// The method's declarations: the overload that takes the body's fields first (the one the
    /// examples call), then the one that takes the body whole.
    func methods(_ api: APISurface.OperationSurface) -> [String] {
        let whole = OperationView(operation: api.declaration, declarationOnly: true)
        var overloads = [whole]
        if api.declaration.flattenedBody != nil {
            overloads.insert(
                OperationView(operation: api.declaration, declarationOnly: true, fieldsOverload: true), at: 0)
        }
        return overloads.map { trimmed(templates.render(.declaration, $0)) }
    }

    /// The initializers of the query families the method takes (`filter: .init(...)`).
    func families(_ api: APISurface.OperationSurface) -> [Block] {
        api.declaration.fields.filter { !$0.members.isEmpty }.map { field in
            Block(
                owner: "\(SwiftNames.unescaped(field.name)): \(field.type)",
                text: trimmed(
                    templates.render(.groupInitializer, OperationView.GroupView(field: field, declarationOnly: true))))
        }
    }

    /// The model types a call builds, reached from its arguments (the body, and the models its
    /// fields hold), each once, in the order they are met; `seen` carries the types already shown.
    func builtModels(_ api: APISurface.OperationSurface, seen: inout Set<QualifiedName>) -> [Block] {
        var blocks: [Block] = []
        var types = api.declaration.fields.map(\.type)
        if let body = api.declaration.flattenedBody { types = body.model.initProperties.map(\.type) + types }
        for type in types { visit(type, &seen, &blocks) }
        return blocks
    }

    private func visit(_ type: SwiftType, _ seen: inout Set<QualifiedName>, _ blocks: inout [Block]) {
        switch type {
        case .array(let inner), .dictionary(let inner), .optional(let inner), .generic(_, let inner):
            visit(inner, &seen, &blocks)
        case .named(let name):
            guard !seen.contains(name), let model = surface.model(type), model.buildable else { return }
            seen.insert(name)
            let view = ModelView(name: name.description, doc: [], model: model, declarationOnly: true)
            blocks.append(Block(owner: name.description, text: trimmed(templates.render(.initializer, view))))
            for property in model.initProperties { visit(property.type, &seen, &blocks) }
        }
    }

    private func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while text.last?.isNewline == true { text = text.dropLast() }
        return String(text)
    }
}
