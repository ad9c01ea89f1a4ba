import SpecReader

/// Writes a node tree as block-style YAML that ``SpecFileReader`` reads back to the same tree: a scalar
/// that was plain and is safe to write plain stays plain (so `3`, `true` and `string` keep their
/// meaning), every other scalar is a JSON-quoted string; empty mappings and sequences are `{}` and `[]`.
public enum SpecYAMLWriter {
    /// The YAML text of `root`, after `header` written as `#` comment lines.
    public static func text(_ root: SpecNode, header: [String] = []) -> String {
        var output = header.map { "# \($0)\n" }.joined()
        output.reserveCapacity(1 << 22)
        write(root, indent: 0, to: &output)
        if output.last != "\n" { output += "\n" }
        return output
    }

    /// Writes `node` as the value after `key:` or `- ` (a scalar on the same line; a collection on the next lines).
    private static func write(_ node: SpecNode, indent: Int, to output: inout String) {
        switch node.value {
        case .scalar(let text, let style):
            appendScalar(text, plain: style == .plain, to: &output)
            output += "\n"
        case .mapping(let entries) where entries.isEmpty:
            output += "{}\n"
        case .sequence(let items) where items.isEmpty:
            output += "[]\n"
        case .mapping(let entries):
            for entry in entries {
                output += String(repeating: " ", count: indent)
                appendKey(entry.key, to: &output)
                output += ":"
                writeValue(entry.value, indent: indent + 2, to: &output)
            }
        case .sequence(let items):
            for item in items {
                output += String(repeating: " ", count: indent)
                output += "-"
                guard case .mapping(let entries) = item.value, !entries.isEmpty else {
                    writeValue(item, indent: indent + 2, to: &output)
                    continue
                }
                // `- key: value`, the other keys below it.
                var mapping = ""
                write(item, indent: indent + 2, to: &mapping)
                output += " "
                output += mapping.dropFirst(indent + 2)
            }
        }
    }

    /// The value after `key:` or `-`: inline when it is a scalar or empty, else on the lines below.
    private static func writeValue(_ node: SpecNode, indent: Int, to output: inout String) {
        let inline =
            switch node.value {
            case .scalar: true
            case .mapping(let entries): entries.isEmpty
            case .sequence(let items): items.isEmpty
            }
        output += inline ? " " : "\n"
        write(node, indent: indent, to: &output)
    }

    private static func appendKey(_ key: String, to output: inout String) {
        if isSafePlain(key) { output += key } else { SpecNode.appendQuoted(key, to: &output) }
    }

    private static func appendScalar(_ text: String, plain: Bool, to output: inout String) {
        if plain, isSafePlain(text) { output += text } else { SpecNode.appendQuoted(text, to: &output) }
    }

    /// Text YAML reads back as the same plain scalar: letters, digits and a few marks, not starting
    /// with an indicator, no `: ` or ` #`, no surrounding spaces.
    static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last, first != 0x20, last != 0x20 else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".utf8.contains(first) { return false }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "/"), UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "$"):
                break
            case UInt8(ascii: " "), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: ","):
                break
            default:
                return false
            }
        }
        return true
    }
}
