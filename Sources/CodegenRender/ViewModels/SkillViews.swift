/// The views of the skill documents. ``SkillView`` decides every word, row and cut; these carry
/// the results to `skills/SKILL.md` and its partials (`references/api-details.md`: `APIDetailsViews.swift`).
struct SkillDocumentView: TemplateView {
    enum Key: String, CaseIterable {
        case name, product, module, title, description, summary, published, packageURL, packageVersion, errorCall
        case testingOperation
        case pagination, hasPhoneNumbers, hasUntypedJSON
        case caveats, hasCaveats
        case core, hasCore, supporting, hasSupporting, additional, hasAdditional, webhooks, hasWebhooks, verification
    }
    var name: String
    var product: String
    /// The module to add and import: the product's own (`TelnyxMessaging`), or `Telnyx` in one module.
    var module: String
    var title: String
    var description: String
    /// What the product does, in the project's words (`spec/skills.yaml`), or its tags.
    var summary: String
    var packageURL: String
    var packageVersion: String
    /// The call the error-handling example wraps, indented to sit inside its `do { }`.
    var errorCall: String
    /// The same operation as TelnyxTesting names it (`messages.send`).
    var testingOperation: String
    /// The pagination note, when the product has a paged operation.
    var pagination: Pagination?
    /// Whether the product's operations take phone numbers (the E.164 note).
    var hasPhoneNumbers: Bool
    /// Whether a call takes or returns `JSONValue` (the note on untyped JSON).
    var hasUntypedJSON: Bool
    var caveats: [String]
    var core: [SkillSectionView]
    var supporting: [SkillSectionView]
    var additional: [Additional]
    var webhooks: [SkillWebhookView]
    var verification: Verification?

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .name: name
        case .product: product
        case .module: module
        case .title: title
        case .description: description
        case .summary: summary
        case .published: !packageURL.isEmpty
        case .packageURL: packageURL
        case .packageVersion: packageVersion
        case .errorCall: errorCall
        case .testingOperation: testingOperation
        case .pagination: presentOrFalse(pagination)
        case .hasPhoneNumbers: hasPhoneNumbers
        case .hasUntypedJSON: hasUntypedJSON
        case .caveats: caveats
        case .hasCaveats: !caveats.isEmpty
        case .core: core
        case .hasCore: !core.isEmpty
        case .supporting: supporting
        case .hasSupporting: !supporting.isEmpty
        case .additional: additional
        case .hasAdditional: !additional.isEmpty
        case .webhooks: webhooks
        case .hasWebhooks: !webhooks.isEmpty
        case .verification: presentOrFalse(verification)
        }
    }

    /// A paged operation's call (`client.messagingProfiles.list()`) and, when its `page` family has a
    /// `size` member, their labels.
    struct Pagination: TemplateView {
        enum Key: String, CaseIterable { case call, pageSize }
        var call: String
        var pageSize: PageSize?

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .call: call
            case .pageSize: presentOrFalse(pageSize)
            }
        }

        /// `page` and `size`, for `page: .init(size: 50)`.
        struct PageSize: TemplateView {
            enum Key: String, CaseIterable { case family, member }
            var family: String
            var member: String

            func value(_ key: Key) -> (any TemplateValue)? {
                switch key {
                case .family: family
                case .member: member
                }
            }
        }
    }

    /// The webhook-verification example: the event cases it switches over, and whether the
    /// client has cases beyond them (so the switch needs a `default`).
    struct Verification: TemplateView {
        enum Key: String, CaseIterable { case webhookCases, otherCases, eventsType, delivery }
        var webhookCases: [Case]
        var otherCases: Bool
        /// The product's events enum (`MessagingWebhookEvent`) for `unwrap(_:headers:as:)`; nil: `WebhookEvent`.
        var eventsType: String?
        /// The body of an example delivery: the spec's example of one of the product's webhooks.
        var delivery: String?

        /// A `WebhookEvent` case and a typed read of its payload (`event.data?.payload?.id ?? ""`).
        struct Case: TemplateView {
            enum Key: String, CaseIterable { case caseName, read }
            var caseName: String
            var read: String

            func value(_ key: Key) -> (any TemplateValue)? {
                switch key {
                case .caseName: caseName
                case .read: read
                }
            }
        }

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .webhookCases: webhookCases
            case .otherCases: otherCases
            case .eventsType: presentOrFalse(eventsType)
            case .delivery: presentOrFalse(delivery)
            }
        }
    }

    /// A row of the additional-operations table.
    struct Additional: TemplateView {
        enum Key: String, CaseIterable { case title, method, endpoint, useWhen, required }
        var title: String
        var method: String
        var endpoint: String
        var useWhen: String
        var required: String

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .title: title
            case .method: method
            case .endpoint: endpoint
            case .useWhen: useWhen
            case .required: required
            }
        }
    }
}

