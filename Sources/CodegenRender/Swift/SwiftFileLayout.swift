import PluginsShared

/// Which file holds each piece of the Swift client, and what each file imports. Two layouts:
/// one module (the build-tool plugin's target, and every run without configured products), or, with
/// a module prefix, one module per product beside a core and an umbrella (`OutputLayout.moduleFilePaths`):
/// the core declares the client, the resources several products share, the shared models and
/// `WebhooksResource`; a product module its models, operations, resources and webhook events; the
/// umbrella re-exports them all and declares `WebhookEvent`, every event of the API.
struct SwiftFileLayout: Sendable {
    let directory: String
    /// Products packed into shards (no configured products): always one module.
    let packed: Bool
    /// `Telnyx` when the client is split into modules.
    let modulePrefix: String?
    /// Every product, configured ones first.
    let productNames: [String]

    func modelsFile(_ product: String) -> SectionFile {
        if let prefix = modulePrefix {
            return .path(OutputLayout.productFilePath(product, .models, prefix: prefix, directory: directory))
        }
        if packed { return .packed(.init(product: product, kind: .models, directory: directory)) }
        return .path(OutputLayout.modelsPath(product: product, directory: directory))
    }

    func operationsFile(_ product: String) -> SectionFile {
        if let prefix = modulePrefix {
            return .path(OutputLayout.productFilePath(product, .operations, prefix: prefix, directory: directory))
        }
        if packed { return .packed(.init(product: product, kind: .operations, directory: directory)) }
        return .path(OutputLayout.operationsPath(product: product, directory: directory))
    }

    /// The file of a schema: its product's models, the umbrella (for a schema no operation uses that
    /// refers to several products' schemas), or a shared shard.
    func schemaFile(_ schema: String, product: String?, umbrella: Bool) -> SectionFile {
        if let product { return modelsFile(product) }
        if umbrella, let umbrellaPath { return .path(umbrellaPath) }
        return .path(sharedPath(schema))
    }

    /// The shard of a schema several products (or none) use.
    func sharedPath(_ schema: String) -> String {
        let shard = SchemaPlacement.shard(of: schema)
        if let prefix = modulePrefix {
            return OutputLayout.coreSharedModelsPath(shard: shard, prefix: prefix, directory: directory)
        }
        return OutputLayout.sharedModelsPath(shard: shard, directory: directory)
    }

    /// The file of the client and of the resources `product` alone has (nil: the ones several share).
    func resourcesPath(_ product: String?) -> String {
        guard let prefix = modulePrefix else { return "\(directory)/Client.swift" }
        guard let product else { return "\(directory)/\(OutputLayout.coreModule(prefix: prefix))/Client.swift" }
        return OutputLayout.productFilePath(product, .resources, prefix: prefix, directory: directory)
    }

    /// The file of `product`'s webhook events; nil: `WebhooksResource` (in the core, or in the one module).
    func webhooksPath(_ product: String?) -> String {
        guard let prefix = modulePrefix else { return "\(directory)/Webhooks.swift" }
        guard let product else { return "\(directory)/\(OutputLayout.coreModule(prefix: prefix))/Webhooks.swift" }
        return OutputLayout.productFilePath(product, .webhooks, prefix: prefix, directory: directory)
    }

    /// The umbrella's one file; nil in one module.
    var umbrellaPath: String? {
        modulePrefix.map { "\(directory)/\($0)/\($0).swift" }
    }

    /// The enum of a product's webhook events (`MessagingWebhookEvent`, `_10DLCWebhookEvent`), or of every
    /// event (`WebhookEvent`).
    func eventsName(_ product: String?) -> String {
        guard modulePrefix != nil, let product else { return "WebhookEvent" }
        return SwiftNames.typeName(OutputLayout.fileStem(product) + "WebhookEvent")
    }

    /// Every file, whatever the spec holds.
    var paths: [String] {
        if let prefix = modulePrefix {
            return OutputLayout.moduleFilePaths(products: productNames, prefix: prefix, directory: directory)
        }
        return OutputLayout.swiftFilePaths(products: packed ? [] : productNames, directory: directory)
    }

    struct Imports {
        var plain: [String] = ["Foundation"]
        var exported: [String] = []
        /// Helpers only generated code calls (`value(forKey:)`, `UnionDecoding`), hidden from users.
        var generated = ["TelnyxRuntime"]
    }

    /// A file's imports: the file that declares the client re-exports the runtime, so `import Telnyx`
    /// (or a product module) alone gives users `TelnyxError`, `Nullable`, `RequestOptions`; a
    /// product's resources file re-exports the core, and the umbrella every module.
    func imports(_ path: String) -> Imports {
        var imports = Imports()
        guard let prefix = modulePrefix else {
            if path.hasSuffix("/Client.swift") { imports.exported = ["TelnyxRuntime"] }
            return imports
        }
        let core = OutputLayout.coreModule(prefix: prefix)
        let module = path.dropFirst(directory.count + 1).prefix { $0 != "/" }
        if module == core {
            if path.hasSuffix("/Client.swift") { imports.exported = ["TelnyxRuntime"] }
        } else if module == prefix {
            imports.exported = OutputLayout.moduleNames(products: productNames, prefix: prefix).dropLast()
        } else if path.hasSuffix("\(OutputLayout.ProductFile.resources.rawValue).swift") {
            imports.exported = [core]
        } else {
            imports.plain.append(core)
        }
        return imports
    }
}
