import PluginsShared

/// Case conversions for resource and method names: `phone_numbers` → `phoneNumbers`,
/// `alphanumeric_sender_ids` → `alphanumericSenderIDs`.
public enum NameCase {
    /// Words of a name split at `_`, `-`, `.`, spaces and lower→upper case changes (the splitter
    /// the build-tool plugin shares, `NameWords`).
    public static func words(_ text: String) -> [String] {
        NameWords.split(text)
    }

    /// Words written in capitals after the first word of a name (the table the build-tool plugin
    /// shares for file and module names, `NameWords.acronyms`).
    public static var acronyms: [String: String] { NameWords.acronyms }

    /// A word after the first of a camel-case name: its acronym form, or capitalized.
    public static func capitalizedWord(_ lower: String) -> String {
        acronyms[lower] ?? lower.prefix(1).uppercased() + lower.dropFirst()
    }

    /// lowerCamelCase with acronyms in capitals after the first word (``acronyms``).
    public static func lowerCamel(_ text: String) -> String {
        camel(words(text), upperFirst: false)
    }

    /// UpperCamelCase with acronyms in capitals (``acronyms``).
    public static func upperCamel(_ text: String) -> String {
        camel(words(text), upperFirst: true)
    }

    static func camel(_ words: [String], upperFirst: Bool) -> String {
        var result = ""
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            result += index == 0 && !upperFirst ? lower : capitalizedWord(lower)
        }
        return result
    }
}
