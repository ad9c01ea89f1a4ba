// Generated from Templates/ by `telnyx-codegen embed-templates`. Do not edit.

/// The default templates, compiled into the binary so the generator runs without `Templates/`.
enum EmbeddedTemplates {
    static let all: [String: String] = [
        "docc/module.md": #"""
{{%CONTENT_TYPE:TEXT}}
# ``{{module}}``

{{summary}}

## Overview

{{overview}}
{{#example}}

```swift
{{.}}
```
{{/example}}

"""#,
        "docc/product.md": #"""
{{%CONTENT_TYPE:TEXT}}
# ``{{module}}``

{{summary}}

## Overview

Add the `{{module}}` product of the `telnyx-swift` package to your target's dependencies and import it:

```swift
import {{module}}

let client = TelnyxClient()  // reads TELNYX_API_KEY (and optionally TELNYX_BASE_URL)
```

Each method's page lists its arguments with their wire names, formats and allowed values. The skill
document `Generated/skills/{{name}}` has the same tasks with every parameter and response table.
{{#hasCore}}

### Core tasks
{{#core}}

#### {{title}}

{{#purpose}}
{{.}}

{{/purpose}}
`{{method}}()` sends `{{endpoint}}`.
{{#example}}

```swift
{{.}}
```
{{/example}}
{{/core}}
{{/hasCore}}
{{#verification}}

### Webhooks

{{> skills/verification}}
{{/verification}}
{{#hasWebhooks}}

The events of this module:
{{#webhooks}}
- {{title}}{{#eventTypes}} ({{.}}){{/eventTypes}}{{#swiftCase}}: {{.}}{{/swiftCase}}
{{/webhooks}}
{{/hasWebhooks}}

### Errors

{{> skills/errors}}

"""#,
        "skills/SKILL.md": #"""
{{%CONTENT_TYPE:TEXT}}
---
name: {{name}}
description: >-
  {{description}}
metadata:
  author: telnyx
  product: {{product}}
  language: swift
  generated_by: telnyx-codegen
---

<!-- Auto-generated from Telnyx OpenAPI specs. Do not edit. -->

# Telnyx {{title}} - Swift

## Installation

Add the package to `Package.swift` and the `{{module}}` product to your target:

```text
{{#published}}
.package(url: "{{packageURL}}", from: "{{packageVersion}}")
{{/published}}
{{^published}}
.package(name: "telnyx-swift", path: "../telnyx-swift")  // a local checkout: the package is not published yet
{{/published}}
.product(name: "{{module}}", package: "telnyx-swift")
```

## Setup

```swift
import {{module}}

let client = TelnyxClient()  // reads TELNYX_API_KEY (and optionally TELNYX_BASE_URL)
```

To pass the key (and another base URL) in code: `TelnyxClient(apiKey: key, baseURL: URL(string: "https://api.telnyx.com/v2"))`. Per request, `options: RequestOptions(timeout: 10, maxRetries: 0, idempotencyKey: "order-42")` overrides the client's settings.

To test your code offline, add the `TelnyxTesting` product to your test target (it covers every operation, so it builds the whole API, the umbrella `Telnyx`): with `let transport = TelnyxTestTransport()`, a `TelnyxClient(configuration: .testing(transport))` sends nothing over the network and needs no API key; every call gets the spec's response example and every request is checked against the spec. `transport.stub(.{{testingOperation}}, .status(422, errors: [.init(code: "10015", title: "Invalid")]))` (or `.json(...)`, `.pages([...])`, `.example.delayed(by: .seconds(1))`, a closure that gets the request and returns one of these `TestResponse`s) changes an answer, `transport.requests(for: .{{testingOperation}})` lists what was sent (each a `RecordedRequest`: `method`, `path`, `queryValue(_:)`, `headers`, `pathParameters`, and the body as `json`, a `JSONValue` compared with literals: `request.json?["to"] == "+18445550001"`), `WebhookExamples` has each webhook's example payload (a property per `WebhookEvent` case), and `WebhookSigner.test.sign(_:)` signs one for `client.webhooks.unwrap`.

All examples below assume `client` is already initialized as shown above.

## Error Handling

{{> skills/errors}}

## Important Notes

{{#pagination}}
- **Pagination:** list methods return `PageSequence<Item>`, an `AsyncSequence` that fetches the next page while you iterate: `for try await item in {{call}} { ... }`; `try await {{call}}.collect(limit: 100)` gathers items into an array, `.pages` iterates whole pages (`page.items`, `page.hasNextPage`).{{#pageSize}} The page size is an argument: `{{family}}: .init({{member}}: 50)`.{{/pageSize}}
{{/pagination}}
{{#hasPhoneNumbers}}
- **Phone numbers** are in E.164 format with a leading `+` (`+13125550001`).
{{/hasPhoneNumbers}}
{{#hasUntypedJSON}}
- **Untyped JSON** (`JSONValue`, where the spec declares no model) is written as a literal (`["name": "Ops", "tags": ["a"], "limit": 5]`) and read with subscripts and typed accessors, each optional: `answer["data"]?["id"]?.stringValue`, `intValue`, `doubleValue`, `boolValue`, `arrayValue`, `objectValue`, `isNull`.
{{/hasUntypedJSON}}
- **Values of several shapes** (`string | array[string]` in a table, a `...Union` type in the declaration) take a literal of any of their shapes (`to: "+18445550001"`, `to: ["+18445550001", "+18445550002"]`); a value you hold goes in its case: `.string(number)`, `.stringArray(numbers)`, `.int(count)`, `.bool(flag)`, or the model's case (`.hangupTool(tool)`), as the union's declaration lists them.
- **Optional fields:** response fields the API marks required are non-optional (a response missing one fails to decode with a `.decoding` error naming the model, the key and the request id); the others are optional properties. Request fields take plain values (`nil` or leaving an argument out sends nothing); to clear a field the API lets you set to `null`, list it in `clearing:` (`clearing: [.webhookFailoverURL]`).
- **Argument order:** Swift wants labelled arguments in the order the method declares them; the parameter tables list them in that order: path parameters, the other required parameters, the body's fields (required ones first, then those the spec's example uses), the optional parameters (always `filter:`, `page:`, `sort:`, then the other query parameters by name, then headers), and last `clearing:` and `options:`. Fields documented as `date-time` take a `Date`.
{{#hasCaveats}}

## Operational Caveats

{{#caveats}}
- {{.}}
{{/caveats}}
{{/hasCaveats}}
{{#hasCore}}

## Core Tasks
{{#core}}

{{> skills/operation}}
{{/core}}
{{/hasCore}}
{{#verification}}

### Webhook Verification

{{> skills/verification}}
{{/verification}}
{{#hasWebhooks}}

## Webhooks
{{#webhooks}}

{{> skills/webhook}}
{{/webhooks}}
{{/hasWebhooks}}
{{#hasSupporting}}

## Important Supporting Operations
{{#supporting}}

{{> skills/operation}}
{{/supporting}}
{{/hasSupporting}}
{{#hasAdditional}}

## Additional Operations

Each of these, with its Swift declaration and every parameter, is in [references/api-details.md](references/api-details.md#operations).

| Operation | SDK method | Endpoint | Use when | Required params |
| --- | --- | --- | --- | --- |
{{#additional}}
| {{title}} | `{{method}}()` | `{{endpoint}}` | {{useWhen}} | {{required}} |
{{/additional}}
{{/hasAdditional}}

"""#,
        "skills/api-details.md": #"""
{{%CONTENT_TYPE:TEXT}}
# {{title}} (Swift) — API Details

<!-- Auto-generated from Telnyx OpenAPI specs. Do not edit. -->

## Table of Contents

{{#hasCalls}}
- [Operations](#operations)
{{/hasCalls}}
{{#hasRequestTypes}}
- [Request Types](#request-types)
{{/hasRequestTypes}}
{{#hasSchemas}}
- [Response Schemas](#response-schemas)
{{/hasSchemas}}
{{#hasWebhooks}}
- [Webhook Payload Fields](#webhook-payload-fields)
{{/hasWebhooks}}
{{#hasCalls}}

## Operations

Each method as the client declares it (the overload that takes the body's fields, then the one
that takes the body whole), the initializers of its `filter:`/`page:` values, and every parameter,
in the order the method takes it, with its wire name.
{{#calls}}

### {{title}}

{{> skills/signature}}
{{/calls}}
{{/hasCalls}}
{{#hasRequestTypes}}

## Request Types

The models the calls above take, with their initializers.
{{#requestTypes}}

### {{name}}

```swift declaration
{{declaration}}
```
{{/requestTypes}}
{{/hasRequestTypes}}
{{#hasSchemas}}

## Response Schemas
{{#schemas}}

### {{name}}

**Returned by:** {{returnedBy}}

| Property | Swift type | Always present |
| --- | --- | --- |
{{#fields}}
| `{{name}}`{{#wire}} (`{{.}}`){{/wire}} | `{{type}}` | {{alwaysPresent}} |
{{/fields}}
{{#enums}}

`{{type}}`: {{#cases}}`.{{value}}`{{^last}}, {{/last}}{{/cases}}, and `.unknown({{rawType}})` for a value this client does not list.
{{/enums}}
{{/schemas}}
{{/hasSchemas}}
{{#hasWebhooks}}

## Webhook Payload Fields
{{#webhooks}}

{{> skills/webhook}}
{{/webhooks}}
{{/hasWebhooks}}

"""#,
        "skills/call": #"""
{{%CONTENT_TYPE:TEXT}}
{{#multiline}}
{{#head}}{{.}}{{/head}}{{^head}}.init{{/head}}(
{{#arguments}}
    {{#label}}{{.}}: {{/label}}{{value}}{{^last}},{{/last}}
{{/arguments}}
)
{{/multiline}}
{{^multiline}}
{{#head}}{{.}}{{/head}}{{^head}}.init{{/head}}({{#arguments}}{{#label}}{{.}}: {{/label}}{{value}}{{^last}}, {{/last}}{{/arguments}})
{{/multiline}}

"""#,
        "skills/errors": #"""
{{%CONTENT_TYPE:TEXT}}
{{! How calls fail, shared by SKILL.md and the DocC landing page. }}
Calls are `async throws` and throw `TelnyxError`: `kind` tells HTTP errors (`.http(status:)`) from connection failures, timeouts and decoding errors; `errors` holds the API's error details (`code`, `title`, `detail`, `source`; `error.code` is the first code), `requestID` the id to quote to support, `headers` the response headers and `retryAfter` the wait the API asked for. Failures worth retrying (408, 409, 429, 5xx, connection errors and timeouts) are retried `maxRetries` times (default 2; `RequestOptions(maxRetries:)` per request) with exponential backoff that honours `Retry-After`, before the error reaches you.

```swift
do {
{{errorCall}}
} catch let error as TelnyxError {
    switch error.kind {
    case .http(status: 401): print("Invalid API key")
    case .http(status: 403): print("The API key may not do this")
    case .http(status: 404): print("Not found")
    case .http(status: 422):
        let details = error.errors.compactMap(\.detail).joined(separator: "; ")
        print("Invalid request (code \(error.code ?? "none")): \(details)")
    case .http(status: 429): print("Still rate limited after retries; wait \(error.retryAfter ?? .seconds(1))")
    default: print(error)
    }
}
```

Common error codes: `401` invalid API key, `403` insufficient permissions, `404` resource not found, `422` validation error (check field formats), `429` rate limited (already retried by the client; if it still fails, wait `error.retryAfter` before trying again).

Set `TELNYX_LOG=info` to log one line per attempt to stderr (method, path, status, attempt, retry delay, request id), or `TELNYX_LOG=debug` to add the bodies with secrets redacted; or give `TelnyxConfiguration(logger:)` a swift-log `Logger`. The API key is never logged.

"""#,
        "skills/example": #"""
{{%CONTENT_TYPE:TEXT}}
{{#loopVariable}}
for try await {{.}} in {{call}} {
    {{printed}}
}
{{/loopVariable}}
{{#returnsValue}}
let response = try await {{call}}
{{printed}}
{{/returnsValue}}
{{#returnsNothing}}
try await {{call}}
{{/returnsNothing}}

"""#,
        "skills/operation": #"""
{{%CONTENT_TYPE:TEXT}}
### {{title}}

{{#purpose}}
{{.}}

{{/purpose}}
{{> skills/signature}}
{{#example}}

```swift
{{.}}
```
{{/example}}
{{#clearing}}

To clear a field (send `null`), list it in `clearing:`: this method takes {{.}}.
{{/clearing}}
{{#hasResponseFields}}

Primary response fields (all of them: [references/api-details.md](references/api-details.md#response-schemas)):

| Field | Swift type | Always present |
| --- | --- | --- |
{{#responseFields}}
| `{{path}}`{{#wire}} (`{{.}}`){{/wire}} | `{{type}}` | {{alwaysPresent}} |
{{/responseFields}}
{{/hasResponseFields}}

"""#,
        "skills/printed": #"""
{{%CONTENT_TYPE:TEXT}}
{{! What an example prints: a member chain, bound first when it can be nil, so no Optional(...) is printed. }}
{{#binding}}if let {{.}} = {{path}} { print({{.}}) }{{/binding}}{{^binding}}print({{path}}){{/binding}}

"""#,
        "skills/signature": #"""
{{%CONTENT_TYPE:TEXT}}
{{! An operation's method, endpoint, declarations and parameter table: SKILL.md's sections and api-details' Operations. }}
`{{method}}()` — `{{endpoint}}`
{{#declaration}}

```swift declaration
{{.}}
```
{{/declaration}}
{{#hasParameters}}

| Parameter | Type | Required | Description |
| --- | --- | --- | --- |
{{#parameters}}
| `{{name}}`{{#wire}} (`{{.}}`){{/wire}} | {{type}} | {{required}} | {{description}} |
{{/parameters}}
{{#more}}
| ... | | | {{.}} |
{{/more}}
{{/hasParameters}}

"""#,
        "skills/value": #"""
{{%CONTENT_TYPE:TEXT}}
{{! One example value in a skill document's Swift code (an initializer is written by skills/call). }}
{{#literal}}
{{.}}
{{/literal}}
{{#array}}
[{{#elements}}{{value}}{{^last}}, {{/last}}{{/elements}}]
{{/array}}
{{#enumCase}}
.{{.}}
{{/enumCase}}
{{#unionCase}}
.{{.}}({{payload}})
{{/unionCase}}
{{#emptyModel}}
try .init(json: [:])
{{/emptyModel}}
{{#emptyUnion}}
try .init(json: [:])
{{/emptyUnion}}
{{#now}}
Date()
{{/now}}
{{#emptyData}}
Data()
{{/emptyData}}
{{#emptyObject}}
[:]
{{/emptyObject}}

"""#,
        "skills/verification": #"""
{{%CONTENT_TYPE:TEXT}}
{{! How to verify and decode a delivery, shared by SKILL.md and the DocC landing page. }}
Telnyx signs each delivery with Ed25519: `telnyx-signature-ed25519` holds the base64 signature of the bytes `{telnyx-timestamp}|{raw body}`, and `telnyx-timestamp` the Unix time in seconds. `client.webhooks.unwrap` checks them (header names in any case; `headers` is a `[String: String]` or swift-http-types' `HTTPFields`, as Hummingbird 2 and Vapor hand them over) against the body exactly as received (pass the raw bytes, never re-serialized JSON) with your account's public key (base64, from the portal: read from `TELNYX_PUBLIC_KEY`, set as `TelnyxClient(configuration: TelnyxConfiguration(webhookPublicKey: key))`, or passed per call as `client.webhooks.unwrap(body, headers: headers{{#eventsType}}, as: {{.}}.self{{/eventsType}}, publicKey: key)`), rejects deliveries older than 5 minutes (`tolerance:`) and decodes the event{{#eventsType}} as this product's `{{.}}` (with `import Telnyx`, `client.webhooks.unwrap(body, headers: headers)` decodes any event of the API as a `WebhookEvent`){{/eventsType}}.

{{#delivery}}
A delivery, as your server receives it:

```text
POST /your/webhook/path HTTP/1.1
content-type: application/json
telnyx-timestamp: 1733500000
telnyx-signature-ed25519: <base64 of the Ed25519 signature of the bytes "1733500000|" + the body>

{{.}}
```

{{/delivery}}
```swift
import HTTPTypes

// In a server's handler: `body` is the raw request body, `headers` its headers (`HTTPFields`, as
// Hummingbird 2 and Vapor hand them over; a `[String: String]` works the same way).
func handleWebhook(body: Data, headers: HTTPFields) throws {
    switch try client.webhooks.unwrap(body, headers: headers{{#eventsType}}, as: {{.}}.self{{/eventsType}}) {
{{#webhookCases}}
    case .{{caseName}}(let event):
        {{read}}
{{/webhookCases}}
    case .unknown(let json):
        print("an event type this client does not know:", json)
{{#otherCases}}
    default:
        break
{{/otherCases}}
    }
}
```

"""#,
        "skills/webhook": #"""
{{%CONTENT_TYPE:TEXT}}
### {{title}}{{#payloadType}}: `{{.}}`{{/payloadType}}

{{#eventTypes}}
Event types: {{.}}

{{/eventTypes}}
{{#swiftCase}}
Swift: {{.}}

{{/swiftCase}}
{{#hasFields}}
| Field | Swift type | Always present | Description |
| --- | --- | --- | --- |
{{#fields}}
| {{#accessor}}`{{accessor}}`{{#wirePath}} (`{{wirePath}}`){{/wirePath}}{{/accessor}}{{^accessor}}`{{path}}`{{/accessor}} | {{type}} | {{alwaysPresent}} | {{description}} |
{{/fields}}
{{#more}}
| ... | | | {{.}} |
{{/more}}
{{/hasFields}}
{{^hasFields}}
The payload has no documented fields.
{{/hasFields}}

"""#,
        "swift/accessors": #"""
{{%CONTENT_TYPE:TEXT}}
extension {{typeName}} {
{{#children}}
    /// `{{path}}`
    public var {{accessor}}: {{childTypeName}} { {{childTypeName}}(client: client) }
{{^last}}

{{/last}}
{{/children}}
}

"""#,
        "swift/alias": #"""
{{%CONTENT_TYPE:TEXT}}
{{#doc}}
///{{#text}} {{.}}{{/text}}
{{/doc}}
public typealias {{name}} = {{target}}

"""#,
        "swift/client": #"""
{{%CONTENT_TYPE:TEXT}}
/// The Telnyx API client.
///
/// ```swift
/// let client = TelnyxClient()  // reads TELNYX_API_KEY, optional TELNYX_BASE_URL
/// for try await profile in client.messagingProfiles.list() { print(profile.name ?? "") }
/// ```
public struct TelnyxClient: Sendable {
    /// The client that sends requests, with its configuration.
    public let client: APIClient

    /// A client with the given configuration (by default read from the environment).
    public init(configuration: TelnyxConfiguration = TelnyxConfiguration()) {
        self.client = APIClient(configuration: configuration)
    }

    /// A client with an explicit API key and optional base URL.
    public init(apiKey: String, baseURL: URL? = nil) {
        self.init(configuration: TelnyxConfiguration(apiKey: apiKey, baseURL: baseURL))
    }

    /// Verifies and decodes webhooks.
    public var webhooks: WebhooksResource { WebhooksResource(client: client) }

    /// Sends a request for an endpoint the spec does not list, with this client's authentication,
    /// retries, logging and errors, and returns its JSON body: `try await client.request("GET", "/balance")`.
    public func request(
        _ method: String, _ path: String, query: KeyValuePairs<String, String> = [:], body: JSONValue? = nil,
        options: RequestOptions = .none
    ) async throws -> JSONValue {
        try await client.request(method, path, query: query, body: body, options: options)
    }

    /// ``request(_:_:query:body:options:)`` with the body converted to `type` (`as: MessagingProfile.self`).
    public func request<T: JSONConvertible>(
        _ method: String, _ path: String, query: KeyValuePairs<String, String> = [:], body: JSONValue? = nil,
        options: RequestOptions = .none, as type: T.Type
    ) async throws -> T {
        try await client.request(method, path, query: query, body: body, options: options, as: type)
    }
{{#children}}

    /// `{{path}}`
    public var {{accessor}}: {{typeName}} { {{typeName}}(client: client) }
{{/children}}
}

"""#,
        "swift/declaration": #"""
{{%CONTENT_TYPE:TEXT}}
{{! Each line starts with the indent value instead of the partial tag's indentation: swift-mustache, the reference renderer, does not indent lines made inside a partial's sections. }}
{{indent}}public func {{methodName}}(
{{#signature}}
{{indent}}    {{#unlabeled}}_ {{/unlabeled}}{{label}}: {{type}}{{#defaultsToNil}} = nil{{/defaultsToNil}}{{#defaultsToEmpty}} = []{{/defaultsToEmpty}},
{{/signature}}
{{indent}}    options: RequestOptions = .none
{{indent}}){{#isPaginated}} -> PageSequence<{{itemType}}>{{/isPaginated}}{{^isPaginated}} async throws{{#returnType}} -> {{returnType}}{{/returnType}}{{/isPaginated}}{{opening}}

"""#,
        "swift/enum": #"""
{{%CONTENT_TYPE:TEXT}}
{{#doc}}
///{{#text}} {{.}}{{/text}}
{{/doc}}
public enum {{name}}: OpenEnum, QueryValue {
{{#cases}}
    case {{name}}
{{/cases}}
    /// A value this version of the client does not list; it is sent back unchanged.
    case unknown({{rawType}})

    public init(rawValue: {{rawType}}) {
        switch rawValue {
{{#cases}}
        case {{literal}}: self = .{{name}}
{{/cases}}
{{^exhaustive}}
        default: self = .unknown(rawValue)
{{/exhaustive}}
        }
    }

    public var rawValue: {{rawType}} {
        switch self {
{{#cases}}
        case .{{name}}: {{literal}}
{{/cases}}
        case .unknown(let value): value
        }
    }
{{#mixed}}

    /// Accepts the value written as a number or as a string.
    public init(json: JSONValue) throws {
        self.init(rawValue: try String(lenientJSON: json))
    }

    /// The value as the API lists it (a number or a string).
    public var json: JSONValue {
        switch self {
{{#cases}}
        case .{{name}}: .{{jsonCase}}({{jsonLiteral}})
{{/cases}}
        case .unknown(let value): .string(value)
        }
    }
{{/mixed}}
}

"""#,
        "swift/file": #"""
{{%CONTENT_TYPE:TEXT}}
// Generated by telnyx-codegen from {{specTitle}} {{specVersion}}.
// Do not edit: change the spec or the templates and run `telnyx-codegen generate`.
{{#imports}}
import {{.}}
{{/imports}}
{{#exportedImports}}
@_exported import {{.}}
{{/exportedImports}}
{{#generatedImports}}
@_spi(Generated) import {{.}}
{{/generatedImports}}
{{#sections}}

{{.}}
{{/sections}}

"""#,
        "swift/group-initializer": #"""
{{%CONTENT_TYPE:TEXT}}
public init({{#memberParameters}}{{label}}: {{type}}{{#defaultsToNil}} = nil{{/defaultsToNil}}{{#defaultsToEmpty}} = []{{/defaultsToEmpty}}{{^last}}, {{/last}}{{/memberParameters}}){{opening}}

"""#,
        "swift/initializer": #"""
{{%CONTENT_TYPE:TEXT}}
{{! Each line starts with the indent value instead of the partial tag's indentation: swift-mustache, the reference renderer, does not indent lines made inside a partial's sections. }}
{{indent}}public init(
{{#initParameters}}
{{indent}}    {{label}}: {{type}}{{#defaultsToNil}} = nil{{/defaultsToNil}}{{#defaultsToEmpty}} = []{{/defaultsToEmpty}}{{^last}},{{/last}}
{{/initParameters}}
{{indent}}){{opening}}

"""#,
        "swift/method": #"""
{{%CONTENT_TYPE:TEXT}}
{{#doc}}
    ///{{#text}} {{.}}{{/text}}
{{/doc}}
{{#deprecated}}
    @available(*, deprecated, message: "Deprecated by the Telnyx API.")
{{/deprecated}}
{{> swift/declaration}}

"""#,
        "swift/model": #"""
{{%CONTENT_TYPE:TEXT}}
{{#doc}}
///{{#text}} {{.}}{{/text}}
{{/doc}}
public struct {{name}}: JSONModel {
    @_spi(Generated) public let storage: [String: JSONValue]
{{#schemaTable}}
    @_spi(Generated) public static let schemaMembers = SchemaMember.table(
        """
{{#lines}}
        {{.}}
{{/lines}}
        """{{#types}}, {{.}}.self{{/types}})
{{/schemaTable}}

    @_spi(Generated) public init(storage: [String: JSONValue]) {
        self.storage = storage
    }
{{#buildable}}

    /// Creates a value from its fields; `nil` leaves a field out of the JSON.
{{> swift/initializer}}
        self.storage = [:]
{{#initAssignments}}
        set({{#sendsNullForNil}}Nullable({{name}}){{/sendsNullForNil}}{{^sendsNullForNil}}{{name}}{{/sendsNullForNil}}, forKey: {{key}})
{{/initAssignments}}
{{#hasClearable}}
        clear(clearing)
{{/hasClearable}}
    }
{{/buildable}}
{{#hasClearable}}

    /// The fields `clearing:` sends as JSON `null`, which clears them.
    public enum Clearable: String, Sendable {
{{#clearableFields}}
        case {{name}} = {{key}}
{{/clearableFields}}
    }
{{/hasClearable}}
{{#properties}}

{{#doc}}
    ///{{#text}} {{.}}{{/text}}
{{/doc}}
    public var {{name}}: {{type}}{{#optional}}? { value(forKey: {{key}}) }{{/optional}}{{^optional}} { requiredValue(forKey: {{key}}) }{{/optional}}
{{/properties}}
}

"""#,
        "swift/nested": #"""
{{%CONTENT_TYPE:TEXT}}
extension {{parent}} {
{{#model}}
    {{> swift/model}}
{{/model}}
{{#enumeration}}
    {{> swift/enum}}
{{/enumeration}}
{{#union}}
    {{> swift/union}}
{{/union}}
{{#alias}}
    {{> swift/alias}}
{{/alias}}
}

"""#,
        "swift/operation": #"""
{{%CONTENT_TYPE:TEXT}}
extension {{resourceType}} {
{{> swift/method}}
        let request = {{parametersType}}({{#arguments}}{{#labeled}}{{argumentLabel}}: {{/labeled}}{{name}}{{^last}}, {{/last}}{{/arguments}}).makeRequest()
{{#isPaginated}}
        return client.paginate(request, pagination: .{{paginationCase}}{{#paginationHasArguments}}({{#paginationArguments}}{{label}}: {{#value}}{{.}}{{/value}}{{^value}}nil{{/value}}{{^last}}, {{/last}}{{/paginationArguments}}){{/paginationHasArguments}}, itemsKey: {{itemsKey}}, options: options, as: {{itemType}}.self)
{{/isPaginated}}
{{#isJSON}}
        return try await client.perform(request, options: options, as: {{returnType}}.self)
{{/isJSON}}
{{#isText}}
        return String(decoding: try await client.performData(request, options: options), as: UTF8.self)
{{/isText}}
{{#isData}}
        return try await client.performData(request, options: options)
{{/isData}}
{{#isVoid}}
        try await client.performVoid(request, options: options)
{{/isVoid}}
    }
{{#flattened}}

{{> swift/method}}
        {{^isPaginated}}try await {{/isPaginated}}self.{{methodName}}({{#arguments}}{{#labeled}}{{argumentLabel}}: {{name}}, {{/labeled}}{{^labeled}}{{bodyType}}({{#bodyArguments}}{{label}}: {{value}}{{^last}}, {{/last}}{{/bodyArguments}}), {{/labeled}}{{/arguments}}options: options)
    }
{{/flattened}}

    /// The parameters of `{{httpMethod}} {{specPath}}` (`{{specOperationID}}`).
    public struct {{parametersType}}: Sendable {
{{#fields}}
{{#doc}}
        ///{{#text}} {{.}}{{/text}}
{{/doc}}
        public let {{name}}: {{type}}
{{/fields}}

        public init({{#initParameters}}{{#unlabeled}}_ {{/unlabeled}}{{label}}: {{type}}{{#defaultsToNil}} = nil{{/defaultsToNil}}{{#defaultsToEmpty}} = []{{/defaultsToEmpty}}{{^last}}, {{/last}}{{/initParameters}}) {
{{#fields}}
            self.{{name}} = {{name}}
{{/fields}}
        }

{{#groups}}
        public struct {{typeName}}: Sendable {
{{#members}}
{{#doc}}
            ///{{#text}} {{.}}{{/text}}
{{/doc}}
            public let {{name}}: {{type}}
{{/members}}

            {{> swift/group-initializer}}
{{#members}}
                self.{{name}} = {{name}}
{{/members}}
            }
        }

{{/groups}}
        /// The HTTP request for these parameters. Pure: no I/O and no client state.
        @_spi(Generated) public func makeRequest() -> APIRequest {
            {{#changesRequest}}var{{/changesRequest}}{{^changesRequest}}let{{/changesRequest}} request = APIRequest(method: {{method}}, path: "{{#pathSegments}}{{#literal}}{{.}}{{/literal}}{{#parameter}}\(APIRequest.pathComponent({{.}})){{/parameter}}{{/pathSegments}}", operationID: {{operationID}})
{{#queryFields}}
            request.addQuery({{key}}, {{#group}}{{.}}{{#groupOptional}}?{{/groupOptional}}.{{/group}}{{name}}{{^explode}}, explode: false{{/explode}})
{{/queryFields}}
{{#queryJSONFields}}
            request.addQuery({{key}}, json: {{#group}}{{.}}{{#groupOptional}}?{{/groupOptional}}.{{/group}}{{name}}{{#optional}}?{{/optional}}.json)
{{/queryJSONFields}}
{{#headerFields}}
            request.addHeader({{key}}, {{name}})
{{/headerFields}}
{{#headerJSONFields}}
            request.addHeader({{key}}, {{name}}{{#optional}}?{{/optional}}.json.description)
{{/headerJSONFields}}
{{#accept}}
            request.addHeader("Accept", {{accept}})
{{/accept}}
{{#body}}
            {{#optional}}if let body { {{/optional}}{{#json}}request.setJSONBody(body){{/json}}{{#form}}request.setFormBody(body.json){{/form}}{{#multipartFields}}request.setMultipartBody(body.json, binaryFields: {{.}}){{/multipartFields}}{{#binaryContentType}}request.setBinaryBody(body, contentType: {{.}}){{/binaryContentType}}{{#textContentType}}request.body = .text(body, contentType: {{.}}){{/textContentType}}{{#optional}} }{{/optional}}
{{/body}}
            return request
        }
    }
}

"""#,
        "swift/resource": #"""
{{%CONTENT_TYPE:TEXT}}
/// The `{{dottedPath}}` resource.
public struct {{typeName}}: Sendable {
    public let client: APIClient

    public init(client: APIClient) {
        self.client = client
    }
{{#children}}

    /// `{{path}}`
    public var {{accessor}}: {{typeName}} { {{typeName}}(client: client) }
{{/children}}
}

"""#,
        "swift/union": #"""
{{%CONTENT_TYPE:TEXT}}
{{#doc}}
///{{#text}} {{.}}{{/text}}
{{/doc}}
public enum {{name}}: JSONUnion{{#literals}}, {{protocolName}}{{/literals}} {
{{#variants}}
    case {{caseName}}({{type}})
{{/variants}}
    /// A shape this version of the client does not know; it is sent back unchanged.
    case unknown(JSONValue)

{{#discriminator}}
    /// Decodes the variant named by `{{property}}`.
    public init(json: JSONValue) throws {
        switch UnionDecoding.discriminator(json, {{propertyLiteral}}) {
{{#variants}}
{{#valuesLiteral}}
        case {{valuesLiteral}}: self = .{{caseName}}(try {{type}}(json: json))
{{/valuesLiteral}}
{{/variants}}
        default: self = .unknown(json)
        }
    }
{{/discriminator}}
{{#fit}}
    /// What tells the variants apart, in their order{{#decidingMember}} (`{{.}}` decides, like a discriminator){{/decidingMember}}.
    private static let shapes: [JSONShape] = [
{{#shapes}}
{{^hasMembers}}
        .{{kind}}{{#item}}(of: .{{kind}}{{#valuesLiteral}}([{{.}}]){{/valuesLiteral}}){{/item}}{{#valuesLiteral}}([{{.}}]){{/valuesLiteral}},
{{/hasMembers}}
{{#hasMembers}}
        .{{kind}}({{#item}}of: .{{kind}}({{/item}}[
{{#members}}
            .{{#required}}required{{/required}}{{^required}}member{{/required}}({{keyLiteral}}, .{{memberKind}}{{#memberValuesLiteral}}([{{.}}]){{/memberValuesLiteral}}),
{{/members}}
        ]{{#item}}){{/item}}),
{{/hasMembers}}
{{/shapes}}
    ]

    /// Decodes the variant the JSON fits best (see `shapes`); ties go to the order the API lists them in.
    public init(json: JSONValue) throws {
        for variant in JSONShape.ranked(json, Self.shapes) {
            switch variant {
{{#variants}}
            case {{index}}: if let value = try? {{type}}(json: json) { self = .{{caseName}}(value); return }
{{/variants}}
            default: break
            }
        }
        self = .unknown(json)
    }
{{/fit}}

    public var json: JSONValue {
        switch self {
{{#variants}}
        case .{{caseName}}(let value): value.json
{{/variants}}
        case .unknown(let value): value
        }
    }
{{#literals}}

    public init({{label}} value: {{valueType}}{{#variadic}}...{{/variadic}}) {
        self = .{{caseName}}(value)
    }
{{/literals}}
{{#members}}

{{#doc}}
    ///{{#text}} {{.}}{{/text}}
{{/doc}}
    public var {{name}}: {{type}}? { member(forKey: {{key}}) }
{{/members}}
}

"""#,
        "swift/webhook-events": #"""
{{%CONTENT_TYPE:TEXT}}
/// A webhook event Telnyx sends, decoded by its `data.event_type`.
public enum {{name}}: JSONUnion {
{{#events}}
{{#doc}}
    ///{{#text}} {{.}}{{/text}}
{{/doc}}
    case {{caseName}}({{type}})
{{/events}}
    /// An event type this version of the client does not know.
    case unknown(JSONValue)

    /// Decodes the event by `data.event_type`.
    public init(json: JSONValue) throws {
        switch UnionDecoding.discriminator(json["data"] ?? .null, "event_type") {
{{#events}}
{{#eventTypes}}
        case {{eventTypes}}: self = .{{caseName}}(try {{type}}(json: json))
{{/eventTypes}}
{{/events}}
        default: self = .unknown(json)
        }
    }

    public var json: JSONValue {
        switch self {
{{#events}}
        case .{{caseName}}(let value): value.json
{{/events}}
        case .unknown(let value): value
        }
    }
}

"""#,
        "swift/webhooks": #"""
{{%CONTENT_TYPE:TEXT}}
{{#declaresResource}}
/// Verifies the Ed25519 signature of webhook deliveries and decodes their events.
public struct WebhooksResource: Sendable {
    public let client: APIClient

    public init(client: APIClient) {
        self.client = client
    }

    /// Verifies `telnyx-signature-ed25519` over `"{telnyx-timestamp}|{body}"` with the account's public
    /// key (base64; default ``TelnyxConfiguration/webhookPublicKey``), rejects timestamps more than
    /// `tolerance` seconds away from `now`, and decodes the event as `Event` (a product's events, such
    /// as `MessagingWebhookEvent`, or `WebhookEvent`, every event of the API). `body` is the raw
    /// request body as received; `headers` a `[String: String]` or `HTTPFields`, names in any case.
    public func unwrap<Event: JSONUnion>(
        _ body: Data, headers: some WebhookHeaders, as type: Event.Type, publicKey: String? = nil,
        tolerance: TimeInterval = 300, now: Date = Date()
    ) throws -> Event {
        guard let key = publicKey ?? client.configuration.webhookPublicKey else {
            throw WebhookVerificationError.invalidPublicKey
        }
        try WebhookVerifier(publicKey: key, tolerance: tolerance).verify(payload: body, headers: headers, now: now)
        return try parse(body, as: type)
    }

    /// Decodes an event as `Event` without verifying it (for payloads already verified elsewhere).
    public func parse<Event: JSONUnion>(_ body: Data, as type: Event.Type) throws -> Event {
        guard let json = try? TelnyxJSON.parse(body) else {
            throw WebhookVerificationError.invalidPayload
        }
        return try Event(json: json)
    }
}
{{/declaresResource}}
{{#allEvents}}
{{#declaresResource}}

{{/declaresResource}}
extension WebhooksResource {
    /// Verifies a delivery (see ``unwrap(_:headers:as:publicKey:tolerance:now:)``) and decodes it as a `{{.}}`.
    public func unwrap(
        _ body: Data, headers: some WebhookHeaders, publicKey: String? = nil, tolerance: TimeInterval = 300,
        now: Date = Date()
    ) throws -> {{.}} {
        try unwrap(body, headers: headers, as: {{.}}.self, publicKey: publicKey, tolerance: tolerance, now: now)
    }

    /// Decodes an event without verifying it (for payloads already verified elsewhere).
    public func parse(_ body: Data) throws -> {{.}} {
        try parse(body, as: {{.}}.self)
    }
}
{{/allEvents}}

"""#,
        "testing/catalog": #"""
{{%CONTENT_TYPE:TEXT}}
extension TelnyxTestCatalog {
    /// The {{operationCount}} operations of {{specTitle}}: {{specExamples}} answer with the spec's
    /// response example, {{synthesizedExamples}} with a body built from the response schema.
    public static let spec = TelnyxTestCatalog(operations: operationLines, schemas: schemaLines)
}

extension TelnyxTestTransport {
    /// A transport that answers every operation of {{specTitle}} from the spec.
    public convenience init() {
        self.init(catalog: .spec)
    }
}

/// One operation per line: method, path template, parameters, body schema, response example, paging.
private let operationLines = {{delimiter}}"""
{{#operationLines}}
{{.}}
{{/operationLines}}
"""{{delimiter}}

/// The schemas request bodies and parameters use, one per line.
private let schemaLines = {{delimiter}}"""
{{#schemaLines}}
{{.}}
{{/schemaLines}}
"""{{delimiter}}

"""#,
        "testing/operations": #"""
{{%CONTENT_TYPE:TEXT}}
/// Every operation of the client, named as the client spells it: `.messages.send` is
/// `client.messages.send(...)`. Pass one to `TelnyxTestTransport.stub(_:_:)` and `requests(for:)`.
extension TelnyxOperation {
{{#roots}}
    /// The operations of `client.{{dottedPath}}`.
    public static let {{accessor}} = {{operationsType}}()
{{/roots}}
}
{{#resources}}

extension TelnyxOperation {
    /// The operations of `client.{{dottedPath}}`.
    public struct {{operationsType}}: Sendable {
{{#operations}}
        /// `{{httpMethod}} {{path}}`
        public let {{methodName}} = TelnyxOperation({{idLiteral}}, name: {{nameLiteral}})
{{/operations}}
{{#children}}
        /// The operations of `client.{{dottedPath}}`.
        public let {{accessor}} = {{operationsType}}()
{{/children}}
    }
}
{{/resources}}

"""#,
        "testing/webhook-examples": #"""
{{%CONTENT_TYPE:TEXT}}
/// The spec's webhook payloads as typed values: sign one with `WebhookSigner.test.sign(_:)` and pass
/// it to `client.webhooks.unwrap(_:headers:)`.
extension WebhookExamples {
{{#examples}}

    /// {{summary}}{{^fromSpec}} (built from the payload schema){{/fromSpec}}.
    public static var {{caseName}}: {{type}} { decode({{literal}}) }
{{/examples}}

    /// Every example above, as the `WebhookEvent` a handler receives (to check it handles each one).
    public static var allEvents: [WebhookEvent] {
        [
{{#examples}}
            .{{caseName}}({{caseName}}),
{{/examples}}
        ]
    }
}

"""#,
    ]
}
