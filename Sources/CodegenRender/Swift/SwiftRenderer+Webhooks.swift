import CodegenIR

extension SwiftRenderer {
    /// Adds the webhook sections. In one module: `WebhookEvent` and `WebhooksResource` in
    /// `Webhooks.swift`. Split by product: each product's events enum (`MessagingWebhookEvent`, with the
    /// types its payloads declare in place) in its module, `WebhooksResource` in the core, and
    /// `WebhookEvent` (every event) with its `unwrap(_:headers:)` in the umbrella.
    func addWebhooks(_ declarations: inout DeclarationBuilder, _ add: (String, [SwiftModel.Section]) -> Void)
        -> WebhookCases
    {
        var cases = WebhookCases()
        let groups: [(product: String?, webhooks: [Webhook])] =
            layout.modulePrefix == nil
            ? [(nil, model.webhooks)]
            : layout.productNames.map { product in (product, model.webhooks.filter { $0.product == product }) }
        for group in groups where !group.webhooks.isEmpty {
            let name = layout.eventsName(group.product)
            let declared = declarations.declaring(for: .response) { builder in
                for webhook in group.webhooks {
                    cases.add(webhook, parent: QualifiedName(name), declarations: &builder)
                }
            }.declared
            let events = templates.render(.webhookEvents, WebhooksView(name: name, group.webhooks, cases: cases))
            add(layout.webhooksPath(group.product), [.text(events)] + declared.map(SwiftModel.Section.declaration))
        }
        let all = WebhooksView(name: "WebhookEvent", model.webhooks, cases: cases)
        if let umbrella = layout.umbrellaPath {
            let resource = WebhooksResourceView(declaresResource: false, allEvents: all.name)
            add(
                layout.webhooksPath(nil),
                [.text(templates.render(.webhooks, WebhooksResourceView(declaresResource: true, allEvents: nil)))])
            add(umbrella, [.text(templates.render(.webhookEvents, all)), .text(templates.render(.webhooks, resource))])
        } else {
            if model.webhooks.isEmpty { add(layout.webhooksPath(nil), [.text(templates.render(.webhookEvents, all))]) }
            let resource = WebhooksResourceView(declaresResource: true, allEvents: all.name)
            add(layout.webhooksPath(nil), [.text(templates.render(.webhooks, resource))])
        }
        return cases
    }
}
