import CodegenIR
import Foundation

/// Swift example code for the skill documents, written only from the ``APISurface`` (the names
/// the Swift renderer declared) and the spec's `example` values.
struct SwiftExamples: Sendable {
    let surface: APISurface
    /// Lays out calls (`skills/call`) and example blocks (`skills/example`).
    let templates: TemplateSet

    /// An argument of a call: `label: value`, or the value alone.
    typealias Argument = (label: String?, value: String)

    /// Calls longer than this are written with one argument per line.
    static let longestSingleLineCall = 90

    /// The id used where the spec gives no example.
    static let defaultID = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"

    /// Optional body fields an example shows besides the required ones: those the spec's example sets.
    static let shownOptionalBodyFields = 5

    /// A call with its required arguments and, for a body passed as fields, the ones the spec's
    /// example sets: `client.messages.send(to: "+18445550001", from: "+18445550001", text: "Hello")`.
    /// `inline` gives the short form for running text: one line, required arguments only.
    func call(_ operation: APISurface.OperationSurface, inline: Bool = false) -> String {
        var arguments: [Argument] = []
        for argument in operation.arguments {
            if argument.label == nil, operation.bodyFlattened,
                case .model(let model)? = surface.declaration(argument.type)?.kind
            {
                let object = example(of: argument.type)
                // The method's labels for the body's fields (`bodyCallControlID` where a path parameter is `callControlID`).
                let labels = Dictionary(
                    zip(
                        model.initProperties.map { SwiftNames.unescaped($0.name) },
                        (operation.declaration.flattenedBody?.labels ?? []).map(SwiftNames.unescaped)),
                    uniquingKeysWith: { first, _ in first })
                arguments += modelArguments(model, json: object, depth: 0, optional: Self.shownOptionalBodyFields)
                    .map { argument in
                        var argument = argument
                        argument.label = argument.label.map { labels[$0] ?? $0 }
                        return written(argument)
                    }
            } else if argument.label == nil {
                guard argument.required || hasRequiredFields(argument.type) else { continue }
                arguments.append((nil, text(value(argument.type, json: argument.example, name: "body"))))
            } else if argument.required, !argument.members.isEmpty {
                let members: [ExampleValue.Argument] = argument.members.filter(\.required).map { member in
                    .init(
                        label: SwiftNames.unescaped(member.name),
                        value: value(member.type, json: member.example, name: member.wireName))
                }
                arguments.append((SwiftNames.unescaped(argument.label!), text(.initializer(members))))
            } else if argument.required {
                let value = value(argument.type, json: argument.example, name: argument.wireName)
                arguments.append((SwiftNames.unescaped(argument.label!), text(value)))
            } else if !inline, let family = familyExample(argument) {
                arguments.append(family)
            }
        }
        let head = operation.call.description
        let single = templates.renderFragment(
            .skillCall, SkillCallView(head: head, arguments: arguments, multiline: false))
        guard single.count > Self.longestSingleLineCall, !arguments.isEmpty, !inline else { return single }
        return templates.renderFragment(.skillCall, SkillCallView(head: head, arguments: arguments, multiline: true))
    }

    /// The value as Swift: `.init(label: value, ...)` by `skills/call`, any other by `skills/value`.
    func text(_ value: ExampleValue) -> String {
        let parts: [String]
        switch value {
        case .initializer(let arguments):
            return templates.renderFragment(
                .skillCall, SkillCallView(head: nil, arguments: arguments.map(written), multiline: false))
        case .array(let elements): parts = elements.map(text)
        case .unionCase(_, let payload): parts = [text(payload)]
        default: parts = []
        }
        return templates.renderFragment(.skillValue, ExampleValueView(value, parts: parts))
    }

    /// What an example prints, as a Swift statement (`skills/printed`): `if let id = response.data?.id { print(id) }`.
    func text(_ printed: PrintedView) -> String {
        templates.renderFragment(.skillPrinted, printed)
    }

    private func written(_ argument: ExampleValue.Argument) -> Argument {
        (argument.label, text(argument.value))
    }

    /// An optional query family shown with the members the spec exemplifies, or else its enum
    /// members: `filter: .init(phoneNumberType: .local, features: [.sms])`.
    private func familyExample(_ family: OperationDeclaration.Field) -> Argument? {
        guard family.wireName == "filter", let label = family.label else { return nil }
        // Dates show nothing of the spec's example (`Date()`), so they come last.
        let members =
            family.members.filter { $0.type != .named("Date") } + family.members.filter { $0.type == .named("Date") }
        let exemplified = members.filter { $0.example != nil }
        let chosen = exemplified.isEmpty ? members.filter { isEnumeration($0.type) } : exemplified
        guard !chosen.isEmpty else { return nil }
        let arguments: [ExampleValue.Argument] = chosen.prefix(Self.shownFamilyMembers).map { member in
            .init(
                label: SwiftNames.unescaped(member.name),
                value: value(member.type, json: member.example, name: member.wireName))
        }
        return (SwiftNames.unescaped(label), text(.initializer(arguments)))
    }

    /// How many members of a query family an example sets.
    static let shownFamilyMembers = 2

    private func isEnumeration(_ type: SwiftType) -> Bool {
        guard case .enumeration? = surface.declaration(type.element ?? type)?.kind else { return false }
        return true
    }

