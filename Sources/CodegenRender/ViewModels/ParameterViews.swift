/// The views of parameter and argument lists, shared by the declaration, operation and skill templates.

/// One parameter of an initializer or method: `label: Type`, `= nil` or `= []` when it has that
/// default (the templates write them), `_ label` when unlabeled, and whether a comma follows.
struct ParameterView: TemplateView {
    enum Key: String, CaseIterable { case label, unlabeled, type, defaultsToNil, defaultsToEmpty, last }
    var label: String
    var unlabeled = false
    var type: String
    var defaultsToNil = false
    var defaultsToEmpty = false
    var last = false

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .label: label
        case .unlabeled: unlabeled
        case .type: type
        case .defaultsToNil: defaultsToNil
        case .defaultsToEmpty: defaultsToEmpty
        case .last: last
        }
    }

    /// `parameters` with the last one marked.
    static func list(_ parameters: [ParameterView]) -> [ParameterView] {
        var parameters = parameters
        if !parameters.isEmpty { parameters[parameters.count - 1].last = true }
        return parameters
    }
}

/// One argument of a call: `label: value` (the label unescaped; nil for an unlabeled argument), and
/// whether a comma follows.
struct ArgumentView: TemplateView {
    enum Key: String, CaseIterable { case label, value, last }
    var label: String?
    /// The value as Swift; nil where the argument is `nil` (the template writes it).
    var value: String?
    var last = false

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .label: presentOrFalse(label)
        case .value: presentOrFalse(value)
        case .last: last
        }
    }

    /// `(label, value)` pairs as arguments, the last one marked; labels lose their backticks.
    static func list(_ pairs: [(label: String?, value: String?)]) -> [ArgumentView] {
        pairs.enumerated().map {
            ArgumentView(label: $1.label.map(SwiftNames.unescaped), value: $1.value, last: $0 == pairs.count - 1)
        }
    }
}
