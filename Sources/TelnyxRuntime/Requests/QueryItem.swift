import Foundation

/// A name/value pair of a query string, form body or header list (not yet percent-encoded).
public struct QueryItem: Sendable, Hashable {
    /// The name, such as `page[number]`.
    public var name: String
    /// The value as text.
    public var value: String

    /// Creates an item.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
