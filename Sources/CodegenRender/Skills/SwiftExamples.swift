import CodegenIR
import Foundation

/// Swift example code for the skill documents, written only from the ``APISurface`` (the names
/// the Swift renderer declared) and the spec's `example` values.
struct SwiftExamples: Sendable {
    let surface: APISurface

    /// The id used where the spec gives no example.
    static let defaultID = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"

    /// Optional body fields an example shows besides the required ones: those the spec's example sets.
    static let shownOptionalBodyFields = 5

    /// A call with its required arguments and, for a body passed as fields, the ones the spec's
    /// example sets: `client.messages.send(to: "+18445550001", from: "+18445550001", text: "Hello")`.
    /// `inline` gives the short form for running text: one line, required arguments only.
    func call(_ operation: APISurface.OperationSurface, inline: Bool = false) -> String {
        var arguments: [String] = []
        for argument in operation.arguments {
            if argument.label == nil, operation.bodyFlattened,
                case .model(let model)? = surface.declaration(argument.type)?.kind
            {
                let object = example(of: argument.type)
                arguments += modelArguments(model, json: object, depth: 0, optional: Self.shownOptionalBodyFields)
            } else if argument.label == nil {
                guard argument.required || hasRequiredFields(argument.type) else { continue }
                arguments.append(value(argument.type, example: argument.example, name: "body"))
            } else if argument.required, !argument.members.isEmpty {
                let members = argument.members.filter(\.required).map { member in
                    let value = value(member.type, example: member.example, name: member.wireName)
                    return "\(SwiftNames.unescaped(member.label!)): \(value)"
                }
                arguments.append("\(SwiftNames.unescaped(argument.label!)): .init(\(members.joined(separator: ", ")))")
            } else if argument.required {
                let value = value(argument.type, example: argument.example, name: argument.wireName)
                arguments.append("\(SwiftNames.unescaped(argument.label!)): \(value)")
            } else if !inline, let family = familyExample(argument) {
                arguments.append(family)
            }
        }
        let head = "\(operation.accessor).\(operation.methodName)"
        let single = head + "(" + arguments.joined(separator: ", ") + ")"
        guard single.count > 90, arguments.count > 0, !inline else { return single }
        return head + "(\n" + arguments.map { "    " + $0 }.joined(separator: ",\n") + "\n)"
    }

    /// An optional query family shown with the members the spec exemplifies, or else its enum
    /// members: `filter: .init(phoneNumberType: .local, features: [.sms])`.
    private func familyExample(_ family: APISurface.Argument) -> String? {
        guard family.wireName == "filter", let label = family.label else { return nil }
        // Dates show nothing of the spec's example (`Date()`), so they come last.
        let members =
            family.members.filter { $0.type != .named("Date") } + family.members.filter { $0.type == .named("Date") }
        let exemplified = members.filter { $0.example != nil }
        let chosen = exemplified.isEmpty ? members.filter { isEnumeration($0.type) } : exemplified
        guard !chosen.isEmpty else { return nil }
        let arguments = chosen.prefix(Self.shownFamilyMembers).map { member in
            "\(SwiftNames.unescaped(member.label!)): \(value(member.type, example: member.example, name: member.wireName))"
        }
        return "\(SwiftNames.unescaped(label)): .init(\(arguments.joined(separator: ", ")))"
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
        if let item = operation.itemType {
            let variable = itemVariable(item)
            return "for try await \(variable) in \(call) {\n"
                + indent("print(\(readExpression(variable, type: item)))") + "\n}"
        }
        guard let returnType = operation.returnType else { return "try await \(call)" }
        return "let response = try await \(call)\n" + "print(\(responseExpression(returnType)))"
    }

    /// `response.data.id`, `response.data?.id as Any`, or `response` when the type has no `data`.
    func responseExpression(_ type: SwiftType) -> String {
        guard let data = surface.properties(of: type)?.first(where: { $0.wireName == "data" }) else {
            return "response"
        }
        let dataOptional = isOptional(data, in: type)
        let base = "response.\(data.name)"
        if let id = surface.properties(of: data.type)?.first(where: { $0.wireName == "id" }) {
            return dataOptional || isOptional(id, in: data.type)
                ? "\(base)\(dataOptional ? "?" : "").\(id.name) as Any" : "\(base).\(id.name)"
        }
        return dataOptional ? "\(base) as Any" : base
    }

    /// True when the property reads as an optional (every member but a response model's required ones).
    func isOptional(_ property: SwiftProperty, in type: SwiftType) -> Bool {
        guard case .model(let model)? = surface.declaration(type)?.kind else { return true }
        return model.buildable || !property.decodedAsRequired
    }

