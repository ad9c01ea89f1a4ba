import Foundation
@_spi(Generated) import TelnyxRuntime

/// An enum written the way the generator writes one.
enum TestMessageStatus: OpenEnum {
    case queued
    case delivered
    case unknown(String)

    init(rawValue: String) {
        switch rawValue {
        case "queued": self = .queued
        case "delivered": self = .delivered
        default: self = .unknown(rawValue)
        }
    }

    var rawValue: String {
        switch self {
        case .queued: return "queued"
        case .delivered: return "delivered"
        case .unknown(let raw): return raw
        }
    }
}

/// An integer enum written the way the generator writes one.
enum TestPriority: OpenEnum {
    case low
    case high
    case unknown(Int)

    init(rawValue: Int) {
        switch rawValue {
        case 1: self = .low
        case 2: self = .high
        default: self = .unknown(rawValue)
        }
    }

    var rawValue: Int {
        switch self {
        case .low: return 1
        case .high: return 2
        case .unknown(let raw): return raw
        }
    }
}

/// A mixed enum (numbers and strings on the wire), like `webhook_api_version`.
enum TestAPIVersion: OpenEnum {
    case v1
    case v2
    case texml
    case unknown(String)

    init(rawValue: String) {
        switch rawValue {
        case "1": self = .v1
        case "2": self = .v2
        case "2010-04-01": self = .texml
        default: self = .unknown(rawValue)
        }
    }

    init(json: JSONValue) throws { self.init(rawValue: try String(lenientJSON: json)) }

    var rawValue: String {
        switch self {
        case .v1: return "1"
        case .v2: return "2"
        case .texml: return "2010-04-01"
        case .unknown(let raw): return raw
        }
    }

    var json: JSONValue {
        switch self {
        case .v1: return 1
        case .v2: return 2
        default: return .string(rawValue)
        }
    }
}

/// A model written the way the generator writes one.
struct TestProfile: JSONModel {
    var storage: [String: JSONValue]

    init(storage: [String: JSONValue]) { self.storage = storage }

    static let schemaMembers: [SchemaMember] = [
        .required("id", String.self), .optional("name", Nullable<String>.self),
        .optional("status", TestMessageStatus.self), .optional("tags", [String].self),
        .optional("created_at", Date.self), .optional("count", Int.self),
    ]

    init(
        id: String,
        name: Nullable<String>? = nil,
        status: TestMessageStatus? = nil,
        tags: [String]? = nil,
        createdAt: Date? = nil
    ) {
        storage = [:]
        set(id, forKey: "id")
        set(name, forKey: "name")
        set(status, forKey: "status")
        set(tags, forKey: "tags")
        set(createdAt, forKey: "created_at")
    }

    var id: String? {
        get { value(forKey: "id") }
        set { set(newValue, forKey: "id") }
    }
    var name: Nullable<String>? {
        get { value(forKey: "name") }
        set { set(newValue, forKey: "name") }
    }
    var status: TestMessageStatus? {
        get { value(forKey: "status") }
        set { set(newValue, forKey: "status") }
    }
    var tags: [String]? {
        get { value(forKey: "tags") }
        set { set(newValue, forKey: "tags") }
    }
    var createdAt: Date? {
        get { value(forKey: "created_at") }
        set { set(newValue, forKey: "created_at") }
    }
    var count: Int? {
        get { value(forKey: "count") }
        set { set(newValue, forKey: "count") }
    }
}

/// A request body model with a tri-state property.
struct TestUpdateRequest: JSONModel {
    var storage: [String: JSONValue]
    init(storage: [String: JSONValue]) { self.storage = storage }

    init(
        name: Nullable<String>? = nil, messagingProfileId: Nullable<String>? = nil, enabled: Bool? = nil
    ) {
        storage = [:]
        set(name, forKey: "name")
        set(messagingProfileId, forKey: "messaging_profile_id")
        set(enabled, forKey: "enabled")
    }
}

/// A union written the way the generator writes one.
enum TestPayload: JSONUnion {
    case message(TestProfile)
    case call(JSONValue)

    init(json: JSONValue) throws {
        switch UnionDecoding.discriminator(json, "record_type") {
        case "message": self = .message(try TestProfile(json: json))
        case "call": self = .call(json)
        default: throw UnionDecoding.noMatch(json, union: "TestPayload")
        }
    }

    var json: JSONValue {
        switch self {
        case .message(let value): return value.json
        case .call(let value): return value
        }
    }
}

/// A model whose members are described the compact way generated models use.
struct TestTableModel: JSONModel {
    var storage: [String: JSONValue]
    init(storage: [String: JSONValue]) { self.storage = storage }
    static let schemaMembers = SchemaMember.table(
        """
        id: String!
        profiles: [$0]!
        labels: [String: String]
        note: Nullable<String>
        when: Date
        size: Int64
        status: $1
        """, TestProfile.self, TestMessageStatus.self)
}

/// A list response wrapper.
struct TestListResponse: JSONModel {
    var storage: [String: JSONValue]
    init(storage: [String: JSONValue]) { self.storage = storage }
    static let schemaMembers: [SchemaMember] = [.optional("data", [TestProfile].self)]
    var data: [TestProfile]? { value(forKey: "data") }
}
