import CodegenIR

/// Template values for one product's two documents. Swift decides every word, row and cut; the
/// templates only lay them out.
struct SkillView: Sendable {
    let product: Product
    let operations: [Operation]
    let webhooks: [Webhook]
    /// The body of an example delivery of one of the product's webhooks (compact JSON).
    let delivery: String?
    let surface: APISurface
    let facts: SkillFacts
    let curation: SkillCuration
    let plan: SkillPlan
    let examples: SwiftExamples
    let declarations: SkillDeclarations
    /// Each operation's parameter rows, worked out once: both documents use them.
    private let parameterRows: [String: [SkillFacts.ParameterRow]]

    /// Optional parameters shown in a core or supporting table before the `+N` row.
    static let shownOptionalParameters = 3
    /// Webhook payload rows shown in SKILL.md (api-details has all).
    static let shownWebhookFields = 12
    static let detailsLink = "[references/api-details.md](references/api-details.md)"

    init(
        product: Product, operations: [Operation], webhooks: [Webhook], delivery: String? = nil, surface: APISurface,
        facts: SkillFacts,
        curation: SkillCuration, templates: TemplateSet
    ) {
        self.product = product
        self.operations = operations
        self.webhooks = webhooks
        self.delivery = delivery
        self.surface = surface
        self.facts = facts
        self.curation = curation
        self.plan = SkillPlan(operations: operations, curation: curation.products[product.name])
        self.examples = SwiftExamples(surface: surface, templates: templates)
        self.declarations = SkillDeclarations(surface: surface, templates: templates)
        var parameterRows: [String: [SkillFacts.ParameterRow]] = [:]
        for operation in operations {
            parameterRows[operation.id] = Self.labeled(
                facts.parameters(operation), surface.operations[operation.id], surface)
        }
        self.parameterRows = parameterRows
    }

    private var text: SkillCuration.ProductText? { curation.products[product.name] }

