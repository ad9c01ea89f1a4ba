import Foundation

/// A parsed Mustache template: variables (`{{name}}`, `{{a.b}}`, `{{.}}`, unescaped `{{{name}}}` and
/// `{{&name}}`), sections, inverted sections, partials, comments and the `CONTENT_TYPE` pragma, with
/// the Mustache spec's standalone lines: a line holding only whitespace and one section, partial,
/// comment or pragma tag leaves no trace in the output, and a standalone partial is indented by
/// the whitespace before it. Changing the delimiters is not supported.
struct Template: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        /// A name's path (`["a", "b"]` for `a.b`, `["."]` for the current value), HTML-escaped or not.
        case variable([String], escaped: Bool)
        case section([String], [Node], inverted: Bool)
        case partial(String, indentation: String)
    }

    let nodes: [Node]
    /// The partials this template names, in order.
    let partials: [String]

    init(_ text: String) throws(TemplateSyntaxError) {
        var builder = TreeBuilder()
        for (token, indentation) in Self.withoutStandaloneLines(try TemplateLexer.tokens(text)) {
            try builder.add(token, indentation: indentation)
        }
        nodes = try builder.finish()
        partials = builder.partials
    }

    /// The tokens with every standalone line reduced to its tag; a standalone partial keeps the
    /// whitespace before it as its indentation.
    static func withoutStandaloneLines(_ tokens: [TemplateToken]) -> [(TemplateToken, indentation: String)] {
        var result: [(TemplateToken, indentation: String)] = []
        var line: [TemplateToken] = []
        func finishLine() {
            if let (tag, indentation) = standaloneTag(line) {
                result.append((.tag(tag), indentation))
            } else {
                result += line.map { ($0, "") }
            }
            line.removeAll(keepingCapacity: true)
        }
        for token in tokens {
            line.append(token)
            if case .text(let text) = token, text.utf8.last == 10 { finishLine() }
        }
        finishLine()
        return result
    }

    /// The line's one tag when the line is standalone, with the whitespace before it.
    private static func standaloneTag(_ line: [TemplateToken]) -> (TemplateTag, String)? {
        var found: TemplateTag?
        var indentation = ""
        for token in line {
            switch token {
            case .text(let text):
                guard text.isBlankLinePiece else { return nil }
                if found == nil { indentation += text }
            case .tag(let tag):
                guard found == nil, let kind = tag.kind, "#^/>!%=".contains(kind) else { return nil }
                found = tag
            }
        }
        return found.map { ($0, indentation) }
    }
}

/// Nests the tokens into ``Template/Node``s, checking that sections close in order.
private struct TreeBuilder {
    private struct Open {
        var tag: TemplateTag?
        var nodes: [Template.Node] = []
    }
    private var open = [Open(tag: nil)]
    /// HTML-escaping until a `{{%CONTENT_TYPE:TEXT}}` pragma turns it off.
    private var escaping = true
    private(set) var partials: [String] = []

    mutating func add(_ token: TemplateToken, indentation: String) throws(TemplateSyntaxError) {
        guard case .tag(let tag) = token else {
            if case .text(let text) = token { append(.text(text)) }
            return
        }
        switch tag.kind {
        case "#", "^": open.append(Open(tag: tag))
        case "/": try close(tag)
        case ">":
            partials.append(tag.name)
            append(.partial(tag.name, indentation: indentation))
        case "!": break
        case "%": try pragma(tag)
        case "=": throw TemplateSyntaxError(tag, "changing the delimiters is not supported")
        case "&": append(.variable(Self.path(tag.name), escaped: false))
        default: append(.variable(Self.path(tag.name), escaped: escaping))
        }
    }

    mutating func finish() throws(TemplateSyntaxError) -> [Template.Node] {
        if let section = open.last?.tag {
            throw TemplateSyntaxError(section, "section '\(section.name)' is never closed")
        }
        return open[0].nodes
    }

    private mutating func append(_ node: Template.Node) {
        open[open.count - 1].nodes.append(node)
    }

    private mutating func close(_ tag: TemplateTag) throws(TemplateSyntaxError) {
        guard let section = open.last?.tag else {
            throw TemplateSyntaxError(tag, "'{{/\(tag.name)}}' closes no section")
        }
        guard section.name == tag.name else {
            throw TemplateSyntaxError(tag, "'{{/\(tag.name)}}' closes section '\(section.name)'")
        }
        let nodes = open.removeLast().nodes
        append(.section(Self.path(section.name), nodes, inverted: section.kind == "^"))
    }

    private mutating func pragma(_ tag: TemplateTag) throws(TemplateSyntaxError) {
        let parts = tag.name.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
        switch (parts.first, parts.count == 2 ? parts[1] : nil) {
        case ("CONTENT_TYPE", "TEXT"): escaping = false
        case ("CONTENT_TYPE", "HTML"): escaping = true
        default: throw TemplateSyntaxError(tag, "unknown pragma '\(tag.name)' (known: CONTENT_TYPE: TEXT or HTML)")
        }
    }

    private static func path(_ name: String) -> [String] {
        name == "." ? ["."] : name.split(separator: ".").map(String.init)
    }
}

extension TemplateSyntaxError {
    init(_ tag: TemplateTag, _ message: String) {
        self.init(line: tag.line, column: tag.column, message: message)
    }
}
