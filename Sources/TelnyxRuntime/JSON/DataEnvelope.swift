/// A response whose only member is `data`, the shape most single-resource operations answer with.
///
/// Generated code names it per operation with a type alias (`MessagesResource.SendResponse`), so a
/// thousand such responses share one type instead of declaring a thousand identical ones.
/// Reading is lenient: `data` is `nil` when absent or not an `Item`.
public struct DataEnvelope<Item: JSONConvertible>: JSONModel {
    @_spi(Generated) public let storage: [String: JSONValue]
    @_spi(Generated) public static var schemaMembers: [SchemaMember] { [.optional("data", Item.self)] }

    @_spi(Generated) public init(storage: [String: JSONValue]) {
        self.storage = storage
    }

    /// The response's `data` member.
    public var data: Item? { value(forKey: "data") }
}

/// A ``DataEnvelope`` whose `data` the spec requires: decoding checks that it is present and an
/// `Item`, so reading it cannot fail.
public struct RequiredDataEnvelope<Item: JSONConvertible>: JSONModel {
    @_spi(Generated) public let storage: [String: JSONValue]
    @_spi(Generated) public static var schemaMembers: [SchemaMember] { [.required("data", Item.self)] }

    @_spi(Generated) public init(storage: [String: JSONValue]) {
        self.storage = storage
    }

    /// The response's `data` member.
    public var data: Item { requiredValue(forKey: "data") }
}
