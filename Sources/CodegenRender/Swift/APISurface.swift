import CodegenIR
import PluginsShared

/// What the generated Swift client exposes, as the Swift renderer declares it: per operation the
/// accessor chain, method name, arguments, body and return types, plus every declared type by its
/// qualified name. Built once by ``SwiftRenderer/build()``; the skill renderer writes its examples
/// from it, so documents never guess a Swift name.
struct APISurface: Sendable {
    /// One operation as the client exposes it.
    struct OperationSurface: Sendable {
        var operationID: String
        /// The resources' accessors from the client, as Swift spells them (`messagingProfiles`, `autorespConfigs`).
        var resourceAccessors: [String]
        var methodName: String
        /// The body type, when the operation takes one.
        var bodyType: SwiftType?
        var bodyRequired: Bool
        /// True when the method also takes the body's fields as labeled arguments.
        var bodyFlattened: Bool
        /// What `try await` returns (`MessagingProfilesResource.CreateResponse`, `String`, `Data`); nil for void and paged calls.
        var returnType: SwiftType?
        /// The element of the `PageSequence` a paged call returns.
        var itemType: SwiftType?
        /// What the Swift template declares for it: the documents print its declarations from this.
        var declaration: OperationDeclaration

        /// The method's arguments in call order (the declaration's fields: one shape per argument).
        var arguments: [OperationDeclaration.Field] { declaration.fields }

        /// The method from the client: `client.messagingProfiles.autorespConfigs.list`.
        var call: MemberChain {
            MemberChain(root: "client", steps: (resourceAccessors + [methodName]).map { .member($0, canBeNil: false) })
        }
    }

    /// Operation id → surface.
    var operations: [String: OperationSurface] = [:]
    /// Webhook name → its `WebhookEvent` case (`deliveryUpdate`).
    var webhookCases: [String: String] = [:]
    /// Webhook name → the payload type of its `WebhookEvent` case.
    var webhookTypes: [String: SwiftType] = [:]
    /// Swift type name of a component schema → the schema's own `example`.
    var examples: [QualifiedName: SpecJSON] = [:]
    /// Qualified Swift name (`MessagingProfile.WebhookAPIVersion`) → declaration.
    var declarations: [QualifiedName: SwiftDeclaration] = [:]
    /// Where the declarations live: one module, or a module per product.
    var layout: SwiftFileLayout?

    /// The module a product's code is in (`TelnyxMessaging`), or the one module `Telnyx`.
    func module(of product: String) -> String {
        guard let prefix = layout?.modulePrefix else { return "Telnyx" }
        return OutputLayout.productModule(product, prefix: prefix)
    }

    /// A product's events enum (`MessagingWebhookEvent`) where the client is split by product; nil: `WebhookEvent`.
    func eventsType(of product: String) -> String? {
        guard let layout, layout.modulePrefix != nil else { return nil }
        return layout.eventsName(product)
    }

    /// The surface of one built operation.
    static func operation(_ declaration: OperationDeclaration, resourcePath: [String]) -> OperationSurface {
        let bodyType = declaration.fields.last { $0.location == .body }?.type
        var returnType: SwiftType?
        var itemType: SwiftType?
        switch declaration.call {
        case .json(let type): returnType = type
        case .text: returnType = .string
        case .data: returnType = .data
        case .void: break
        case .paginate(let item, _, _): itemType = item
        }
        return OperationSurface(
            operationID: declaration.operationID, resourceAccessors: resourcePath.map(ResourceTree.accessor),
            methodName: declaration.methodName, bodyType: bodyType, bodyRequired: declaration.bodyRequired,
            bodyFlattened: declaration.flattenedBody != nil,
            returnType: returnType, itemType: itemType, declaration: declaration)
    }

    /// The parameters of a buildable model's memberwise initializer, in declaration order (the
    /// same list the model template writes); nil when the type has no such initializer.
    func initParameters(of type: SwiftType) -> [SwiftProperty]? {
        guard case .model(let model)? = declaration(type)?.kind, model.buildable else { return nil }
        return model.initProperties
    }

    /// Whether an operation's call takes or returns `JSONValue`: an argument, a body field, or the
    /// answer, a page's item or their properties two levels down (`response.data?.settings`), which
    /// the skill documents' tables show (their note on untyped JSON).
    func takesOrReturnsUntypedJSON(_ operationID: String) -> Bool {
        guard let api = operations[operationID] else { return false }
        let bodyFields = api.bodyType.flatMap(initParameters) ?? []
        if (api.arguments.map(\.type) + bodyFields.map(\.type)).contains(where: { $0.contains(.json) }) { return true }
        return [api.returnType, api.itemType].contains { $0.map { holdsJSON($0, depth: 2) } ?? false }
    }

    /// Whether `type` is or holds `JSONValue`, or a model property of it does, `depth` levels down.
    private func holdsJSON(_ type: SwiftType, depth: Int) -> Bool {
        if type.contains(.json) { return true }
        guard depth > 0, let properties = properties(of: type.element ?? type) else { return false }
        return properties.contains { holdsJSON($0.type, depth: depth - 1) }
    }

    /// The readable properties of a model type; nil for other types.
    func properties(of type: SwiftType) -> [SwiftProperty]? {
        guard case .model(let model)? = declaration(type)?.kind else { return nil }
        return model.properties
    }

    /// The declaration of a named type.
    func declaration(_ type: SwiftType) -> SwiftDeclaration? {
        type.name.flatMap { declarations[$0] }
    }

    /// The model behind a type, through aliases.
    func model(_ type: SwiftType, depth: Int = 0) -> ModelDeclaration? {
        guard depth < TypeDepth.limit else { return nil }
        switch declaration(type)?.kind {
        case .model(let model): return model
        case .alias(let target): return self.model(target, depth: depth + 1)
        default: return nil
        }
    }
}
