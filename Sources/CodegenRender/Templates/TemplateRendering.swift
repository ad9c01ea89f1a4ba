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

    private mutating func section(_ value: TemplateContent?, _ nodes: [Template.Node], inverted: Bool) {
        switch value {
        case nil: if inverted { render(nodes) }
        case .flag(let flag): if flag != inverted { render(nodes) }
        case .text(let text): if !inverted { within(.text(text), nodes) }
        case .view(let view): if !inverted { within(.view(view), nodes) }
        case .list(let list):
            if inverted {
                if list.isEmpty { render(nodes) }
            } else {
                list.forEachContent { section($0, nodes, inverted: false) }
            }
        }
    }

    private mutating func within(_ context: Context, _ nodes: [Template.Node]) {
        contexts.append(context)
        render(nodes)
        contexts.removeLast()
    }

    /// The value a name's path leads to, or nil when no context offers it.
    private func lookup(_ path: [String]) -> TemplateContent? {
        guard path.first != "." else {
            switch contexts[contexts.count - 1] {
            case .view(let view): return .view(view)
            case .text(let text): return .text(text)
            }
        }
        var value: TemplateContent?
        for index in contexts.indices.reversed() {
            guard case .view(let view) = contexts[index], let found = view.child(named: path[0]) else { continue }
            value = found.templateContent
            break
        }
        for name in path.dropFirst() {
            guard case .view(let view)? = value else { return nil }
            value = view.child(named: name)?.templateContent
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

    private static func text(_ value: TemplateContent) -> String {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .view(let view): String(describing: view)
        case .list(let list): String(describing: list)
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
