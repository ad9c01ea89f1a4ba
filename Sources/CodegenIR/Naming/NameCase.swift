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

    /// lowerCamelCase with acronyms in capitals after the first word (``NameWords/lowerCamel(_:)``).
    public static func lowerCamel(_ text: String) -> String {
        NameWords.lowerCamel(words(text))
    }

    /// UpperCamelCase with acronyms in capitals (``NameWords/upperCamel(_:)``).
    public static func upperCamel(_ text: String) -> String {
        NameWords.upperCamel(words(text))
    }
}
