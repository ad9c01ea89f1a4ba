/// A YAML reader for the configuration files, for the build-tool plugin (which cannot link libyaml):
/// block mappings and sequences by indentation, flow collections (`[a, b]`, `{k: v}`, also across
/// lines), plain (also multi-line), single- and double-quoted scalars, comments and `|`/`>` block
/// scalars. Not anchors, aliases, tags, several documents or complex keys. PluginLayoutTests checks
/// that it builds libyaml's tree (SpecReader) for every products.yaml in the repository and for
/// tricky inputs.
public enum ProductsYAML {
    public indirect enum Node: Equatable, Sendable {
        case scalar(String, quoted: Bool)
        case mapping([Entry])
        case sequence([Node])

        public static let null = Node.scalar("", quoted: false)

        /// The value of the first entry called `key` when this node is a mapping.
        public subscript(key: String) -> Node? {
            entries.first { $0.key == key }?.value
        }

        /// The entries when this node is a mapping, otherwise none.
        public var entries: [Entry] {
            if case .mapping(let entries) = self { return entries }
            return []
        }

        /// The items when this node is a sequence, otherwise none.
        public var items: [Node] {
            if case .sequence(let items) = self { return items }
            return []
        }

        /// The text of a scalar that is not null (a plain empty, `null`, `Null`, `NULL` or `~`).
        public var string: String? {
            guard case .scalar(let text, let quoted) = self else { return nil }
            return !quoted && ["", "null", "Null", "NULL", "~"].contains(text) ? nil : text
        }
    }

    public struct Entry: Equatable, Sendable {
        public var key: String
        public var value: Node

        public init(key: String, value: Node) {
            self.key = key
            self.value = value
        }
    }

    /// The tree of `text`'s first document (``Node/null`` when it is empty).
    public static func parse(_ text: String) -> Node {
        var lines: [YAMLLine] = []
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let indent = raw.prefix { $0 == " " }.count
            let content = raw.dropFirst(indent)
            lines.append(YAMLLine(indent: indent, text: YAMLText.strippingComment(content), raw: String(content)))
        }
        if let first = lines.firstIndex(where: { !$0.text.isEmpty }), lines[first].text == "---" {
            lines[first].text = ""
        }
        var parser = BlockParser(lines: lines)
        return parser.document()
    }
}

/// One line: its indentation, its text without the comment and trailing blanks, and its raw text.
struct YAMLLine {
    var indent: Int
    var text: String
    var raw: String
}

/// Block structure by indentation; the scalars and flow collections in it go to ``FlowParser``.
struct BlockParser {
    var lines: [YAMLLine]
    var index = 0

    /// The next line with text, skipping blank and comment lines.
    mutating func peek() -> YAMLLine? {
        while index < lines.count, lines[index].text.isEmpty { index += 1 }
        return index < lines.count && lines[index].text != "..." && lines[index].text != "---" ? lines[index] : nil
    }

    mutating func document() -> ProductsYAML.Node {
        block(deeperThan: -1) ?? .null
    }

    mutating func block(deeperThan parent: Int) -> ProductsYAML.Node? {
        guard let line = peek(), line.indent > parent else { return nil }
        return Self.isItem(line.text) ? sequence(line.indent) : mapping(line.indent)
    }

    static func isItem(_ text: String) -> Bool {
        text == "-" || text.hasPrefix("- ")
    }

    mutating func sequence(_ indent: Int) -> ProductsYAML.Node {
        var items: [ProductsYAML.Node] = []
        while let line = peek(), line.indent == indent, Self.isItem(line.text) {
            let rest = line.text.dropFirst().drop { $0 == " " }
            if rest.isEmpty {
                index += 1
            } else {
                // `- key: value` starts a node at the column of `key`.
                let column = indent + line.text.count - rest.count
                lines[index] = YAMLLine(indent: column, text: String(rest), raw: String(rest))
            }
            items.append(block(deeperThan: indent) ?? .null)
        }
        return .sequence(items)
    }

    mutating func mapping(_ indent: Int) -> ProductsYAML.Node {
        var entries: [ProductsYAML.Entry] = []
        while let line = peek(), line.indent == indent, !Self.isItem(line.text) {
            index += 1
            guard let colon = YAMLText.keyColon(in: line.text) else {
                // Not `key: value`: a scalar or a flow collection, when it is the node's first line.
                guard entries.isEmpty else { continue }
                return scalarOrFlow(line.text, indent: indent - 1)
            }
            var key = FlowParser(line.text[..<colon])
            let rest = line.text[line.text.index(after: colon)...].drop { $0 == " " }
            entries.append(ProductsYAML.Entry(key: key.keyText(), value: value(rest, indent)))
        }
        return .mapping(entries)
    }

    /// The value after `key:` on a line indented by `indent`.
    mutating func value(_ rest: Substring, _ indent: Int) -> ProductsYAML.Node {
        if rest.isEmpty {
            if let line = peek(), line.indent == indent, Self.isItem(line.text) { return sequence(indent) }
            return block(deeperThan: indent) ?? .null
        }
        if let indicator = rest.first, indicator == "|" || indicator == ">" {
            return blockScalar(folded: indicator == ">", strip: rest.contains("-"), indent: indent)
        }
        return scalarOrFlow(String(rest), indent: indent)
    }

    /// `text` and the lines that continue it: an open flow collection or quote, or a plain scalar's
    /// lines indented deeper than `indent`.
    mutating func scalarOrFlow(_ text: String, indent: Int) -> ProductsYAML.Node {
        var text = text
        let plain = !(text.first.map { "[{\"'".contains($0) } ?? false)
        while YAMLText.isOpen(text) || plain, let line = peek(), line.indent > indent {
            if plain && (Self.isItem(line.text) || YAMLText.keyColon(in: line.text) != nil) { break }
            text += " " + line.text
            index += 1
        }
        var parser = FlowParser(text[...])
        return parser.value(inFlow: false)
    }

    /// A `|` (lines kept) or `>` (lines folded) scalar: the following lines indented deeper than `indent`.
    mutating func blockScalar(folded: Bool, strip: Bool, indent: Int) -> ProductsYAML.Node {
        var body: [YAMLLine] = []
        while index < lines.count, lines[index].raw.isEmpty || lines[index].indent > indent {
            body.append(lines[index])
            index += 1
        }
        while body.last?.raw.isEmpty == true { body.removeLast() }
        let margin = body.first { !$0.raw.isEmpty }?.indent ?? 0
        let texts = body.map { $0.raw.isEmpty ? "" : String(repeating: " ", count: $0.indent - margin) + $0.raw }
        var text = ""
        for (number, line) in texts.enumerated() {
            if number > 0 { text += folded && !line.isEmpty && !texts[number - 1].isEmpty ? " " : "\n" }
            text += line
        }
        return .scalar(texts.isEmpty || strip ? text : text + "\n", quoted: true)
    }
}
