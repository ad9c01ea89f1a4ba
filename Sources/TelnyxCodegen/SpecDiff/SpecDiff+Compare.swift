import CodegenIR
import CodegenRender

extension SpecDiff {
    /// The changes from `old` to `new`: operations matched by `METHOD path`, webhooks by name.
    public static func compare(old: APIModel, new: APIModel) -> SpecDiff {
        var comparer = Comparer(old: old, new: new)
        comparer.compareOperations()
        comparer.compareWebhooks()
        return SpecDiff(changes: comparer.changes)
    }
}

/// Collects the changes of two models.
private struct Comparer {
    let oldModel: APIModel
    let newModel: APIModel
    let old: SchemaTable
    let new: SchemaTable
    var changes: [SpecChange] = []

    init(old: APIModel, new: APIModel) {
        oldModel = old
        newModel = new
        self.old = SchemaTable(old)
        self.new = SchemaTable(new)
    }

    mutating func compareOperations() {
        let before = Dictionary(oldModel.operations.map { (key($0), $0) }) { a, _ in a }
        let after = Dictionary(newModel.operations.map { (key($0), $0) }) { a, _ in a }
        for (key, operation) in before where after[key] == nil {
            add(operation, FoundChange(severity: .breaking, kind: .operationRemoved, detail: "operation removed"))
        }
        for (key, operation) in after {
            guard let previous = before[key] else {
                add(operation, FoundChange(severity: .additive, kind: .operationAdded, detail: "operation added"))
                continue
            }
            for change in compare(previous, operation) { add(operation, change) }
        }
    }

    mutating func compareWebhooks() {
        let before = Dictionary(oldModel.webhooks.map { ($0.name, $0) }) { a, _ in a }
        let after = Dictionary(newModel.webhooks.map { ($0.name, $0) }) { a, _ in a }
        for (name, webhook) in before where after[name] == nil {
            add(webhook, FoundChange(severity: .breaking, kind: .webhookRemoved, detail: "webhook removed"))
        }
        for (name, webhook) in after {
            guard let previous = before[name] else {
                let events = webhook.eventTypes.isEmpty ? "" : " (\(webhook.eventTypes.joined(separator: ", ")))"
                add(webhook, FoundChange(severity: .additive, kind: .webhookAdded, detail: "webhook added" + events))
                continue
            }
            for change in compare(previous, webhook) { add(webhook, change) }
        }
    }

    private func key(_ operation: Operation) -> String {
        operation.method.description + " " + operation.path
    }

    /// The call as Swift spells it (`alphanumericSenderIDs.list`): the IR's names carry no language's spelling.
    private func swiftName(_ operation: Operation) -> String {
        (operation.resourcePath + [operation.methodName]).map { SwiftNames.unescaped(SwiftNames.memberName($0)) }
            .joined(separator: ".")
    }

    // MARK: - One operation

    private func compare(_ before: Operation, _ after: Operation) -> [FoundChange] {
        var found: [FoundChange] = []
        if swiftName(before) != swiftName(after) {
            found.append(
                FoundChange(
                    severity: .breaking, kind: .operationRenamed,
                    detail: "renamed from \(swiftName(before)) to \(swiftName(after))"))
        }
        found += compareParameters(before.parameters, after.parameters)
        found += compareBodies(before.requestBody, after.requestBody)
        found += compareResponses(before.successResponse, after.successResponse)
        return found
    }

    private func compareParameters(_ before: [Parameter], _ after: [Parameter]) -> [FoundChange] {
        func label(_ parameter: Parameter) -> String { "\(parameter.location.rawValue) parameter '\(parameter.name)'" }
        let oldParameters = Dictionary(before.map { (label($0), $0) }) { a, _ in a }
        let newParameters = Dictionary(after.map { (label($0), $0) }) { a, _ in a }
        var found: [FoundChange] = []
        for name in oldParameters.keys.sorted() where newParameters[name] == nil {
            found.append(FoundChange(severity: .breaking, kind: .parameterRemoved, detail: "\(name) removed"))
        }
        for name in newParameters.keys.sorted() {
            let parameter = newParameters[name]!
            guard let previous = oldParameters[name] else {
                let type = TypeBrief.describe(parameter.type, nullable: nullable(parameter, new))
                let detail = "\(name) added (\(parameter.required ? "required" : "optional"), \(type))"
                found.append(
                    FoundChange(
                        severity: parameter.required ? .breaking : .additive, kind: .parameterAdded, detail: detail))
                continue
            }
            var vocabulary = FieldVocabulary.parameter(name)
            vocabulary.fieldRequiredChanged = .parameterRequiredChanged
            vocabulary.fieldNullabilityChanged = .parameterNullabilityChanged
            var walker = FieldWalker(old: old, new: new, vocabulary: vocabulary)
            walker.compareFlags(
                required: (previous.required, parameter.required),
                nullable: (nullable(previous, old), nullable(parameter, new)), path: "")
            walker.compare(previous.type, parameter.type)
            found += walker.changes
        }
        return found
    }

