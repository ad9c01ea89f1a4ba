import CodegenIR

/// The Swift model stage, between the IR and the templates: every Swift file's declarations and
/// operations (named, typed, not yet text), the API surface they make up, and the naming pass that
/// named them. Built once per model by ``SwiftRenderer/build(renderingEarly:)``; the Swift files, the
/// skill documents and the testing library all render from one value of it.
struct SwiftModel: Sendable {
    /// A piece of a file: a type declaration or an operation, rendered later, concurrently.
    enum Section: Sendable {
        case declaration(SwiftDeclaration)
        case operation(OperationDeclaration)
        case text(String)
    }

    /// Every name of the client (``SwiftNaming``).
    var naming: SwiftNaming
    /// The sections of every Swift file, in order.
    var sections: [(file: SectionFile, section: Section)]
    /// Sections already rendered while the model was built, by index into ``sections``.
    var rendered: [Int: String] = [:]
    /// What the client exposes: each operation's call and every declared type.
    var surface: APISurface

    /// The client's resources, which the testing library's operation names follow.
    var tree: ResourceTree { naming.resources }
}
