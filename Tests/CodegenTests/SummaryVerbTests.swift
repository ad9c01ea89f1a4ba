import Testing

@testable import CodegenIR

/// A POST to a noun segment takes its verb from the summary, as the official SDKs name it.
@Suite struct SummaryVerbTests {
    @Test(arguments: [
        ("Send a short code message", "short_code", "sendShortCode"),
        ("Trigger Call verification", "call", "triggerCall"),
        ("Update requirement group for a sub number order", "requirement_group", "updateRequirementGroup"),
        ("Create an Access Token.", "token", "createToken"),
    ])
    func verbFromTheSummary(summary: String, leaf: String, expected: String) {
        #expect(SummaryVerb.methodName(summary: summary, leaf: leaf) == expected)
    }

    @Test(arguments: [
        ("Remove a call from a queue", "leave_queue"),  // the summary's verb is not one that names methods
        ("Create a secret", "secrets"),  // one plural noun: a collection posted to
        ("Send emails in a batch", "batch"),  // an action word already
        ("Update a recording", "{recording_sid}.json"),  // a parameter, not a noun
        ("Search by similarity", "similarity-search"),
    ])
    func leafKeepsItsWords(summary: String, leaf: String) {
        #expect(SummaryVerb.methodName(summary: summary, leaf: leaf) == nil)
    }

    @Test func routesUseTheRuleAndOthersKeepTheirNames() {
        let namer = ResourceNamer(routes: [])
        let send = ResourceNamer.Route(
            method: .post, path: "/messages/long_code", returnsList: false, summary: "Send a long code message")
        #expect(namer.name(for: send).methodName == "sendLongCode")
        let plain = ResourceNamer.Route(method: .post, path: "/messages/long_code", returnsList: false)
        #expect(namer.name(for: plain).methodName == "longCode")
    }

    @Test(arguments: [
        ("Dial", "dial"), ("Upload media", "upload"), ("Run a portability check", "run"),
        ("Deactivate campaign", "deactivate"), ("Rename a voice design", "rename"),
    ])
    func actionVerbsNameTheMethod(summary: String, verb: String) {
        #expect(SummaryVerb.actionVerb(summary: summary) == verb)
    }

    @Test(arguments: [
        "Create a messaging profile", "Send a fax", "Add a group suppression", "Enable or disable calling",
    ])
    func otherVerbsKeepTheHTTPMeaning(summary: String) {
        #expect(SummaryVerb.actionVerb(summary: summary) == nil)
    }

    @Test func sharedVerbsAndPlurals() {
        #expect(SummaryVerb.sharedVerb(summary: "Send an RCS message", operationID: "SendRCSMessage") == "send")
        #expect(SummaryVerb.sharedVerb(summary: "Schedule a version", operationID: "CreateVersion") == nil)
        #expect(SummaryVerb.isPlural("grants") && !SummaryVerb.isPlural("sms") && SummaryVerb.isPlural("ids"))
    }
}

/// The naming rules that follow the official SDKs' names, on small route sets.
@Suite struct ResourceNamerRuleTests {
    typealias Route = ResourceNamer.Route

    func names(_ routes: [Route]) -> [String] {
        let namer = ResourceNamer(routes: routes)
        return routes.map { namer.name(for: $0).dotted }
    }

    @Test func actionVerbsOnCollectionsAndItems() {
        let routes = [
            Route(method: .post, path: "/calls", returnsList: false, summary: "Dial"),
            Route(method: .get, path: "/calls/{id}", returnsList: false),
            Route(method: .post, path: "/campaigns", returnsList: false, summary: "Create a campaign"),
            Route(method: .delete, path: "/campaigns/{id}", returnsList: false, summary: "Deactivate campaign"),
        ]
        #expect(names(routes) == ["calls.dial", "calls.retrieve", "campaigns.create", "campaigns.deactivate"])
    }