    private func nullable(_ parameter: Parameter, _ table: SchemaTable) -> Bool {
        parameter.nullable || table.resolve(parameter.type).nullable
    }

    private func compareBodies(_ before: RequestBody?, _ after: RequestBody?) -> [FoundChange] {
        switch (before, after) {
        case (nil, nil): return []
        case (.some, nil):
            return [FoundChange(severity: .breaking, kind: .bodyRemoved, detail: "body removed")]
        case (nil, .some(let body)):
            let detail = "body added (\(body.required ? "required" : "optional"))"
            return [FoundChange(severity: body.required ? .breaking : .additive, kind: .bodyAdded, detail: detail)]
        case (.some(let a), .some(let b)):
            var found: [FoundChange] = []
            if a.required != b.required {
                found.append(
                    FoundChange(
                        severity: b.required ? .breaking : .additive, kind: .bodyRequiredChanged,
                        detail: "body is now \(b.required ? "required" : "optional")"))
            }
            return found + compareContents(a.contents.first, b.contents.first, vocabulary: .body)
        }
    }

    private func compareResponses(_ before: Response?, _ after: Response?) -> [FoundChange] {
        let a = before?.contents.first { $0.schema != nil }
        let b = after?.contents.first { $0.schema != nil }
        switch (a, b) {
        case (nil, nil): return []
        case (.some, nil):
            return [FoundChange(severity: .breaking, kind: .responseRemoved, detail: "response body removed")]
        case (nil, .some):
            return [FoundChange(severity: .additive, kind: .responseAdded, detail: "response body added")]
        case (.some, .some): return compareContents(a, b, vocabulary: .response())
        }
    }

    /// The first content of a body or response: its encoding, then its schema field by field.
    private func compareContents(_ before: MediaContent?, _ after: MediaContent?, vocabulary: FieldVocabulary)
        -> [FoundChange]
    {
        guard let before, let after else { return [] }
        if before.kind != after.kind {
            let detail = "\(vocabulary.rootLabel) content \(before.contentType) -> \(after.contentType)"
            return [FoundChange(severity: .breaking, kind: vocabulary.rootTypeChanged, detail: detail)]
        }
        return compareSchemas(before.schema, after.schema, vocabulary: vocabulary)
    }

    private func compareSchemas(_ before: TypeRef?, _ after: TypeRef?, vocabulary: FieldVocabulary)
        -> [FoundChange]
    {
        guard let before, let after else { return [] }
        var walker = FieldWalker(old: old, new: new, vocabulary: vocabulary)
        walker.compare(before, after)
        return walker.changes
    }

    // MARK: - One webhook

    private func compare(_ before: Webhook, _ after: Webhook) -> [FoundChange] {
        var found: [FoundChange] = []
        let oldEvents = Set(before.eventTypes)
        let newEvents = Set(after.eventTypes)
        for event in oldEvents.subtracting(newEvents).sorted() {
            found.append(
                FoundChange(severity: .breaking, kind: .eventTypeRemoved, detail: "event type '\(event)' removed"))
        }
        for event in newEvents.subtracting(oldEvents).sorted() {
            found.append(FoundChange(severity: .additive, kind: .eventTypeAdded, detail: "event type '\(event)' added"))
        }
        return found
            + compareSchemas(before.payload, after.payload, vocabulary: .response("payload", fields: "payload field"))
    }

    // MARK: - Recording

    private mutating func add(_ operation: Operation, _ change: FoundChange) {
        changes.append(
            SpecChange(
                change.severity, change.kind, product: operation.product, subject: key(operation),
                swiftName: swiftName(operation), detail: change.detail,
                order: "0 \(operation.path) \(operation.method.description)"))
    }

    private mutating func add(_ webhook: Webhook, _ change: FoundChange) {
        changes.append(
            SpecChange(
                change.severity, change.kind, product: webhook.product, subject: "webhook \(webhook.name)",
                swiftName: nil, detail: change.detail, order: "1 \(webhook.name)"))
    }
}
