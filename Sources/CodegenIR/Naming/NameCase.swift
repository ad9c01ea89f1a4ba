/// Case conversions for resource and method names: `phone_numbers` → `phoneNumbers`,
/// `alphanumeric_sender_ids` → `alphanumericSenderIDs`.
public enum NameCase {
    /// Words of a name split at `_`, `-`, `.`, spaces and lower→upper case changes.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if !(character.isLetter || character.isNumber) {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if character.isUppercase, let previous, previous.isLowercase || previous.isNumber {
                words.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// lowerCamelCase with `id`/`ids` written `ID`/`IDs` after the first word.
    public static func lowerCamel(_ text: String) -> String {
        camel(words(text), upperFirst: false)
    }

    /// UpperCamelCase with `id`/`ids` written `ID`/`IDs`.
    public static func upperCamel(_ text: String) -> String {
        camel(words(text), upperFirst: true)
    }

    static func camel(_ words: [String], upperFirst: Bool) -> String {
        var result = ""
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            if index == 0 && !upperFirst {
                result += lower
            } else if lower == "id" {
                result += "ID"
            } else if lower == "ids" {
                result += "IDs"
            } else {
                result += lower.prefix(1).uppercased() + lower.dropFirst()
            }
        }
        return result
    }
}
