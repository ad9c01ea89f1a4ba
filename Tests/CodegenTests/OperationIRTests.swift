import Testing

@testable import CodegenIR

@Suite("IR: parameters")
struct ParameterTests {
    @Test func pathLevelParametersAreMergedAndOverridden() throws {
        let built = try Fixture.build("ir/parameters.yaml")
        let operation = try built.operation(id: "GetNumber")
        #expect(operation.parameters.map(\.name) == ["id", "verbose", "X-Trace"])
        let id = try #require(operation.parameter("id"))
        #expect(id.location == .path && id.required && id.style == .simple && !id.explode)
        let verbose = try #require(operation.parameter("verbose"))
        #expect(verbose.type == .primitive(.integer, format: nil))
        #expect(verbose.description == "Operation-level override.")
        #expect(verbose.style == .form && verbose.explode && !verbose.required)
        let trace = try #require(operation.parameter("X-Trace"))
        #expect(trace.location == .header && trace.required && trace.style == .simple)
    }

    @Test func deepObjectParametersAreFlattened() throws {
        let built = try Fixture.build("ir/parameters.yaml")
        let operation = try built.operation(id: "ListNumbers")
        #expect(
            operation.parameters.map(\.name) == [
                "page[number]", "page[size]", "filter[status]", "filter[country][iso]", "ids", "tags",
                "extra",
            ])
        let number = try #require(operation.parameter("page[number]"))
        #expect(number.style == .deepObject && number.location == .query)
        #expect(number.type == .primitive(.integer, format: nil))
        #expect(number.defaultValue?.text == "1")
        #expect(operation.parameter("page[size]")?.defaultValue?.text == "20")
        let status = try #require(operation.parameter("filter[status]"))
        #expect(
            status.type
                == .enumeration(
                    EnumShape(
                        kind: .string, values: [.string("active"), .string("disabled")], includesNull: false)))
        #expect(operation.parameter("filter[country][iso]")?.example?.text == "\"US\"")
        let extra = try #require(operation.parameter("extra"))
        #expect(extra.type == .map(.primitive(.string, format: nil)))
        #expect(extra.style == .deepObject)
    }

    @Test func explodeAndStyles() throws {
        let built = try Fixture.build("ir/parameters.yaml")
        let operation = try built.operation(id: "ListNumbers")
        let ids = try #require(operation.parameter("ids"))
        #expect(ids.style == .form && !ids.explode)
        #expect(ids.type == .array(.primitive(.string, format: nil)))
        let tags = try #require(operation.parameter("tags"))
        #expect(tags.style == .pipeDelimited && !tags.explode)
        #expect(try #require(operation.parameter("filter[status]")).explode)
    }
}

@Suite("IR: request bodies and responses")
struct BodyTests {
    @Test(
        arguments: [
            ("PostJSON", "application/json", ContentKind.json),
            ("Upload", "multipart/form-data", .multipart),
            ("PostForm", "application/x-www-form-urlencoded", .formURLEncoded),
            ("PutRaw", "application/octet-stream", .binary), ("PostAnything", "*/*", .any),
        ])
    func requestBodyKinds(id: String, contentType: String, kind: ContentKind) throws {
        let built = try Fixture.build("ir/bodies.yaml")
        let body = try #require(try built.operation(id: id).requestBody)
        #expect(body.contents.map(\.contentType) == [contentType])
        #expect(body.contents.map(\.kind) == [kind])
    }

    @Test(
        arguments: [
            ("PostJSON", "application/json", ContentKind.json), ("PostForm", "text/plain", .text),
            ("PutRaw", "text/csv", .text), ("PostAnything", "application/pdf", .binary),
            ("GetAudio", "audio/mpeg", .binary), ("StreamEvents", "text/event-stream", .eventStream),
            ("GetBinary", "application/octet-stream", .binary), ("GetStar", "*", .any),
        ])
    func responseKinds(id: String, contentType: String, kind: ContentKind) throws {
        let built = try Fixture.build("ir/bodies.yaml")
        let response = try #require(try built.operation(id: id).successResponse)
        #expect(response.contents.map(\.contentType) == [contentType])
        #expect(response.contents.map(\.kind) == [kind])
    }

    @Test func bodySchemasAndRequired() throws {
        let built = try Fixture.build("ir/bodies.yaml")
        let json = try #require(try built.operation(id: "PostJSON").requestBody)
        #expect(json.required)
        #expect(json.contents.first?.schema?.objectShape?.properties.map(\.name) == ["to"])
        let upload = try #require(try built.operation(id: "Upload").requestBody)
        #expect(!upload.required)
        #expect(
            upload.contents.first?.schema?.objectShape?.property("file")?.type
                == .primitive(.string, format: "binary"))
        #expect(try built.operation(id: "Upload").responses.map(\.status) == ["204"])
        #expect(try built.operation(id: "Upload").responses.first?.contents == [])
    }

    @Test func responsesAreSortedByStatus() throws {
        let built = try Fixture.build("ir/bodies.yaml")
        #expect(
            try built.operation(id: "GetAudio").responses.map(\.status) == [
                "200", "201", "4XX", "default",
            ])
    }

    @Test func starContentTypeWarns() throws {
        let built = try Fixture.build("ir/bodies.yaml")
        #expect(built.issues.count == 1, "\(built.issues)")
        let warning = try #require(built.issues.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "malformed content type '*'; treating it as '*/*'")
        #expect(warning.location.lineColumn == "140:13")
    }
}