    /// The rows named by their Swift labels, in the order the method (or the body's initializer)
    /// takes them; a row the client does not label keeps its wire name.
    static func labeled(_ rows: [SkillFacts.ParameterRow], _ api: APISurface.OperationSurface?, _ surface: APISurface)
        -> [SkillFacts.ParameterRow]
    {
        guard let api else { return rows }
        var positions: [String: (index: Int, label: String)] = [:]
        for (index, argument) in api.arguments.enumerated() {
            guard let label = argument.label else { continue }
            positions["q:" + argument.wireName] = (index, SwiftNames.unescaped(label))
            for member in argument.members {
                positions["q:" + member.wireName] = (index, "\(SwiftNames.unescaped(label)).\(member.label ?? "")")
            }
        }
        let fields = api.bodyType.flatMap { surface.initParameters(of: $0) } ?? []
        let labels = api.declaration.flattenedBody?.labels ?? fields.map(\.name)
        for (index, (property, label)) in zip(fields, labels).enumerated() {
            positions["b:" + property.wireName] = (api.arguments.count + index, SwiftNames.unescaped(label))
        }
        // A wire name both a parameter and a body field use: each row says where it goes.
        let clashing = Set(rows.filter(\.inBody).map(\.name)).intersection(rows.filter { !$0.inBody }.map(\.name))
        let labeled = rows.enumerated().map { offset, row -> (Int, SkillFacts.ParameterRow) in
            guard let position = positions[(row.inBody ? "b:" : "q:") + row.name] else { return (Int.max, row) }
            var row = row
            if clashing.contains(row.name) {
                let place = row.inBody ? "In the body." : "In the path or query."
                row.description = row.description.isEmpty ? place : "\(place) \(row.description)"
            }
            if position.label != row.name { row.wireName = row.name }
            row.name = position.label
            return (position.index, row)
        }
        return labeled.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    // MARK: - SKILL.md

    func skillValues() -> SkillDocumentView {
        let description = text?.description ?? "Telnyx \(product.title) API (\(product.tags.joined(separator: ", ")))."
        return SkillDocumentView(
            name: documentName, product: product.name, module: surface.module(of: product.name), title: product.title,
            description: description + " This skill provides Swift SDK examples.", summary: description,
            packageURL: curation.packageURL,
            packageVersion: curation.packageVersion, errorCall: errorCall(),
            testingOperation: exampleOperation().map(TestCatalog.clientName) ?? "messages.send",
            pagination: paginationNote(), hasPhoneNumbers: operations.contains(where: facts.hasPhoneNumberFields),
            hasUntypedJSON: operations.contains { surface.takesOrReturnsUntypedJSON($0.id) },
            caveats: text?.caveats ?? [], core: plan.core.map { section($0) },
            supporting: plan.supporting.map { section($0) }, additional: plan.additional.map(additionalRow),
            webhooks: webhooks.map { webhookView($0, limit: Self.shownWebhookFields) },
            verification: webhooks.isEmpty ? nil : verification())
    }

    private var documentName: String { "telnyx-\(product.name)-swift" }

    private func method(_ operation: Operation) -> String {
        guard let api = surface.operations[operation.id] else { return operation.id }
        return api.call.description
    }

    private func endpoint(_ operation: Operation) -> String {
        "\(operation.method.description) \(operation.path)"
    }

    private func title(_ operation: Operation) -> String {
        operation.summary ?? endpoint(operation)
    }

    private func section(_ operation: Operation) -> SkillSectionView {
        let purpose =
            text?.blurbs[operation.id]
            ?? (operation.description == operation.summary ? nil : TypeNotation.firstSentence(operation.description))
        let rows = parameterRows[operation.id, default: []]
        // Every required row and the first optional ones, in the method's order.
        var optionalShown = 0
        let shown = rows.filter { row in
            if row.required { return true }
            optionalShown += 1
            return optionalShown <= Self.shownOptionalParameters
        }
        let hidden = rows.count - shown.count
        return SkillSectionView(
            title: title(operation), method: method(operation), endpoint: endpoint(operation), purpose: purpose,
            parameters: shown.map(ParameterRowView.init),
            hasParameters: !rows.isEmpty,
            more: hidden > 0 ? "+\(hidden) optional params in \(Self.detailsLink)" : nil,
            declaration: declarationBlock(operation),
            example: surface.operations[operation.id].map { examples.example($0) },
            responseFields: responseFields(operation), clearing: clearing(operation))
    }

    /// The method's declarations and the initializers of its query families, as one code block's text.
    private func declarationBlock(_ operation: Operation) -> String? {
        guard let api = surface.operations[operation.id] else { return nil }
        let families = declarations.families(api).map { "// \($0.owner)\n\($0.text)" }
        return (declarations.methods(api) + families).joined(separator: "\n\n")
    }

    /// The first few fields a flattened body lets the caller clear, as `clearing:` cases.
    private func clearing(_ operation: Operation) -> String? {
        guard let api = surface.operations[operation.id], api.bodyFlattened,
            let fields = api.bodyType.flatMap({ surface.model($0)?.clearableProperties }), !fields.isEmpty
        else { return nil }
        let shown = fields.prefix(Self.shownClearableFields).map { "`.\(SwiftNames.unescaped($0.name))`" }
        return shown.joined(separator: ", ")
            + (fields.count > shown.count ? " and \(fields.count - shown.count) more" : "")
    }

    static let shownClearableFields = 4

    /// The response's primary fields as the reader types them, with their Swift types.
    private func responseFields(_ operation: Operation) -> [ResponseFieldView] {
        guard let api = surface.operations[operation.id], let (base, type) = examples.responseBase(api) else {
            return []
        }
        return primaryFields(examples.propertyRows(of: type)).map { ResponseFieldView(base: base, row: $0) }
    }

    /// Up to five fields: identifiers and states first, then those always present, then the rest,
    /// each group by wire name.
    private func primaryFields(_ rows: [SwiftExamples.PropertyRow]) -> [SwiftExamples.PropertyRow] {
        let preferred = ["id", "status", "name", "phone_number", "created_at"]
        let first = preferred.compactMap { wire in rows.first { $0.wireName == wire } }
        let rest = rows.filter { !preferred.contains($0.wireName) }.sorted {
            ($0.alwaysPresent ? 0 : 1, $0.wireName) < ($1.alwaysPresent ? 0 : 1, $1.wireName)
        }
        return Array((first + rest).prefix(5))
    }

    private func additionalRow(_ operation: Operation) -> SkillDocumentView.Additional {
        let required = parameterRows[operation.id, default: []].filter(\.required).map { "`\($0.name)`" }
        return SkillDocumentView.Additional(
            title: TypeNotation.tableSafe(title(operation)), method: method(operation), endpoint: endpoint(operation),
            useWhen: TypeNotation.shortDescription(operation.description ?? operation.summary),
            required: required.joined(separator: ", "))
    }

    /// The pagination note's facts: a paged operation's call, and how it sets its page size.
    private func paginationNote() -> SkillDocumentView.Pagination? {
        guard let paged = operations.first(where: { $0.pagination != nil }), let api = surface.operations[paged.id]
        else { return nil }
        return SkillDocumentView.Pagination(call: examples.call(api, inline: true), pageSize: pageSize(api))
    }

    /// The labels that set the paged call's page size, when its `page` family has a `size` member.
    private func pageSize(_ api: APISurface.OperationSurface) -> SkillDocumentView.Pagination.PageSize? {
        guard let page = api.arguments.first(where: { $0.wireName == "page" && !$0.members.isEmpty }),
            let size = page.members.first(where: { $0.wireName == "page[size]" || $0.label == "size" }),
            let pageLabel = page.label, let sizeLabel = size.label
        else { return nil }
        return .init(family: SwiftNames.unescaped(pageLabel), member: SwiftNames.unescaped(sizeLabel))
    }

    /// The operation the error-handling and testing examples use: the first one that is not a list.
    private func exampleOperation() -> APISurface.OperationSurface? {
        let candidates = plan.core + plan.supporting + plan.additional
        let chosen = candidates.first { $0.pagination == nil } ?? candidates.first
        return chosen.flatMap { surface.operations[$0.id] }
    }

    private func errorCall() -> String {
        let call = exampleOperation().map { examples.example($0) } ?? "_ = client"
        return call.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }

    /// The first three of the product's webhook cases.
    private func verification() -> SkillDocumentView.Verification {
        let cases = webhooks.prefix(3).compactMap { webhook -> SkillDocumentView.Verification.Case? in
            guard let name = surface.webhookCases[webhook.name] else { return nil }
            return SkillDocumentView.Verification.Case(caseName: SwiftNames.unescaped(name), read: eventRead(webhook))
        }
        let eventsType = surface.eventsType(of: product.name)
        let all = eventsType == nil ? surface.webhookCases.count : webhooks.count
        return SkillDocumentView.Verification(
            webhookCases: cases, otherCases: all > cases.count, eventsType: eventsType,
            delivery: delivery)
    }

    /// A typed read of an event's payload for the verification example: its id, else its first field.
    private func eventRead(_ webhook: Webhook) -> String {
        guard let type = surface.webhookTypes[webhook.name], let payload = webhook.payload else { return "event" }
        let rows = facts.notation.flatten(payload).map(\.path)
        let preferred = ["data.payload.id", "data.id", "payload.id", "id"].filter(rows.contains) + rows
        let read = preferred.lazy.compactMap { examples.read("event", $0, on: type) }.first
        return examples.text(read ?? PrintedView(chain: MemberChain(root: "event")))
    }

    /// Where the event is in Swift: its case of the events enum, and the type `event` has.
    private func swiftCase(_ webhook: Webhook) -> String? {
        guard let name = surface.webhookCases[webhook.name] else { return nil }
        let enumType = surface.eventsType(of: product.name) ?? "WebhookEvent"
        let payload = surface.webhookTypes[webhook.name].map { ", `event: \($0.description)`" } ?? ""
        return "`case .\(SwiftNames.unescaped(name))(let event)` of `\(enumType)`" + payload
    }

    private func webhookView(_ webhook: Webhook, limit: Int) -> SkillWebhookView {
        let rows = webhook.payload.map { facts.notation.flatten($0) } ?? []
        let type = surface.webhookTypes[webhook.name]
        return SkillWebhookView(
            title: webhook.summary ?? webhook.name, payloadType: type?.description,
            eventTypes: webhook.eventTypes.isEmpty ? nil : webhook.eventTypes.map { "`\($0)`" }.joined(separator: ", "),
            swiftCase: swiftCase(webhook),
            fields: rows.prefix(limit).map { row in
                SkillWebhookView.Field(row: row, swift: type.flatMap { examples.accessor(row.path, on: $0) })
            }, hasFields: !rows.isEmpty,
            more: rows.count > limit ? "+\(rows.count - limit) fields in \(Self.detailsLink)" : nil)
    }

    // MARK: - references/api-details.md

    func detailValues() -> APIDetailsView {
        var schemas: [(type: SwiftType, returnedBy: [String])] = []
        for operation in operations {
            guard let api = surface.operations[operation.id], let (base, type) = examples.responseBase(api),
                surface.model(type) != nil
            else { continue }
            // Each operation with the path its caller types to reach a property.
            let entry = title(operation) + (api.itemType != nil ? " (each item)" : " (`\(base.member("<property>"))`)")
            if let index = schemas.firstIndex(where: { $0.type == type }) {
                schemas[index].returnedBy.append(entry)
            } else {
                schemas.append((type, [entry]))
            }
        }
        var seen: Set<QualifiedName> = []
        var requestTypes: [SkillDeclarations.Block] = []
        let calls = operations.map { operation -> APIDetailsView.Call in
            if let api = surface.operations[operation.id] {
                requestTypes += declarations.builtModels(api, seen: &seen)
            }
            return APIDetailsView.Call(
                title: title(operation), method: method(operation), endpoint: endpoint(operation),
                declaration: declarationBlock(operation),
                parameters: parameterRows[operation.id, default: []].map(ParameterRowView.init))
        }
        return APIDetailsView(
            name: documentName, product: product.name, title: product.title,
            schemas: schemas.map { item in
                APIDetailsView.Schema(
                    name: item.type.description, returnedBy: item.returnedBy.joined(separator: ", "),
                    fields: examples.propertyRows(of: item.type).map(APIDetailsView.Field.init),
                    enums: APIDetailsView.EnumCases.all(of: item.type, in: surface))
            },
            calls: calls,
            requestTypes: requestTypes.map { APIDetailsView.RequestType(name: $0.owner, declaration: $0.text) },
            webhooks: webhooks.map { webhookView($0, limit: Int.max) })
    }
}