    /// The Swift accessor chain for a wire path on `type` (`data.payload.messaging_profile_id` →
    /// `data?.payload?.messagingProfileID`: `?.` after each member that is optional), with the last member's
    /// type and whether the chain can be nil; nil when a step is not a member of a model.
    func accessor(_ wirePath: String, on type: SwiftType) -> (path: String, type: SwiftType, optional: Bool)? {
        var current = type
        var path = ""
        var previousOptional = false
        var optional = false
        for segment in wirePath.split(separator: ".") {
            guard let property = surface.model(current)?.properties.first(where: { $0.wireName == segment })
            else { return nil }
            if !path.isEmpty { path += previousOptional ? "?." : "." }
            path += SwiftNames.unescaped(property.name)
            previousOptional = isOptional(property, in: current)
            optional = optional || previousOptional
            current = property.type
        }
        return (path, current, optional)
    }

    /// A statement-ready read of a wire path on `variable`: `event.data?.payload?.id ?? ""`, or
    /// `... as Any` for other optional values; nil when the path is not a chain of members.
    func read(_ variable: String, _ wirePath: String, on type: SwiftType) -> String? {
        guard let (path, type, optional) = accessor(wirePath, on: type) else { return nil }
        let expression = "\(variable).\(path)"
        guard optional else { return expression }
        return expression + (type == .string ? " ?? \"\"" : " as Any")
    }

    private func readExpression(_ variable: String, type: SwiftType) -> String {
        guard
            let property = surface.properties(of: type)?.first(where: { $0.wireName == "id" })
                ?? surface.properties(of: type)?.first
        else { return variable }
        return "\(variable).\(property.name) as Any"
    }

    /// The Swift paths a user types to read the wire fields `wireFields` of what the call returns:
    /// `response.data.completedAt` (`response.data?.completedAt` when `data` is optional),
    /// `response.data[0].id`, `response.id` for an unwrapped model, or
    /// `messagingProfile.name` for the items of a paged call. Fields the type does not have are left out.
    func responsePaths(_ operation: APISurface.OperationSurface, wireFields: [String]) -> [String] {
        if let item = operation.itemType { return paths(itemVariable(item), of: item, wireFields) }
        guard let returnType = operation.returnType, let properties = surface.model(returnType)?.properties else {
            return []
        }
        guard let data = properties.first(where: { $0.wireName == "data" }) else {
            return paths("response", of: returnType, wireFields)
        }
        let base = "response.\(SwiftNames.unescaped(data.name))" + (isOptional(data, in: returnType) ? "?" : "")
        if let element = data.type.element { return paths(base + "[0]", of: element, wireFields) }
        return paths(base, of: data.type, wireFields)
    }

    private func paths(_ base: String, of type: SwiftType, _ wireFields: [String]) -> [String] {
        guard let properties = surface.model(type)?.properties else { return [] }
        return wireFields.compactMap { wire in
            properties.first { $0.wireName == wire }.map { "\(base).\(SwiftNames.unescaped($0.name))" }
        }
    }

    /// `messagingProfile` for `MessagingProfile`; `item` when that would not be a plain name.
    func itemVariable(_ type: SwiftType) -> String {
        guard let simple = type.simpleName else { return "item" }
        let name = SwiftNames.memberName(simple)
        let plain = SwiftNames.isIdentifier(name) && !["client", "response", "item"].contains(name)
        return plain ? name : "item"
    }

    /// The spec's own example of a schema's Swift type, parsed.
    private func example(of type: SwiftType) -> [String: Any]? {
        type.name.flatMap { surface.examples[$0] }.flatMap(Self.parse) as? [String: Any]
    }

    private func hasRequiredFields(_ type: SwiftType) -> Bool {
        surface.initParameters(of: type)?.contains(where: \.required) ?? false
    }

    // MARK: - Values

