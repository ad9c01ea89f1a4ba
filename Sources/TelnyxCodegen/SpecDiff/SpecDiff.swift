import Foundation

/// What a spec update changes for the people who call the generated Swift client: operations and
/// webhooks matched by `METHOD path` and by webhook name, with their parameters, body and response
/// fields and enum values compared structurally.
public struct SpecDiff: Sendable, Equatable {
    /// Every change, sorted by product, then subject (path, method), then kind.
    public var changes: [SpecChange]

    public init(changes: [SpecChange]) {
        self.changes = changes.sorted()
    }

    public var breakingCount: Int { changes.count { $0.severity == .breaking } }
    public var additiveCount: Int { changes.count { $0.severity == .additive } }
    public var hasBreakingChanges: Bool { breakingCount > 0 }

    /// `N breaking, M additive`.
    public var summary: String { "\(breakingCount) breaking, \(additiveCount) additive" }

    /// The products that have changes, sorted.
    public var products: [String] {
        var seen: Set<String> = []
        return changes.map(\.product).filter { seen.insert($0).inserted }
    }
}

/// One change, as a Swift caller sees it.
public struct SpecChange: Sendable, Hashable, Encodable, Comparable {
    /// Whether existing Swift code calling the client may stop compiling.
    public enum Severity: String, Sendable, Hashable, Encodable {
        case breaking
        case additive
    }

    /// What changed; the order is the order within one subject.
    public enum Kind: String, Sendable, Hashable, Encodable, CaseIterable {
        case operationRemoved
        case operationAdded
        case operationRenamed
        case webhookRemoved
        case webhookAdded
        case eventTypeRemoved
        case eventTypeAdded
        case parameterRemoved
        case parameterAdded
        case parameterTypeChanged
        case parameterRequiredChanged
        case parameterNullabilityChanged
        case bodyRemoved
        case bodyAdded
        case bodyTypeChanged
        case bodyRequiredChanged
        case bodyFieldRemoved
        case bodyFieldAdded
        case bodyFieldTypeChanged
        case bodyFieldRequiredChanged
        case bodyFieldNullabilityChanged
        case responseRemoved
        case responseAdded
        case responseTypeChanged
        case responseFieldRemoved
        case responseFieldAdded
        case responseFieldTypeChanged
        case responseFieldRequiredChanged
        case responseFieldNullabilityChanged
        case enumValueRemoved
        case enumValueAdded

        var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    }

    public var severity: Severity
    public var kind: Kind
    /// The product the operation or webhook belongs to (in the new spec when it is still there).
    public var product: String
    /// `POST /messages`, or `webhook call.answered`.
    public var subject: String
    /// The Swift name, `messages.send` (operations only).
    public var swiftName: String?
    /// What changed: `body field 'to' type string -> [string]`.
    public var detail: String
    /// Sorts operations before webhooks, then by path, then by method.
    var order: String

    public init(
        _ severity: Severity, _ kind: Kind, product: String, subject: String, swiftName: String?, detail: String,
        order: String
    ) {
        self.severity = severity
        self.kind = kind
        self.product = product
        self.subject = subject
        self.swiftName = swiftName
        self.detail = detail
        self.order = order
    }

    private enum CodingKeys: String, CodingKey {
        case severity, kind, product, subject, swiftName, detail
    }

    public static func < (lhs: SpecChange, rhs: SpecChange) -> Bool {
        (lhs.product, lhs.order, lhs.kind.rank, lhs.detail) < (rhs.product, rhs.order, rhs.kind.rank, rhs.detail)
    }

    /// `BREAKING messaging: POST /messages (messages.send): body field 'to' type string -> [string]`.
    public var line: String {
        let label = severity == .breaking ? "BREAKING" : "ADDITIVE"
        return "\(label) \(product): \(heading): \(detail)"
    }

    /// `POST /messages (messages.send)`.
    public var heading: String {
        swiftName.map { "\(subject) (\($0))" } ?? subject
    }
}
