import PluginsShared

/// Case conversions for the API's resource and method names: `phone_numbers` → `phoneNumbers`,
/// `alphanumeric_sender_ids` → `alphanumericSenderIds`. The IR's names carry no language's
/// spelling: the Swift naming pass writes acronyms in capitals (`alphanumericSenderIDs`).
public enum NameCase {
    /// Words of a name split at `_`, `-`, `.`, spaces and lower→upper case changes (the splitter
    /// the build-tool plugin shares, `NameWords`).
    public static func words(_ text: String) -> [String] {
        NameWords.split(text)
    }

    /// Words written in capitals after the first word of a name (the table the build-tool plugin
    /// shares for file and module names, `NameWords.acronyms`).
    public static var acronyms: [String: String] { NameWords.acronyms }

    /// lowerCamelCase, acronyms written as words (``NameWords/plainLowerCamel(_:)``).
    public static func lowerCamel(_ text: String) -> String {
        NameWords.plainLowerCamel(words(text))
    }

    /// UpperCamelCase, acronyms written as words (``NameWords/plainUpperCamel(_:)``).
    public static func upperCamel(_ text: String) -> String {
        NameWords.plainUpperCamel(words(text))
    }
}