    @Test func replaceBesidePatchAndBulkDelete() {
        let routes = [
            Route(method: .get, path: "/templates", returnsList: true),
            Route(method: .put, path: "/templates/{id}", returnsList: false),
            Route(method: .patch, path: "/templates/{id}", returnsList: false),
            Route(method: .delete, path: "/templates", returnsList: false),
            Route(method: .delete, path: "/templates/{id}", returnsList: false),
        ]
        #expect(
            names(routes) == [
                "templates.list", "templates.replace", "templates.update", "templates.deleteBulk", "templates.delete",
            ])
    }

    /// No method repeats its resource: `tools.create`, not `tools.createTool` or `calls.calls`.
    @Test(arguments: [
        ("m.tools", "createTool", HTTPMethod.post, "create"), ("m.tools", "getTool", .get, "retrieve"),
        ("m.tools", "listTools", .get, "list"), ("m.mcpServers", "deleteMcpServer", .delete, "delete"),
        ("m.runs", "cancelRun", .post, "cancel"), ("texml.calls", "calls", .post, "create"),
        ("texml.calls", "calls", .get, "list"), ("m.tools", "createToolkit", .post, "createToolkit"),
        ("messages", "send", .post, "send"), ("m.tools", "tools2", .get, "tools2"),
    ])
    func methodsDoNotRepeatTheirResource(resource: String, method: String, http: HTTPMethod, expected: String) {
        let name = ResourceName(resourcePath: resource.split(separator: ".").map(String.init), methodName: method)
        #expect(ResourceNamer.notRepeatingItsResource(name, method: http).methodName == expected)
    }

    /// A flat `/m/runs` beside `/m/{id}/runs` with items lists on `m`; the collection keeps `list`.
    @Test func twinOfACollectionWithItemsListsOnItsOwner() {
        let routes = [
            Route(method: .get, path: "/m/runs", returnsList: true),
            Route(method: .get, path: "/m/{id}/runs", returnsList: true),
            Route(method: .get, path: "/m/{id}/runs/{run_id}", returnsList: false),
        ]
        #expect(names(routes) == ["m.listRuns", "m.runs.list", "m.runs.retrieve"])
    }

    @Test func postToAContinuedLeafAndTwins() {
        let routes = [
            Route(
                method: .post, path: "/messages/rcs", returnsList: false, summary: "Send an RCS message",
                operationID: "SendRCSMessage"),
            Route(method: .get, path: "/messages/rcs/deeplinks/{agent_id}", returnsList: false),
            Route(method: .get, path: "/numbers/messaging", returnsList: true),
            Route(method: .get, path: "/numbers/{id}/messaging", returnsList: false),
        ]
        #expect(
            names(routes) == [
                "messages.rcs.send", "messages.rcs.retrieveDeeplink", "numbers.messaging.list",
                "numbers.messaging.retrieve",
            ])
    }

    @Test func itemsJoinOnlyTheirOwnCollection() {
        let routes = [
            Route(method: .get, path: "/conferences/{conference_id}/participants", returnsList: true),
            Route(method: .get, path: "/conferences/{id}/participants/{participant_id}", returnsList: false),
        ]
        #expect(names(routes) == ["conferences.listParticipants", "conferences.retrieveParticipant"])
    }

    @Test func teXMLPagesWhosePostDoesNotCreate() {
        let routes = [
            Route(method: .get, path: "/a/{sid}/Calls", returnsList: false, pagedByURI: true),
            Route(method: .post, path: "/a/{sid}/Calls", returnsList: false, summary: "Initiate an outbound call"),
            Route(method: .get, path: "/a/{sid}/Calls/{call_sid}", returnsList: false),
            Route(method: .get, path: "/a/{sid}/Queues", returnsList: false, pagedByURI: true),
            Route(method: .post, path: "/a/{sid}/Queues", returnsList: false, summary: "Create a new queue"),
            Route(method: .get, path: "/a/{sid}/Queues/{queue_sid}", returnsList: false),
            Route(method: .delete, path: "/a/{sid}/Recordings/{recording_sid}.json", returnsList: false),
            Route(method: .post, path: "/a/{sid}/Calls/{call_sid}/Streams/{streaming_sid}.json", returnsList: false),
        ]
        // The pages are listed; the POST, named after its resource by this rule, takes its verb by
        // the last rule (no method repeats its resource).
        #expect(
            names(routes) == [
                "a.calls.list", "a.calls.create", "a.calls.retrieve", "a.queues.list", "a.queues.create",
                "a.queues.retrieve", "a.recordings.json.delete", "a.calls.streams.update",
            ])
    }
}