    /// The whole example block of an operation (without fences).
    func example(_ operation: APISurface.OperationSurface) -> String {
        let call = call(operation)
        let view: SkillExampleView
        if let item = operation.itemType {
            let variable = itemVariable(item)
            view = SkillExampleView(
                call: call, form: .loop(variable: variable), printed: text(readExpression(variable, type: item)))
        } else if let returnType = operation.returnType {
            view = SkillExampleView(call: call, form: .response, printed: text(responseExpression(returnType)))
        } else {
            view = SkillExampleView(call: call, form: .call, printed: "")
        }
        return templates.renderFragment(.skillExample, view)
    }

    /// `response.data.id`, `response.data?.id as Any`, or `response` when the type has no `data`.
    func responseExpression(_ type: SwiftType) -> PrintedView {
        let response = MemberChain(root: "response")
        guard let data = surface.properties(of: type)?.first(where: { $0.wireName == "data" }) else {
            return PrintedView(chain: response)
        }
        let dataOptional = isOptional(data, in: type)
        let base = response.member(data.name, canBeNil: dataOptional)
        if let id = surface.properties(of: data.type)?.first(where: { $0.wireName == "id" }) {
            return PrintedView(chain: base.member(id.name), optional: dataOptional || isOptional(id, in: data.type))
        }
        return PrintedView(chain: base, optional: dataOptional)
    }

    /// True when the property reads as an optional (every member but a response model's required ones).
    func isOptional(_ property: SwiftProperty, in type: SwiftType) -> Bool {
        guard case .model(let model)? = surface.declaration(type)?.kind else { return true }
        return model.buildable || !property.decodedAsRequired
    }

    /// The Swift accessor chain for a wire path on `type` (`data.payload.messaging_profile_id` →
    /// `data?.payload?.messagingProfileID`: `?.` after each member that is optional), with the last member's
    /// type and whether the chain can be nil; nil when a step is not a member of a model.
    func accessor(_ wirePath: String, on type: SwiftType, from root: String? = nil)
        -> (chain: MemberChain, type: SwiftType, optional: Bool)?
    {
        var current = type
        var chain = MemberChain(root: root)
        var optional = false
        for segment in wirePath.split(separator: ".") {
            guard let property = surface.model(current)?.properties.first(where: { $0.wireName == segment })
            else { return nil }
            let canBeNil = isOptional(property, in: current)
            chain = chain.member(SwiftNames.unescaped(property.name), canBeNil: canBeNil)
            optional = optional || canBeNil
            current = property.type
        }
        return (chain, current, optional)
    }

    /// A read of a wire path on `variable` (`event.data?.payload?.id`), unwrapped when it can be nil;
    /// nil when the path is not a chain of members.
    func read(_ variable: String, _ wirePath: String, on type: SwiftType) -> PrintedView? {
        guard let (chain, _, optional) = accessor(wirePath, on: type, from: variable) else { return nil }
        return PrintedView(chain: chain, optional: optional)
    }

    private func readExpression(_ variable: String, type: SwiftType) -> PrintedView {
        guard
            let property = surface.properties(of: type)?.first(where: { $0.wireName == "id" })
                ?? surface.properties(of: type)?.first
        else { return PrintedView(chain: MemberChain(root: variable)) }
        return PrintedView(
            chain: MemberChain(root: variable).member(property.name), optional: isOptional(property, in: type))
    }

    /// The model a call's response fields are read on and the expression that reaches it: the
    /// items of a paged call (`messagingProfile`), `response.data` (`response.data?`, `response.data[0]`
    /// for a list), or `response` itself when it has no `data`.
    func responseBase(_ operation: APISurface.OperationSurface) -> (base: MemberChain, type: SwiftType)? {
        if let item = operation.itemType { return (MemberChain(root: itemVariable(item)), item) }
        guard let returnType = operation.returnType, let properties = surface.model(returnType)?.properties else {
            return nil
        }
        let response = MemberChain(root: "response")
        guard let data = properties.first(where: { $0.wireName == "data" }) else { return (response, returnType) }
        let base = response.member(SwiftNames.unescaped(data.name), canBeNil: isOptional(data, in: returnType))
        if let element = data.type.element { return (base.firstElement, element) }
        return (base, data.type)
    }

    /// A model's properties as a reader gets them: the Swift name, the wire name, the Swift type
    /// as declared (`String`, or `String?` where it can be nil) and whether it is always present
    /// (required by the spec and checked when the response is decoded).
    func propertyRows(of type: SwiftType) -> [PropertyRow] {
        (surface.model(type)?.properties ?? []).map { property in
            let optional = isOptional(property, in: type)
            return PropertyRow(
                name: SwiftNames.unescaped(property.name), wireName: property.wireName,
                type: (optional ? SwiftType.optional(property.type) : property.type).description,
                alwaysPresent: !optional)
        }
    }

    struct PropertyRow: Sendable {
        var name: String
        var wireName: String
        var type: String
        var alwaysPresent: Bool
    }

    /// `messagingProfile` for `MessagingProfile`; `item` when that would not be a plain name.
    func itemVariable(_ type: SwiftType) -> String {
        guard let simple = type.simpleName else { return "item" }
        let name = SwiftNames.memberName(simple)
        let plain = SwiftNames.isIdentifier(name) && !["client", "response", "item"].contains(name)
        return plain ? name : "item"
    }

    /// The spec's own example of a schema's Swift type, when it is an object.
    func example(of type: SwiftType) -> SpecJSON? {
        type.name.flatMap { surface.examples[$0] }.flatMap { $0.isObject ? $0 : nil }
    }

    private func hasRequiredFields(_ type: SwiftType) -> Bool {
        surface.initParameters(of: type)?.contains(where: \.required) ?? false
    }
}
