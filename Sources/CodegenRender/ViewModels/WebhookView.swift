import CodegenIR

/// Template values for `Webhooks.swift`: one event case per webhook, selected by `data.event_type`.
enum WebhookView {
    static func values(_ webhooks: [Webhook], declarations: inout DeclarationBuilder)
        -> (values: [String: Any], firstDeclaration: Int, caseNames: [String: String])
    {
        let first = declarations.declarations.count
        var taken = EnumMembers.reserved
        var claimed: Set<String> = []
        var events: [[String: Any]] = []
        var caseNames: [String: String] = [:]
        for webhook in webhooks {
            let caseName = SwiftNames.unique(SwiftNames.memberName(webhook.name), in: taken)
            taken.insert(caseName)
            caseNames[webhook.name] = caseName
            let type =
                webhook.payload.map {
                    declarations.swiftType($0, parent: "WebhookEvent", suggested: webhook.name + "Payload")
                } ?? "JSONValue"
            let eventTypes = webhook.eventTypes.filter { claimed.insert($0).inserted }
            var event: [String: Any] = ["caseName": caseName, "type": type]
            event["doc"] =
                DocComment.block(DocComment.lines(webhook.summary ?? webhook.description), indent: 4) ?? false
            if !eventTypes.isEmpty { event["eventTypes"] = eventTypes.map(SwiftLiteral.string).joined(separator: ", ") }
            events.append(event)
        }
        return (["events": events], first, caseNames)
    }
}
