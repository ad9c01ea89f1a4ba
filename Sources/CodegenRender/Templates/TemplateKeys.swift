import Foundation

/// Checks a template against the keys its views offer: every variable, section and partial it
/// names must exist, so a misspelt key fails when the templates load instead of rendering nothing.
enum TemplateKeys {
    typealias Problem = TemplateSyntaxError

    typealias Tag = TemplateTag

    /// The problems of `text` as the template `name`: unknown keys, unknown partials, and the tags
    /// this project's templates do not use (changed delimiters).
    static func problems(in text: String, template name: TemplateName) -> [Problem] {
        let known = name.keys
        var problems: [Problem] = []
        let tokens: [TemplateToken]
        do {
            tokens = try TemplateLexer.tokens(text)
        } catch {
            return [error]
        }
        for tag in tags(tokens) {
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

    /// Every tag of `text` but comments and pragmas, in order (none when `text` does not lex).
    static func tags(in text: String) -> [Tag] {
        tags((try? TemplateLexer.tokens(text)) ?? [])
    }

    private static func tags(_ tokens: [TemplateToken]) -> [Tag] {
        tokens.compactMap { token in
            guard case .tag(let tag) = token, tag.kind != "!", tag.kind != "%" else { return nil }
            return tag
        }
    }
}
