import Foundation

/// Checks a template against the keys its views offer: every variable, section and partial it
/// names must exist, so a misspelt key fails when the templates load instead of rendering nothing.
enum TemplateKeys {
    struct Problem: Sendable, Equatable, CustomStringConvertible {
        var line: Int
        var column: Int
        var message: String
        var description: String { "\(line):\(column): error: \(message)" }
    }

    /// A tag of the template: its kind character (`#`, `^`, `/`, `>`, `&` or none) and its name.
    struct Tag: Equatable {
        var kind: Character?
        var name: String
        var line: Int
        var column: Int
    }

    /// The problems of `text` as the template `name`: unknown keys, unknown partials, and the tags
    /// this project's templates do not use (changed delimiters).
    static func problems(in text: String, template name: TemplateName) -> [Problem] {
        let known = name.keys
        var problems: [Problem] = []
        for tag in tags(in: text) {
            switch tag.kind {
            case "=":
                problems.append(
                    Problem(line: tag.line, column: tag.column, message: "changing the delimiters is not supported"))
            case ">":
                if TemplateName(rawValue: tag.name) == nil {
                    problems.append(
                        Problem(line: tag.line, column: tag.column, message: "no template named '\(tag.name)'"))
                }
            default:
                guard tag.name != "." else { continue }
                for part in tag.name.split(separator: ".") where !known.contains(String(part)) {
                    let offered = known.sorted().joined(separator: ", ")
                    problems.append(
                        Problem(
                            line: tag.line, column: tag.column,
                            message: "'\(part)' is not a value of \(name.rawValue) (it offers: \(offered))"))
                }
            }
        }
        return problems
    }

    /// Every tag of `text` but comments and pragmas, in order, with 1-based line and column.
    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        var lineStart = 0
        while index + 1 < bytes.count {
            if bytes[index] == 10 {
                line += 1
                lineStart = index + 1
            }
            guard bytes[index] == 123, bytes[index + 1] == 123 else {
                index += 1
                continue
            }
            let column = index - lineStart + 1
            var start = index + 2
            let triple = start < bytes.count && bytes[start] == 123
            if triple { start += 1 }
            guard let end = closing(bytes, from: start) else { break }
            var content = String(decoding: bytes[start..<end], as: UTF8.self)
            index = end + (triple && end + 2 < bytes.count && bytes[end + 2] == 125 ? 3 : 2)
            var kind: Character? = triple ? "&" : nil
            if let first = content.first, "#^/&>!%=".contains(first), !triple {
                kind = first
                content.removeFirst()
            }
            guard kind != "!" && kind != "%" else { continue }
            let name = content.trimmingCharacters(in: .whitespaces)
            tags.append(Tag(kind: kind, name: name, line: line, column: column))
        }
        return tags
    }

    /// The index of the `}}` that closes a tag opened before `start`.
    private static func closing(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 125 && bytes[index + 1] == 125 { return index }
            index += 1
        }
        return nil
    }
}
