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
            method: "post", path: "/messages/long_code", returnsList: false, summary: "Send a long code message")
        #expect(namer.name(for: send).methodName == "sendLongCode")
        let plain = ResourceNamer.Route(method: "post", path: "/messages/long_code", returnsList: false)
        #expect(namer.name(for: plain).methodName == "longCode")
    }
}
