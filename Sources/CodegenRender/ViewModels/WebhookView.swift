import CodegenIR

/// The view of `Webhooks.swift`: one event case per webhook, selected by `data.event_type`.
struct WebhooksView: TemplateView {
    enum Key: String, CaseIterable { case events }
    let events: [Event]
    /// Webhook name → its `WebhookEvent` case.
    let caseNames: [String: String]

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
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

    /// Declares the payload types and names the cases.
    init(_ webhooks: [Webhook], declarations: inout DeclarationBuilder) {
        var taken = EnumMembers.reserved
        var claimed: Set<String> = []
        var events: [Event] = []
        var caseNames: [String: String] = [:]
        for webhook in webhooks {
            let caseName = SwiftNames.unique(SwiftNames.memberName(webhook.name), in: taken)
            taken.insert(caseName)
            caseNames[webhook.name] = caseName
            let type =
                webhook.payload.map {
                    declarations.swiftType($0, parent: "WebhookEvent", suggested: webhook.name + "Payload")
                } ?? .json
            events.append(
                Event(
                    caseName: caseName, type: type,
                    doc: DocComment(webhook.summary ?? webhook.description).lineViews,
                    eventTypes: webhook.eventTypes.filter { claimed.insert($0).inserted }))
        }
        self.events = events
        self.caseNames = caseNames
    }
}
