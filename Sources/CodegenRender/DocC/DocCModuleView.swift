/// The landing page of a module that is not one product's (`docc/module`): the core, the umbrella,
/// and a product module with no operations or webhooks.
struct DocCModuleView: TemplateView {
    enum Key: String, CaseIterable { case module, summary, overview, example }
    var module: String
    var summary: String
    var overview: String
    var example: String?

    func value(_ key: Key) -> (any TemplateValue)? {
        switch key {
        case .module: module
        case .summary: summary
        case .overview: overview
        case .example: presentOrFalse(example)
        }
    }

    /// The page of `module`: the core (`prefix` + `Core`), the umbrella (`prefix`), or a product's.
    static func page(module: String, prefix: String) -> DocCModuleView {
        if module == prefix {
            return DocCModuleView(
                module: module, summary: "The whole Telnyx API: every product module of the client, re-exported.",
                overview:
                    "Import `\(module)` for every product at once; an app that uses a few products builds faster "
                    + "by importing their modules (`\(prefix)Messaging`, `\(prefix)Voice`) instead.",
                example: """
                    let client = TelnyxClient()  // reads TELNYX_API_KEY
                    for try await profile in client.messagingProfiles.list() {
                        if let name = profile.name { print(name) }
                    }
                    """)
        }
        if module == prefix + "Core" {
            return DocCModuleView(
                module: module,
                summary:
                    "What every product module shares: the client, the resources several products use, their models and webhook verification.",
                overview:
                    "You do not import `\(module)` yourself: each product module and the umbrella `\(prefix)` re-export it."
            )
        }
        return DocCModuleView(
            module: module, summary: "The \(module.dropFirst(prefix.count)) operations of the Telnyx API.",
            overview: "Import `\(module)` and call its resources on a `TelnyxClient`.")
    }
}