    /// A Swift expression of `type`, from the JSON text `example` when it fits.
    func value(_ type: SwiftType, example: String?, name: String, depth: Int = 0) -> String {
        let json = example.flatMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed)
        }
        return value(type, json: json, name: name, depth: depth)
    }

    private func value(_ type: SwiftType, json: Any?, name: String, depth: Int) -> String {
        switch type {
        case .named("String"):
            return SwiftLiteral.string((json as? String).map(Self.firstAlternative) ?? placeholder(name))
        case .named("Int"): return (json as? NSNumber).map { String($0.intValue) } ?? "1"
        case .named("Double"): return (json as? NSNumber).map { String($0.doubleValue) } ?? "1.0"
        case .named("Bool"): return (json as? NSNumber).map { $0.boolValue ? "true" : "false" } ?? "true"
        case .named("Date"): return "Date()"
        case .named("Data"): return "Data()"
        case .named("JSONValue"), .dictionary: return "[:]"
        case .optional(let wrapped): return value(wrapped, json: json, name: name, depth: depth)
        case .array(let element):
            let elements = (json as? [Any]).map { Array($0.prefix(3)) } ?? []
            let items =
                elements.isEmpty
                ? [value(element, json: nil, name: name, depth: depth + 1)]
                : elements.map { value(element, json: $0, name: name, depth: depth + 1) }
            return "[" + items.joined(separator: ", ") + "]"
        case .named: return declaredValue(type, json: json, name: name, depth: depth)
        case .generic: return ".init(storage: [:])"
        }
    }

    private func declaredValue(_ type: SwiftType, json: Any?, name: String, depth: Int) -> String {
        guard let declaration = surface.declaration(type) else { return ".init(storage: [:])" }
        switch declaration.kind {
        case .enumeration(let enumeration):
            let text = json.map { "\($0)" }
            let match = enumeration.cases.first {
                text != nil && ($0.literal == SwiftLiteral.string(text!) || $0.literal == text!)
            }
            guard let chosen = match ?? enumeration.cases.first else { return "[:]" }
            return "." + SwiftNames.unescaped(chosen.name)
        case .model(let model):
            guard model.buildable, depth < 4 else { return ".init(storage: [:])" }
            let object = json as? [String: Any] ?? example(of: type)
            return ".init(" + modelArguments(model, json: object, depth: depth, optional: 0).joined(separator: ", ")
                + ")"
        case .union(let union):
            if let literal = literalVariant(union, json: json) {
                return value(literal.type, json: json, name: name, depth: depth + 1)
            }
            let variants = union.variants.filter { surface.declaration($0.type).map(Self.isUnion) != true }
            guard let variant = variants.first, depth < 4 else { return "try .init(json: [:])" }
            return
                ".\(SwiftNames.unescaped(variant.caseName))(\(value(variant.type, json: json, name: name, depth: depth + 1)))"
        case .alias(let target):
            return value(target, json: json, name: name, depth: depth + 1)
        }
    }

    /// `label: value` for the required fields and up to `optional` fields the example `json` sets.
    private func modelArguments(_ model: ModelDeclaration, json object: [String: Any]?, depth: Int, optional: Int)
        -> [String]
    {
        func argument(_ property: SwiftProperty) -> String {
            let json = object?[property.wireName] ?? property.example.flatMap(Self.parse)
            return value(property.type, json: json, name: property.wireName, depth: depth + 1)
        }
        let required = model.initProperties.filter(\.required).map { (property: $0, value: argument($0)) }
        // An optional argument is shown when the example sets it to something (not `.init()`).
        let exemplified = model.initProperties.lazy.filter { !$0.required && object?[$0.wireName] != nil }
            .map { (property: $0, value: argument($0)) }.filter { $0.value != ".init()" }.prefix(optional)
        return (required + exemplified).map { "\(SwiftNames.unescaped($0.property.name)): \($0.value)" }
    }

    /// The variant a union's literal is written with (`to: "+18005550100"`): the one matching
    /// the example's JSON kind, or the string one when there is no example.
    private func literalVariant(_ union: UnionDeclaration, json: Any?) -> UnionDeclaration.Variant? {
        union.variants.first { variant in
            switch (variant.literal, json) {
            case (.string?, nil), (.string?, is String), (.array?, is [Any]), (.boolean?, is Bool): true
            case (.integer?, let number as NSNumber): number.doubleValue == number.doubleValue.rounded()
            case (.float?, is NSNumber): true
            default: false
            }
        }
    }

    /// An example written as alternatives (`"+18005550100 or sip:username@sip.telnyx.com"`) gives
    /// its first one; any other text stays whole.
    static func firstAlternative(_ text: String) -> String {
        guard let range = text.range(of: " or ") else { return text }
        let first = text[..<range.lowerBound]
        return first.isEmpty || first.contains(" ") ? text : String(first)
    }

    private static func isUnion(_ declaration: SwiftDeclaration) -> Bool {
        if case .union = declaration.kind { return true }
        return false
    }

    private static func parse(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
    }

    /// A stand-in for a string without an example: ids, phone numbers and URLs get plausible values.
    private func placeholder(_ name: String) -> String {
        let lower = name.lowercased()
        if lower == "id" || lower.hasSuffix("_id") || lower.hasSuffix("id]") { return Self.defaultID }
        if lower == "to" || lower == "from" || lower.contains("phone_number") { return "+13125550001" }
        if lower.contains("url") { return "https://example.com/webhooks" }
        return "example"
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }
}