@Suite("IR: webhooks")
struct WebhookTests {
    @Test func webhooksAndEventTypes() throws {
        let built = try Fixture.build("ir/webhooks.yaml")
        #expect(built.model.webhooks.map(\.name) == ["callEvent", "messageReceived"])
        let received = built.model.webhooks[1]
        #expect(received.operationID == "MessageReceived")
        #expect(received.summary == "Inbound message")
        #expect(received.tags == ["Messages"])
        #expect(received.payload == .reference("InboundMessageEvent"))
        #expect(received.eventTypes == ["message.received", "message.finalized"])
        #expect(built.model.webhooks[0].eventTypes == ["call.hangup"])
        #expect(built.model.operations.isEmpty)
    }

    @Test func webhookWithoutOperationWarns() throws {
        let built = try Fixture.build("ir/webhooks.yaml")
        let warning = try #require(built.diagnostics(containing: "noOperation").first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "webhook 'noOperation' has no operation")
        #expect(warning.location.lineColumn == "33:3")
    }
}

@Suite("IR: pagination")
struct PaginationTests {
    @Test(
        arguments: [
            (
                "PageNumber", Pagination.Style.pageNumber, ["number": "page[number]", "size": "page[size]"]
            ),
            (
                "Cursor", .cursor,
                ["after": "page[after]", "before": "page[before]", "limit": "page[limit]"]
            ),
            ("PageCursor", .pageCursor, ["cursor": "page_cursor", "size": "page_size"]),
            ("Offset", .offset, ["offset": "offset", "limit": "limit"]),
            ("PerPage", .perPage, ["perPage": "per_page", "page": "page"]),
            ("Whole", Pagination.Style.none, [:]),
        ])
    func styles(id: String, style: Pagination.Style, parameters: [String: String]) throws {
        let built = try Fixture.build("ir/pagination.yaml")
        let pagination = try #require(try built.operation(id: id).pagination)
        #expect(pagination.style == style)
        #expect(pagination.parameters == parameters)
        #expect(pagination.itemsProperty == "data")
        #expect(pagination.itemType == .reference("Item"))
    }

    @Test func topLevelArrayListsWithoutPaging() throws {
        let built = try Fixture.build("ir/pagination.yaml")
        let pagination = try #require(try built.operation(id: "BareArray").pagination)
        #expect(
            pagination
                == Pagination(
                    style: .none, parameters: [:], itemsProperty: "",
                    itemType: .primitive(.string, format: nil)))
    }

    @Test func recordsArraysAreListItems() throws {
        let built = try Fixture.build("ir/pagination.yaml")
        let pagination = try #require(try built.operation(id: "RecordsList").pagination)
        #expect(pagination.style == .perPage)
        #expect(pagination.parameters == ["page": "page", "perPage": "page_size"])
        #expect(pagination.itemsProperty == "records")
        #expect(pagination.itemType == .reference("Item"))
    }

    @Test func nonListsHaveNoPagination() throws {
        let built = try Fixture.build("ir/pagination.yaml")
        #expect(try built.operation(id: "Single").pagination == nil)
        #expect(try built.operation(id: "PostList").pagination == nil)
    }
}

@Suite("IR: resource naming")
struct NamingTests {
    @Test(
        arguments: [
            ("get", "/widgets", "widgets.list"), ("post", "/widgets", "widgets.create"),
            ("get", "/widgets/{id}", "widgets.retrieve"), ("patch", "/widgets/{id}", "widgets.update"),
            ("delete", "/widgets/{id}", "widgets.delete"),
            ("post", "/widgets/{id}/actions/reboot", "widgets.actions.reboot"),
            ("get", "/widgets/{id}/parts", "widgets.listParts"),
            ("get", "/widgets/{id}/metrics", "widgets.retrieveMetrics"),
            ("get", "/widgets/{widget_id}/gears", "widgets.gears.list"),
            ("post", "/widgets/{widget_id}/gears", "widgets.gears.create"),
            ("get", "/widgets/{widget_id}/gears/{gear_id}", "widgets.gears.retrieve"),
            ("put", "/widgets/{widget_id}/gears/{gear_id}", "widgets.gears.update"),
            ("delete", "/widgets/{widget_id}/gears/{gear_id}", "widgets.gears.delete"),
            ("post", "/gizmos/special", "gizmos.special"), ("get", "/things", "things.list"),
        ])
    func rules(method: String, path: String, name: String) throws {
        let built = try Fixture.build("ir/resource-naming.yaml")
        #expect(try built.operation(method, path).dottedName == name)
    }

