/// The values one template context offers: a fixed set of keys, each answered by ``value(_:)``.
/// The keys are declared once, as an enum, so ``TemplateKeys`` can check every template against
/// them and a misspelt key is an error when the templates load, not an empty spot in the output.
/// A view that sections enter thousands of times (an operation, a property, a table row) is a final
/// class: the renderer boxes the view each time it becomes a context, and a class boxes as one
/// reference where a struct copies all of its fields (about 8% of rendering on the full spec).
protocol TemplateView: TemplateValue {
    associatedtype Key: RawRepresentable<String>, CaseIterable
    /// The value for `key`, or nil when absent (a Mustache lookup then continues in the enclosing context).
    func value(_ key: Key) -> (any TemplateValue)?
    /// The value of the key `name`, or nil when this view has no such key.
    func child(named name: String) -> (any TemplateValue)?
}

extension TemplateView {
    func child(named name: String) -> (any TemplateValue)? {
        Key(rawValue: name).flatMap(value)
    }

    /// Every key this view offers.
    static var keys: [String] { Key.allCases.map(\.rawValue) }

    var templateContent: TemplateContent { .view(self) }
}

/// What a view's key stands for: a text to print or to walk into (`{{.}}`), a flag, a nested view,
/// or a list a section repeats for.
enum TemplateContent {
    case text(String)
    case flag(Bool)
    case view(any TemplateView)
    case list(any TemplateList)
}

/// A value a view can give a template: `String`, `Bool`, a ``TemplateView``, or an array of them.
/// The renderer switches on ``templateContent`` instead of casting.
protocol TemplateValue: Sendable {
    var templateContent: TemplateContent { get }
}

extension String: TemplateValue {
    var templateContent: TemplateContent { .text(self) }
}

extension Bool: TemplateValue {
    var templateContent: TemplateContent { .flag(self) }
}

/// A list a section walks, element by element.
protocol TemplateList {
    var isEmpty: Bool { get }
    func forEachContent(_ body: (TemplateContent) -> Void)
}

extension Array: TemplateValue, TemplateList where Element: TemplateValue {
    var templateContent: TemplateContent { .list(self) }

    func forEachContent(_ body: (TemplateContent) -> Void) {
        for element in self { body(element.templateContent) }
    }
}

/// A value the template tests for or prints, or `false`: a nil would make Mustache look the key
/// up in the enclosing context (a property without a doc comment would print its type's).
func presentOrFalse(_ value: (any TemplateValue)?) -> any TemplateValue {
    value ?? false
}

/// Every template the renderer uses, with the views whose keys it may name (its own and those of
/// the sections and partials it contains: Mustache looks names up through all of them).
enum TemplateName: String, CaseIterable, Sendable {
    case file = "swift/file"
    case model = "swift/model"
    case enumeration = "swift/enum"
    case union = "swift/union"
    case alias = "swift/alias"
    case nested = "swift/nested"
    case operation = "swift/operation"
    case method = "swift/method"
    case declaration = "swift/declaration"
    case initializer = "swift/initializer"
    case groupInitializer = "swift/group-initializer"
    case client = "swift/client"
    case resource = "swift/resource"
    case accessors = "swift/accessors"
    case webhooks = "swift/webhooks"
    case webhookEvents = "swift/webhook-events"
    case skill = "skills/SKILL.md"
    case skillOperation = "skills/operation"
    case skillWebhook = "skills/webhook"
    case skillExample = "skills/example"
    case skillCall = "skills/call"
    case skillValue = "skills/value"
    case skillPrinted = "skills/printed"
    case apiDetails = "skills/api-details.md"
    case skillErrors = "skills/errors"
    case skillSignature = "skills/signature"
    case skillVerification = "skills/verification"
    case doccProduct = "docc/product.md"
    case doccModule = "docc/module.md"
    case testingOperations = "testing/operations"
    case testingCatalog = "testing/catalog"
    case testingWebhooks = "testing/webhook-examples"

