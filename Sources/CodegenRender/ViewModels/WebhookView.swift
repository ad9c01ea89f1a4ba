import CodegenIR

/// The webhook events enum (`WebhookEvent`, or a product's `MessagingWebhookEvent`) and the
/// `WebhooksResource` that verifies and decodes deliveries.
struct WebhooksView: TemplateView {
    enum Key: String, CaseIterable { case name, events }
    /// The enum's name.
    let name: String
    let events: [Event]

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .name: name
        case .events: events
        }
    }

    struct Event: TemplateView {
        enum Key: String, CaseIterable { case caseName, type, doc, eventTypes }
        let caseName: String
        let type: SwiftType
        let doc: [DocLineView]
        /// The event types only this case decodes.
        let eventTypes: [String]

        func value(_ key: Key) -> (any TemplateValue)? {
            switch key {
            case .caseName: caseName
            case .type: type.description
            case .doc: doc
            case .eventTypes: eventTypes.isEmpty ? nil : eventTypes.map(SwiftLiteral.string).joined(separator: ", ")
            }
        }
    }

    /// The enum `name` over `webhooks`, whose payload types and case names are already decided; an
    /// event type goes to the first webhook that lists it.
    init(name: String, _ webhooks: [Webhook], cases: WebhookCases) {
        var claimed: Set<String> = []
        self.name = name
        events = webhooks.compactMap { webhook in
            guard let caseName = cases.caseNames[webhook.name], let type = cases.types[webhook.name] else { return nil }
            return Event(
                caseName: caseName, type: type, doc: DocComment(webhook.summary ?? webhook.description).lineViews,
                eventTypes: webhook.eventTypes.filter { claimed.insert($0).inserted })
        }
    }
}

/// Every webhook's case name (unique over the whole API) and payload type. Declaring a payload
/// declares its types written in place, nested in the events enum `parent(webhook)` names.
struct WebhookCases {
    /// Webhook name → case name.
    private(set) var caseNames: [String: String] = [:]
    /// Webhook name → payload type.
    private(set) var types: [String: SwiftType] = [:]

    private var taken = EnumMembers.reserved

    /// Names `webhook`'s case and declares its payload type, nesting types written in place in `parent`.
    mutating func add(_ webhook: Webhook, parent: QualifiedName, declarations: inout DeclarationBuilder) {
        let caseName = SwiftNames.unique(SwiftNames.memberName(webhook.name), in: taken)
        taken.insert(caseName)
        caseNames[webhook.name] = caseName
        types[webhook.name] =
            webhook.payload.map {
                declarations.swiftType($0, parent: parent, suggested: webhook.name + "Payload")
            } ?? .json
    }
}

/// `WebhooksResource`: verification and decoding as `Event` (`unwrap(_:headers:as:)`), and, where the
/// enum of every event is declared, `unwrap(_:headers:)` returning it.
struct WebhooksResourceView: TemplateView {
    enum Key: String, CaseIterable { case declaresResource, allEvents }
    /// Whether this file declares the resource (the single module, or the core module).
    let declaresResource: Bool
    /// The enum of every event, when this file declares it (the single module, or the umbrella).
    let allEvents: String?

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .declaresResource: declaresResource
        case .allEvents: presentOrFalse(allEvents)
        }
    }
}
