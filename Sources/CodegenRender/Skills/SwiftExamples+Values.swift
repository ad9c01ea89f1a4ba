import CodegenIR
import Foundation

/// Example values of a type, from the spec's example JSON when it fits.
extension SwiftExamples {
    /// A value of `type`, from the spec's example `json` when it fits.
    func value(_ type: SwiftType, json: SpecJSON?, name: String, depth: Int = 0) -> ExampleValue {
        switch type {
        case .named("String"):
            return .literal(SwiftLiteral.string(json?.string.map(Self.firstAlternative) ?? placeholder(name)))
        case .named("Int"): return .literal(json?.wholeNumber.map { String($0) } ?? "1")
        case .named("Double"): return .literal(json?.number.map { String($0) } ?? "1.0")
        case .named("Bool"): return .literal(json?.number.map { $0 != 0 ? "true" : "false" } ?? "true")
        case .named("Date"): return .now
        case .named("Data"): return .emptyData
        case .named("JSONValue"), .dictionary: return .emptyObject
        case .optional(let wrapped): return value(wrapped, json: json, name: name, depth: depth)
        case .array(let element):
            let elements = json.map { Array($0.items.prefix(3)) } ?? []
            let items =
                elements.isEmpty
                ? [value(element, json: nil, name: name, depth: depth + 1)]
                : elements.map { value(element, json: $0, name: name, depth: depth + 1) }
            return .array(items)
        case .named: return declaredValue(type, json: json, name: name, depth: depth)
        case .generic: return .emptyModel
        }
    }

    private func declaredValue(_ type: SwiftType, json: SpecJSON?, name: String, depth: Int) -> ExampleValue {
        guard let declaration = surface.declaration(type) else { return .emptyModel }
        switch declaration.kind {
        case .enumeration(let enumeration):
            let text = json?.scalarText
            let match = enumeration.cases.first {
                text != nil && ($0.literal == SwiftLiteral.string(text!) || $0.literal == text!)
            }
            guard let chosen = match ?? enumeration.cases.first else { return .emptyObject }
            return .enumCase(SwiftNames.unescaped(chosen.name))
        case .model(let model):
            guard model.buildable, depth < 4 else { return .emptyModel }
            let object = json?.isObject == true ? json : example(of: type)
            return .initializer(modelArguments(model, json: object, depth: depth, optional: 0))
        case .union(let union):
            if let literal = literalVariant(union, json: json) {
                return value(literal.type, json: json, name: name, depth: depth + 1)
            }
            let variants = union.variants.filter { surface.declaration($0.type).map(Self.isUnion) != true }
            guard let variant = variants.first, depth < 4 else { return .emptyUnion }
            return .unionCase(
                SwiftNames.unescaped(variant.caseName), value(variant.type, json: json, name: name, depth: depth + 1))
        case .alias(let target):
            return value(target, json: json, name: name, depth: depth + 1)
        }
    }

    /// `label: value` for the required fields and up to `optional` fields the example `json` sets.
    func modelArguments(_ model: ModelDeclaration, json object: SpecJSON?, depth: Int, optional: Int)
        -> [ExampleValue.Argument]
    {
        func argument(_ property: SwiftProperty) -> ExampleValue {
            let json = object?[property.wireName] ?? property.example
            return value(property.type, json: json, name: property.wireName, depth: depth + 1)
        }
        let required = model.initProperties.filter(\.required).map { (property: $0, value: argument($0)) }
        // An optional argument is shown when the example sets it to something (not `.init()`).
        let exemplified = model.initProperties.lazy.filter { !$0.required && object?[$0.wireName] != nil }
            .map { (property: $0, value: argument($0)) }.filter { $0.value != .initializer([]) }.prefix(optional)
        return (required + exemplified).map { .init(label: SwiftNames.unescaped($0.property.name), value: $0.value) }
    }

    /// The variant a union's literal is written with (`to: "+18005550100"`): the one matching
    /// the example's JSON kind, or the string one when there is no example.
    private func literalVariant(_ union: UnionDeclaration, json: SpecJSON?) -> UnionDeclaration.Variant? {
        union.variants.first { variant in
            switch variant.literal {
            case .string?: json == nil || json?.string != nil
            case .array?: json?.isArray == true
            case .boolean?: json?.bool != nil
            case .integer?: json?.number.map { $0 == $0.rounded() } == true
            case .float?: json?.number != nil
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

    /// A stand-in for a string without an example: ids, phone numbers and URLs get plausible values.
    private func placeholder(_ name: String) -> String {
        let lower = name.lowercased()
        if lower == "id" || lower.hasSuffix("_id") || lower.hasSuffix("id]") { return Self.defaultID }
        if lower == "to" || lower == "from" || lower.contains("phone_number") { return "+13125550001" }
        if lower.contains("url") { return "https://example.com/webhooks" }
        return "example"
    }
}

extension SpecJSON {
    /// A number as an integer (truncated), or a boolean as 1 or 0.
    fileprivate var wholeNumber: Int? {
        integer ?? number.flatMap { Int(exactly: $0.rounded(.towardZero)) }
    }
}
