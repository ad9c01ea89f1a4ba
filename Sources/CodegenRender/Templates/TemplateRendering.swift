/// Renders parsed ``Template``s against ``TemplateView``s with Mustache's rules: a name is looked up
/// from the innermost context outwards; a section repeats for each element of a list, renders once
/// for `true`, a string or a view (which becomes the innermost context), and not at all for nil,
/// `false` or an empty list; an inverted section renders exactly when a section would not.
struct TemplateRendering {
    /// A context: a view, or a string when a section walks a list of strings (`{{.}}` prints it).
    private enum Context {
        case view(any TemplateView)
        case text(String)
    }

    private let templates: [String: Template]
    private var contexts: [Context]
    private var indentation = ""
    private(set) var output = ""

    init(templates: [String: Template], view: any TemplateView) {
        self.templates = templates
        self.contexts = [.view(view)]
    }

    mutating func render(_ nodes: [Template.Node]) {
        for node in nodes {
            switch node {
            case .text(let text): append(text)
            case .variable(let path, let escaped):
                guard let value = lookup(path) else { continue }
                let text = Self.text(value)
                append(escaped ? Self.htmlEscaped(text) : text)
            case .section(let path, let nodes, let inverted):
                section(lookup(path), nodes, inverted: inverted)
            case .partial(let name, let extra):
                guard let partial = templates[name] else { continue }
                let outer = indentation
                indentation += extra
                render(partial.nodes)
                indentation = outer
            }
        }
    }

    private mutating func section(_ value: Any?, _ nodes: [Template.Node], inverted: Bool) {
        switch value {
        case nil: if inverted { render(nodes) }
        case let flag as Bool: if flag != inverted { render(nodes) }
        case let text as String: if !inverted { within(.text(text), nodes) }
        case let list as any TemplateList:
            let views = list.views
            if inverted {
                if views.isEmpty { render(nodes) }
            } else {
                for view in views { within(.view(view), nodes) }
            }
        case let texts as [String]:
            if inverted {
                if texts.isEmpty { render(nodes) }
            } else {
                for text in texts { within(.text(text), nodes) }
            }
        case let view as any TemplateView: if !inverted { within(.view(view), nodes) }
        default: if !inverted { render(nodes) }
        }
    }

    private mutating func within(_ context: Context, _ nodes: [Template.Node]) {
        contexts.append(context)
        render(nodes)
        contexts.removeLast()
    }

    /// The value a name's path leads to, or nil when no context offers it.
    private func lookup(_ path: [String]) -> Any? {
        guard path.first != "." else {
            switch contexts[contexts.count - 1] {
            case .view(let view): return view
            case .text(let text): return text
            }
        }
        var value: Any?
        for context in contexts.reversed() {
            guard case .view(let view) = context, let found = view.child(named: path[0]) else { continue }
            value = found
            break
        }
        for name in path.dropFirst() {
            guard let view = value as? any TemplateView else { return nil }
            value = view.child(named: name)
        }
        return value
    }

    /// A standalone partial's lines start with its indentation (blank lines stay empty).
    private mutating func append(_ text: String) {
        if !indentation.isEmpty, let first = text.utf8.first, first != 10, output.isEmpty || output.utf8.last == 10 {
            output += indentation
        }
        output += text
    }

    private static func text(_ value: Any) -> String {
        switch value {
        case let text as String: text
        case let flag as Bool: flag ? "true" : "false"
        default: String(describing: value)
        }
    }

    static func htmlEscaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

/// A list of views a section walks: every `[V]` where `V` is a ``TemplateView``.
protocol TemplateList {
    var views: [any TemplateView] { get }
}

extension Array: TemplateList where Element: TemplateView {
    var views: [any TemplateView] { map { $0 } }
}