/// One operation's section (`skills/operation`).
struct SkillSectionView: TemplateView {
    enum Key: String, CaseIterable {
        case title, method, endpoint, purpose, parameters, hasParameters, more, declaration, example, responseFields
        case hasResponseFields, clearing
    }
    var title: String
    var method: String
    var endpoint: String
    var purpose: String?
    var parameters: [ParameterRowView]
    var hasParameters: Bool
    var more: String?
    /// The method's declarations and its query families' initializers, as the client declares them.
    var declaration: String?
    var example: String?
    var responseFields: [ResponseFieldView]
    /// The `clearing:` cases the method takes (`` `.webhookURL`, `.alphaSender` ``), when it has any.
    var clearing: String?

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .title: title
        case .method: method
        case .endpoint: endpoint
        case .purpose: presentOrFalse(purpose)
        case .parameters: parameters
        case .hasParameters: hasParameters
        case .more: presentOrFalse(more)
        case .declaration: presentOrFalse(declaration)
        case .example: presentOrFalse(example)
        case .responseFields: responseFields
        case .hasResponseFields: !responseFields.isEmpty
        case .clearing: presentOrFalse(clearing)
        }
    }
}

/// A primary response field: the Swift path a reader types, the type that expression has (optional
/// when the path goes through an optional member, `response.data?.id`) and whether it always holds a value.
final class ResponseFieldView: TemplateView {
    enum Key: String, CaseIterable { case path, wire, type, alwaysPresent }
    let path: MemberChain
    let row: SwiftExamples.PropertyRow

    init(base: MemberChain, row: SwiftExamples.PropertyRow) {
        self.path = base.member(row.name)
        self.row = row
    }

    /// The path reads `nil` when a member on the way is absent, whatever the property's own guarantee.
    private var throughOptional: Bool { path.readsThroughOptional }
    private var present: Bool { row.alwaysPresent && !throughOptional }

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .path: path.description
        case .wire: row.wireName == row.name ? false : row.wireName
        case .type: TypeNotation.tableSafe(row.alwaysPresent && throughOptional ? row.type + "?" : row.type)
        case .alwaysPresent: present ? "Yes" : "No"
        }
    }
}

/// A row of a parameter table.
final class ParameterRowView: TemplateView {
    enum Key: String, CaseIterable { case name, wire, type, required, description }
    let row: SkillFacts.ParameterRow

    init(row: SkillFacts.ParameterRow) {
        self.row = row
    }

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .name: row.name
        case .wire: presentOrFalse(row.wireName)
        case .type: TypeNotation.tableSafe(row.type)
        case .required: row.required ? "Yes" : "No"
        case .description: row.description
        }
    }
}

/// One webhook and its payload rows (`skills/webhook`, and the payload section of api-details).
struct SkillWebhookView: TemplateView {
    enum Key: String, CaseIterable { case title, payloadType, eventTypes, swiftCase, fields, hasFields, more }
    var title: String
    /// The Swift type of the event (`OutboundMessageEvent`), named in the heading.
    var payloadType: String?
    var eventTypes: String?
    /// The case of the events enum and the payload type (`case .deliveryUpdate(let event)` of `MessagingWebhookEvent`, `event: OutboundMessageEvent`).
    var swiftCase: String?
    var fields: [Field]
    var hasFields: Bool
    var more: String?

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .title: title
        case .payloadType: presentOrFalse(payloadType)
        case .eventTypes: presentOrFalse(eventTypes)
        case .swiftCase: presentOrFalse(swiftCase)
        case .fields: fields
        case .hasFields: hasFields
        case .more: presentOrFalse(more)
        }
    }

    final class Field: TemplateView {
        enum Key: String, CaseIterable { case accessor, wirePath, path, type, alwaysPresent, description }
        let row: TypeNotation.FlatField
        /// The Swift accessor chain on the event (`data?.payload?.messagingProfileID`), the type it
        /// reads and whether it can be nil, when the wire path is a chain of members.
        let swift: (chain: MemberChain, type: SwiftType, optional: Bool)?

        init(row: TypeNotation.FlatField, swift: (chain: MemberChain, type: SwiftType, optional: Bool)?) {
            self.row = row
            self.swift = swift
        }

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .accessor: presentOrFalse(swift?.chain.description)
            // The wire path beside the accessor, only where the two differ.
            case .wirePath: swift?.chain.memberNames.joined(separator: ".") == row.path ? false : row.path
            case .path: row.path
            case .type:
                swift.map { "`\($0.optional ? SwiftType.optional($0.type) : $0.type)`" }
                    ?? TypeNotation.tableSafe(row.type)
            case .alwaysPresent: swift.map { $0.optional ? "No" : "Yes" } ?? "No"
            case .description: TypeNotation.shortDescription(row.description)
            }
        }
    }
}
