/// Scalars and flow collections (`[a, "b"]`, `{name: x, tags: [A]}`) of one logical line.
struct FlowParser {
    let characters: [Character]
    var position = 0

    init(_ text: Substring) {
        characters = Array(text)
    }

    mutating func value(inFlow: Bool) -> ProductsYAML.Node {
        skipSpaces()
        guard position < characters.count else { return .null }
        switch characters[position] {
        case "[": return sequence()
        case "{": return mapping()
        case "\"", "'": return quoted(characters[position])
        default: return .scalar(plain(inFlow: inFlow, isKey: false), quoted: false)
        }
    }

    /// The text of a block mapping's key (quoted or plain, null or not).
    mutating func keyText() -> String {
        if case .scalar(let text, _) = value(inFlow: false) { return text }
        return ""
    }

    mutating func skipSpaces() {
        while position < characters.count, characters[position] == " " { position += 1 }
    }

    mutating func sequence() -> ProductsYAML.Node {
        position += 1
        var items: [ProductsYAML.Node] = []
        while position < characters.count {
            skipSpaces()
            if position < characters.count, characters[position] == "]" { break }
            let start = position
            items.append(value(inFlow: true))
            skipSpaces()
            if position < characters.count, characters[position] == "," { position += 1 }
            if position == start { position += 1 }
        }
        position += 1
        return .sequence(items)
    }

    mutating func mapping() -> ProductsYAML.Node {
        position += 1
        var entries: [ProductsYAML.Entry] = []
        while position < characters.count {
            skipSpaces()
            if position < characters.count, characters[position] == "}" { break }
            let start = position
            let key: String
            if characters[position] == "\"" || characters[position] == "'" {
                key = quoted(characters[position]).string ?? ""
            } else {
                key = plain(inFlow: true, isKey: true)
            }
            skipSpaces()
            var value = ProductsYAML.Node.null
            if position < characters.count, characters[position] == ":" {
                position += 1
                value = self.value(inFlow: true)
            }
            entries.append(ProductsYAML.Entry(key: key, value: value))
            skipSpaces()
            if position < characters.count, characters[position] == "," { position += 1 }
            if position == start { position += 1 }
        }
        position += 1
        return .mapping(entries)
    }

    /// A plain scalar: to the end, or in a flow collection to `,`, `]`, `}` (and a key to its `:`).
    mutating func plain(inFlow: Bool, isKey: Bool) -> String {
        var text = ""
        while position < characters.count {
            let character = characters[position]
            if inFlow && (character == "," || character == "]" || character == "}") { break }
            if isKey && character == ":" && YAMLText.endsKey(characters, after: position) { break }
            text.append(character)
            position += 1
        }
        return String(text.reversed().drop { $0 == " " }.reversed())
    }

    /// A `"…"` (with `\` escapes) or `'…'` (with `''` for `'`) scalar.
    mutating func quoted(_ quote: Character) -> ProductsYAML.Node {
        position += 1
        var text = ""
        while position < characters.count {
            let character = characters[position]
            position += 1
            if character == quote {
                guard quote == "'", position < characters.count, characters[position] == "'" else { break }
                position += 1
            } else if quote == "\"" && character == "\\" && position < characters.count {
                let escaped = characters[position]
                position += 1
                let escapes: [Character: Character] = ["n": "\n", "t": "\t", "0": "\0", "r": "\r"]
                text.append(escapes[escaped] ?? escaped)
                continue
            }
            text.append(character)
        }
        return .scalar(text, quoted: true)
    }
}

/// Line-level scanning that knows quotes and flow brackets.
enum YAMLText {
    /// A `:` ends a key when a space, a flow indicator or the end follows it.
    static func endsKey(_ characters: [Character], after index: Int) -> Bool {
        index + 1 == characters.count || " ,]}".contains(characters[index + 1])
    }

    /// The line without its comment (`#` at the start or after a space, outside quotes) and trailing spaces.
    static func strippingComment(_ line: Substring) -> String {
        var result = ""
        scan(line) { character, _, outside in
            if outside && character == "#" && (result.isEmpty || result.last == " " || result.last == "\t") {
                return false
            }
            result.append(character)
            return true
        }
        return String(result.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }

    /// The `:` of a block `key: value` line (outside quotes and flow brackets), if it is one.
    static func keyColon(in line: String) -> String.Index? {
        if let first = line.first, first == "[" || first == "{" { return nil }
        let characters = Array(line)
        var found: Int?
        scan(line[...]) { character, offset, outside in
            if outside && character == ":" && endsKey(characters, after: offset) { found = offset }
            return found == nil
        }
        return found.map { line.index(line.startIndex, offsetBy: $0) }
    }

    /// Whether a flow collection or a quote is still open at the end of `text`.
    static func isOpen(_ text: String) -> Bool {
        var depth = 0
        let quoteOpen = scan(text[...]) { character, _, outside in
            if outside && (character == "[" || character == "{") { depth += 1 }
            if outside && (character == "]" || character == "}") { depth -= 1 }
            return true
        }
        return depth > 0 || quoteOpen
    }

    /// Calls `visit(character, offset, outsideQuotes)` for each character until it returns false. A quote
    /// opens only where a scalar can start (after a space, `[`, `{`, `,`, `:`, `-` or at the start).
    /// Returns whether a quote is still open at the end.
    @discardableResult
    static func scan(_ text: Substring, _ visit: (Character, Int, Bool) -> Bool) -> Bool {
        var quote: Character?
        var previous: Character = " "
        var escaped = false
        for (offset, character) in text.enumerated() {
            var outside = quote == nil
            if let open = quote {
                if escaped {
                    escaped = false
                } else if open == "\"" && character == "\\" {
                    escaped = true
                } else if character == open {
                    quote = nil
                    outside = false
                }
            } else if (character == "\"" || character == "'") && " \t[{,:-".contains(previous) {
                quote = character
                outside = false
            }
            guard visit(character, offset, outside) else { return quote != nil }
            previous = character
        }
        return quote != nil
    }
}