    @Test func collisionFallsBackToOperationIDWithWarning() throws {
        let built = try Fixture.build("ir/resource-naming.yaml")
        let operation = try built.operation("get", "/v2/things")
        #expect(operation.resourcePath == ["things"])
        #expect(operation.methodName == "listThingsV2")
        let warnings = built.diagnostics(containing: "would be")
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(
            warning.message
                == "GET /v2/things would be 'things.list' like (GET /things); named 'things.listThingsV2'")
        #expect(warning.location.lineColumn == "91:5")
    }

    @Test func overridesFromNamingFile() throws {
        let built = try Fixture.build(
            "ir/resource-naming.yaml", configuration: Fixture.configuration("config/naming"))
        let special = try built.operation("post", "/gizmos/special")
        #expect(special.resourcePath == ["gizmos"])
        #expect(special.methodName == "doSpecial")
        // A lowercase method in the key still matches.
        #expect(try built.operation("get", "/widgets/{id}/metrics").dottedName == "widgets.stats.fetch")
        #expect(try built.operation("get", "/widgets").dottedName == "widgets.list")
        let unused = try #require(built.diagnostics(containing: "matches no operation").first)
        #expect(unused.severity == .warning)
        #expect(unused.message == "naming override for 'DELETE /nowhere' matches no operation")
    }

    @Test func unusedOverridesAreOneWarning() throws {
        let name = ResourceName(resourcePath: ["nowhere"], methodName: "go")
        let configuration = GeneratorConfiguration(nameOverrides: ["DELETE /nowhere": name, "GET /elsewhere": name])
        let built = try Fixture.build("ir/resource-naming.yaml", configuration: configuration)
        #expect(
            built.diagnostics(containing: "match no operation").map(\.message) == [
                "2 naming overrides match no operation in this spec (first: 'DELETE /nowhere')"
            ])
    }

    @Test func namesAreUnique() throws {
        let built = try Fixture.build(
            "ir/resource-naming.yaml", configuration: Fixture.configuration("config/naming"))
        let names = built.model.operations.map(\.dottedName)
        #expect(Set(names).count == names.count)
    }
}

@Suite("IR: products")
struct ProductTests {
    @Test func operationsAndWebhooksGetProducts() throws {
        let built = try Fixture.build(
            "ir/product-assignment.yaml", configuration: Fixture.configuration("config/products"))
        #expect(try built.operation(id: "SendMessage").product == "messaging")
        #expect(try built.operation(id: "ListNumbers").product == "numbers")
        #expect(try built.operation(id: "ListMessagingNumbers").product == "messaging")
        #expect(try built.operation(id: "Misc").product == "other")
        let hooks = Dictionary(uniqueKeysWithValues: built.model.webhooks.map { ($0.name, $0.product) })
        #expect(
            hooks == ["messageEvent": "messaging", "numberEvent": "numbers", "orphanEvent": "other"])
    }

    @Test func productListKeepsConfigurationOrderAndDropsEmptyOnes() throws {
        let built = try Fixture.build(
            "ir/product-assignment.yaml", configuration: Fixture.configuration("config/products"))
        #expect(
            built.model.products == [
                Product(
                    name: "messaging", title: "Messaging", tags: ["Messages"],
                    operationIDs: ["SendMessage", "ListMessagingNumbers"], webhookNames: ["messageEvent"]),
                Product(
                    name: "numbers", title: "Numbers", tags: ["Numbers"], operationIDs: ["ListNumbers"],
                    webhookNames: ["numberEvent"]),
                Product(
                    name: "other", title: "Other", tags: [], operationIDs: ["Misc"],
                    webhookNames: ["orphanEvent"]),
            ])
    }

    @Test func fallbackProductWarns() throws {
        let built = try Fixture.build(
            "ir/product-assignment.yaml", configuration: Fixture.configuration("config/products"))
        #expect(built.diagnostics.count == 2, "\(built.diagnostics)")
        #expect(built.diagnostics.allSatisfy { $0.severity == .warning })
        let operation = try #require(built.diagnostics(containing: "'Misc'").first)
        #expect(
            operation.message == "operation 'Misc' (tags: Unmapped) maps to no product; put in 'other'")
        #expect(operation.location.lineColumn == "28:5")
        let webhook = try #require(built.diagnostics(containing: "orphanEvent").first)
        #expect(webhook.message == "webhook 'orphanEvent' maps to no product; put in 'other'")
        #expect(webhook.location.lineColumn == "51:3")
    }

    @Test func withoutConfigurationEveryTagIsAProduct() throws {
        let built = try Fixture.build("ir/product-assignment.yaml")
        let products = built.model.products
        #expect(products.map(\.name) == ["messages", "numbers", "unmapped"])
        #expect(products.map(\.title) == ["Messages", "Numbers", "Unmapped"])
        #expect(products.map(\.operationIDs) == [["SendMessage"], ["ListNumbers", "ListMessagingNumbers"], ["Misc"]])
        #expect(products.map(\.webhookNames) == [["messageEvent"], [], ["numberEvent", "orphanEvent"]])
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
    }

    @Test(arguments: [("Call Commands", "call-commands"), ("10DLC", "10-dlc"), ("Number Orders", "number-orders")])
    func derivedProductNames(tag: String, name: String) {
        #expect(ProductAssigner.productName(ofTag: tag) == name)
    }
}
