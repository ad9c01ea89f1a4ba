import Foundation

/// A JSON value could not be parsed or converted to the requested Swift type.
public struct JSONConversionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A readable explanation, such as `Expected string, found integer 42`.
    public var message: String

    /// Creates an error with a readable message.
    public init(message: String) { self.message = message }

    /// An error saying that `expected` was needed but `value` was found.
    public static func mismatch(expected: String, found value: JSONValue) -> JSONConversionError {
        let sample = value.description
        let shown = sample.count > 80 ? String(sample.prefix(77)) + "..." : sample
        return JSONConversionError(message: "Expected \(expected), found \(value.typeName) \(shown)")
    }

    /// The message.
    public var description: String { message }
}
