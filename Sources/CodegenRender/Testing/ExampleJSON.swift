import CodegenIR
import SpecReader

/// JSON built for the testing catalog: written pieces (a spec example, a literal) and the
/// objects and arrays put together around them, written compactly on one line.
indirect enum ExampleJSON: Sendable {
    /// A literal (`0`, `true`, `null`).
    case text(String)
    /// A value the spec gives (an example).
    case spec(SpecJSON)
    case string(String)
    case array([ExampleJSON])
    /// Members in order.
    case object([(String, ExampleJSON)])

    /// The compact JSON text.
    var text: String {
        var output = ""
        append(to: &output)
        return output
    }

    func append(to output: inout String) {
        switch self {
        case .text(let text): output += text
        case .spec(let value): value.append(to: &output)
        case .string(let text): SpecNode.appendQuoted(text, to: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.append(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                SpecNode.appendQuoted(member.0, to: &output)
                output += ":"
                member.1.append(to: &output)
            }
            output += "}"
        }
    }

    /// An object without its nil members.
    static func members(_ members: [(String, ExampleJSON?)]) -> ExampleJSON {
        .object(members.compactMap { name, value in value.map { (name, $0) } })
    }

    static func bool(_ flag: Bool) -> ExampleJSON { .text(flag ? "true" : "false") }
}