    /// The view types this template's contexts come from.
    var views: [any TemplateView.Type] {
        switch self {
        case .file: [FileView.self]
        case .model:
            [
                ModelView.self, ModelView.SchemaTable.self, ModelView.Property.self, ModelView.Assignment.self,
                ParameterView.self, DocLineView.self,
            ]
        case .enumeration: [EnumView.self, EnumView.Case.self, DocLineView.self]
        case .union:
            [
                UnionView.self, UnionView.Variant.self, UnionView.Discriminator.self, UnionView.LiteralView.self,
                UnionView.Fit.self, UnionView.Shape.self, UnionView.Member.self, ModelView.Property.self,
                DocLineView.self,
            ]
        case .alias: [AliasView.self, DocLineView.self]
        case .nested:
            [NestedView.self] + TemplateName.model.views + TemplateName.enumeration.views + TemplateName.union.views
                + TemplateName.alias.views
        case .operation:
            [
                OperationView.self, OperationView.FieldView.self, OperationView.BodyView.self,
                OperationView.Flattened.self, OperationView.GroupView.self, OperationView.PathSegmentView.self,
                ParameterView.self, ArgumentView.self, DocLineView.self,
            ]
        case .method: [OperationView.self, OperationView.Flattened.self, ParameterView.self, DocLineView.self]
        case .declaration: [OperationView.self, OperationView.Flattened.self, ParameterView.self, DocLineView.self]
        case .initializer: [ModelView.self, ParameterView.self]
        case .groupInitializer: [OperationView.GroupView.self, ParameterView.self]
        case .client: [ClientView.self, ClientView.Accessor.self]
        case .resource: [ClientView.Resource.self, ClientView.Accessor.self]
        case .accessors: [ClientView.Accessors.self, ClientView.Accessor.self]
        case .webhooks: [WebhooksResourceView.self]
        case .webhookEvents: [WebhooksView.self, WebhooksView.Event.self, DocLineView.self]
        case .skill:
            [
                SkillDocumentView.self, SkillSectionView.self, ParameterRowView.self, ResponseFieldView.self,
                SkillDocumentView.Additional.self,
                SkillDocumentView.Verification.self, SkillDocumentView.Verification.Case.self,
                SkillDocumentView.Pagination.self, SkillDocumentView.Pagination.PageSize.self,
            ]
                + TemplateName.skillWebhook.views
        case .skillOperation: [SkillSectionView.self, ParameterRowView.self, ResponseFieldView.self]
        case .skillErrors: [SkillDocumentView.self]
        case .skillSignature: [SkillSectionView.self, APIDetailsView.Call.self, ParameterRowView.self]
        case .skillVerification:
            [SkillDocumentView.self, SkillDocumentView.Verification.self, SkillDocumentView.Verification.Case.self]
        case .doccProduct: TemplateName.skill.views
        case .doccModule: [DocCModuleView.self]
        case .skillWebhook: [SkillWebhookView.self, SkillWebhookView.Field.self]
        case .skillExample: [SkillExampleView.self]
        case .skillPrinted: [PrintedView.self]
        case .skillCall: [SkillCallView.self, ArgumentView.self]
        case .skillValue: [ExampleValueView.self, ArgumentView.self]
        case .apiDetails:
            [
                APIDetailsView.self, APIDetailsView.Schema.self, APIDetailsView.Field.self,
                APIDetailsView.Call.self, APIDetailsView.RequestType.self, APIDetailsView.EnumCases.self,
                ArgumentView.self, ParameterRowView.self,
            ] + TemplateName.skillWebhook.views
        case .testingOperations:
            [
                OperationNamesView.self, OperationNamesView.Accessor.self, OperationNamesView.Resource.self,
                OperationNamesView.Method.self,
            ]
        case .testingCatalog: [CatalogView.self]
        case .testingWebhooks: [WebhookExamplesView.self, WebhookExamplesView.Example.self]
        }
    }

    /// Every key any of ``views`` offers.
    var keys: Set<String> { Set(views.flatMap { $0.keys }) }
}
