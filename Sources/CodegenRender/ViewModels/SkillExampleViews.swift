/// The views of the skill documents' Swift examples: ``SwiftExamples`` decides the values, these
/// carry them to `skills/example` and `skills/call`.

/// An operation's example block (`skills/example`): the loop over a paged call, the call whose
/// response is printed, or the call alone.
struct SkillExampleView: TemplateView {
    enum Key: String, CaseIterable { case call, loopVariable, printed, returnsValue, returnsNothing }
    enum Form {
        /// `for try await <variable> in <call>`, printing each item.
        case loop(variable: String)
        /// `let response = try await <call>`, printing the response.
        case response
        /// `try await <call>`: nothing is returned.
        case call
    }
    var call: String
    var form: Form
    /// What the block prints: `messagingProfile.id as Any`, `response.data.id`.
    var printed: String

    func value(_ key: Key) -> (any TemplateValue)? {
        switch (key, form) {
        case (.call, _): call
        case (.loopVariable, .loop(let variable)): variable
        case (.loopVariable, _): false
        case (.printed, _): printed
        case (.returnsValue, let form): if case .response = form { true } else { false }
        case (.returnsNothing, let form): if case .call = form { true } else { false }
        }
    }
}

/// A call (`skills/call`): `client.messages.send(to: "+18445550001", text: "Hello")`, on one line or
/// with one argument per line.
struct SkillCallView: TemplateView {
    enum Key: String, CaseIterable { case head, arguments, multiline }
    /// What is called: `client.messages.send`; nil for a value's initializer (`.init(...)`).
    var head: String?
    var arguments: [ArgumentView]
    var multiline: Bool

    init(head: String?, arguments: [(label: String?, value: String)], multiline: Bool) {
        self.head = head
        self.arguments = ArgumentView.list(arguments.map { ($0.label, $0.value) })
        self.multiline = multiline
    }

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .head: presentOrFalse(head)
        case .arguments: arguments
        case .multiline: multiline
        }
    }

}

/// One example value (`skills/value`); its elements or payload are already written.
struct ExampleValueView: TemplateView {
    enum Key: String, CaseIterable {
        case literal, array, elements, enumCase, unionCase, payload, emptyModel, emptyUnion, now, emptyData, emptyObject
    }
    let example: ExampleValue
    /// The array's elements, or the union case's payload, as text.
    let parts: [String]

    init(_ example: ExampleValue, parts: [String]) {
        self.example = example
        self.parts = parts
    }

    func value(_ key: Key) -> (any TemplateValue)? {
        switch (key, example) {
        case (.literal, .literal(let text)): text
        case (.array, .array): true
        case (.elements, .array): ArgumentView.list(parts.map { (nil, $0) })
        case (.enumCase, .enumCase(let name)): name
        case (.unionCase, .unionCase(let name, _)): name
        case (.payload, .unionCase): parts.first ?? ""
        case (.emptyModel, .emptyModel), (.emptyUnion, .emptyUnion), (.now, .now), (.emptyData, .emptyData),
            (.emptyObject, .emptyObject):
            true
        default: false
        }
    }
}

/// What an example prints (`skills/printed`): a member chain (`response.data.id`) printed as it is,
/// or, when it can be nil, bound first (`if let id = response.data?.id { print(id) }`).
struct PrintedView: TemplateView, Equatable {
    enum Key: String, CaseIterable { case path, binding }
    var chain: MemberChain
    /// The chain can be nil: it is unwrapped before it is printed, so no `Optional(...)` is printed.
    var optional = false

    /// The name an optional chain is bound to: its last member (`id` for `response.data?.id`).
    var binding: String? {
        guard optional, let last = chain.memberNames.last ?? chain.root else { return nil }
        let name = SwiftNames.unescaped(last)
        return SwiftNames.isIdentifier(name) ? SwiftNames.escaped(name) : "value"
    }

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .path: chain.description
        case .binding: presentOrFalse(binding)
        }
    }
}
