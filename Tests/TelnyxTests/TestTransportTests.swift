import Foundation
@_spi(Generated) import TelnyxRuntime
import Testing

@testable import TelnyxTestingSupport

/// The test transport on a small catalog written here: request checks, paging styles, stubs,
/// delays, the answer for an operation the spec lacks, and webhook signatures.
@Suite("TelnyxTestingSupport")
struct TestTransportTests {
    static let operations = [
        #"{"id":"CreateThing","name":"things.create","method":"POST","path":"/things","parameters":[],"#
            + #""body":{"required":true,"contentType":"application/json","schema":{"ref":"NewThing"}},"#
            + #""response":{"status":201,"contentType":"application/json","fromSpec":true,"example":{"data":{"id":"t1","size":"small","created_by":"u1"}},"#
            + #""schema":{"type":"object","properties":{"data":{"ref":"Thing"}},"required":["data"]}}}"#,
        #"{"id":"GetThing","name":"things.retrieve","method":"GET","path":"/things/{id}","#
            + #""parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}},"#
            + #"{"name":"expand","in":"query","required":true,"schema":{"enum":["all","none"]}},"#
            + #"{"name":"limit","in":"query","required":false,"schema":{"type":"integer"}}],"#
            + #""response":{"status":200,"contentType":"application/json","fromSpec":false,"example":{"data":{"id":"t1"}}}}"#,
        #"{"id":"ListThings","name":"things.list","method":"GET","path":"/things","parameters":[],"#
            + #""response":{"status":200,"contentType":"application/json","fromSpec":false,"#
            + #""example":{"data":[{"id":"t1","size":"small","created_by":"u1"}],"meta":{"cursors":{"after":"x"}}},"#
            + #""schema":{"type":"object","properties":{"data":{"type":"array","items":{"ref":"Thing"}}}}},"#
            + #""pagination":{"style":"cursor","parameters":{"after":"page[after]","before":"page[before]"},"items":"data"}}"#,
        #"{"id":"ListOffsets","name":"offsets.list","method":"GET","path":"/offsets","parameters":[],"#
            + #""response":{"status":200,"contentType":"application/json","fromSpec":false,"example":{"data":[{"id":"o"}]}},"#
            + #""pagination":{"style":"offset","parameters":{"offset":"offset","limit":"limit"},"items":"data"}}"#,
        #"{"id":"GetTexmlCalls","name":"texml.calls.list","method":"GET","path":"/texml/Calls","parameters":[],"#
            + #""response":{"status":200,"contentType":"application/json","fromSpec":true,"#
            + #""example":{"calls":[{"sid":"c"}],"next_page_uri":"/v2/texml/Calls.json?Page=1&PageToken=x"}},"#
            + #""pagination":{"style":"nextPageURI","parameters":{},"items":"calls"}}"#,
    ].joined(separator: "\n")
    static let schemas =
        #"{"name":"NewThing","schema":{"type":"object","properties":{"name":{"type":"string"},"#
        + #""size":{"enum":["small","large"]},"note":{"type":"string"},"parts":{"type":"array","items":{"ref":"Part"}}},"#
        + #""required":["name"],"nullable":["note"]}}"# + "\n"
        + #"{"name":"Part","schema":{"oneOf":[{"type":"string"},{"type":"object","properties":{"n":{"type":"integer"}},"required":["n"]}]}}"#
        + "\n"
        + #"{"name":"Thing","schema":{"type":"object","properties":{"id":{"type":"string"},"size":{"enum":["small","large"]},"#
        + #""created_by":{"type":"string"}},"required":["id"],"responseRequired":["id","created_by"]}}"#

    let transport = TelnyxTestTransport(catalog: TelnyxTestCatalog(operations: operations, schemas: schemas))
    var client: APIClient { APIClient(configuration: .testing(transport)) }
    static let create = TelnyxOperation("CreateThing", name: "things.create")
    static let list = TelnyxOperation("ListThings", name: "things.list")

    func create(_ body: JSONValue) async throws -> JSONValue {
        var request = APIRequest(method: "POST", path: "/things", operationID: "CreateThing")
        request.setJSONBody(body)
        return try await client.perform(request)
    }

    @Test func catalogCountsItsOperationsAndSpecExamples() {
        #expect(transport.catalog.operationCount == 5)
        #expect(transport.catalog.operationsWithSpecExample == 2)
    }

    @Test func answersWithTheExampleAndItsStatus() async throws {
        var request = APIRequest(method: "POST", path: "/things", operationID: "CreateThing")
        request.setJSONBody(["name": "a"] as JSONValue)
        let (body, response) = try await client.performWithResponse(request, as: JSONValue.self)
        #expect(response.status == 201)
        #expect(body["data"]?["id"] == "t1")
        #expect(response.requestID == "test-request-1")
        #expect(transport.requests(for: Self.create).first?.json?["name"] == "a")
    }

    @Test func bodyViolationsNameTheOperationAndEveryProblem() async throws {
        let error = await #expect(throws: TelnyxError.self) {
            try await create(["size": "huge", "name": .null, "note": .null, "parts": ["p", ["n": "x"]]])
        }
        let message = try #require(error?.message)
        #expect(error?.kind == .invalidRequest)
        #expect(message.contains("things.create (POST /things)"))
        #expect(message.contains("body.name: must not be null"))
        #expect(message.contains(#"body.size: "huge" is not one of small, large"#))
        #expect(message.contains("body.parts[1]: fits none of the 2 allowed shapes"))
        #expect(!message.contains("body.note"))
        #expect(transport.violations.count == 1)
        let missing = await #expect(throws: TelnyxError.self) { try await create([:]) }
        #expect(missing?.message.contains("body.name: required member is missing") == true)
    }

    @Test func parameterViolations() async throws {
        let error = await #expect(throws: TelnyxError.self) {
            var request = APIRequest(method: "GET", path: "/things/t1", operationID: "GetThing")
            request.setQuery("limit", "ten")
            let _: JSONValue = try await client.perform(request)
        }
        #expect(error?.message.contains("query expand: required parameter is missing") == true)
        #expect(error?.message.contains("query limit: expected integer, got string") == true)
        var request = APIRequest(method: "GET", path: "/things/t%201", operationID: "GetThing")
        request.setQuery("expand", "all")
        request.setQuery("limit", "10")
        let _: JSONValue = try await client.perform(request)
        #expect(transport.requests.last?.pathParameters == ["id": "t 1"])
    }

    @Test func unknownOperationsAreRejected() async throws {
        let error = await #expect(throws: TelnyxError.self) {
            let _: JSONValue = try await client.perform(
                APIRequest(method: "GET", path: "/nowhere", operationID: "Nope"))
        }
        #expect(error?.message.contains("GET /nowhere is not an operation of the spec") == true)
    }

    @Test func invalidRequestsCanBeAnsweredAnyway() async throws {
        transport.rejectsInvalidRequests = false
        _ = try await create([:])
        #expect(transport.violations.count == 1)
    }

    @Test func cursorPagesFollowTheStub() async throws {
        transport.stub(Self.list, .pages([[["id": "a"], ["id": "b"]], [["id": "c"]], [["id": "d"]]]))
        let items = try await client.paginate(
            APIRequest(method: "GET", path: "/things", operationID: "ListThings"),
            pagination: .cursor(after: "page[after]", before: "page[before]"), as: JSONValue.self
        ).collect()
        #expect(items.compactMap { $0["id"]?.stringValue } == ["a", "b", "c", "d"])
        // Each item is merged over the example's first item.
        #expect(items.allSatisfy { $0["size"] == "small" })
        #expect(transport.requests(for: Self.list).map { $0.queryValue("page[after]") } == [nil, "page-2", "page-3"])
    }

    @Test func theDefaultAnswerOfAListIsOnePage() async throws {
        let items = try await client.paginate(
            APIRequest(method: "GET", path: "/things", operationID: "ListThings"),
            pagination: .cursor(after: "page[after]", before: "page[before]"), as: JSONValue.self
        ).collect()
        #expect(items.count == 1)
    }

    @Test func offsetPagesFollowTheStub() async throws {
        transport.stub(
            TelnyxOperation("ListOffsets", name: "offsets.list"), .pages([[["id": "a"], ["id": "b"]], [["id": "c"]]]))
        var request = APIRequest(method: "GET", path: "/offsets", operationID: "ListOffsets")
        request.setQuery("limit", "2")
        let items = try await client.paginate(
            request, pagination: .offset(offset: "offset", limit: "limit"), as: JSONValue.self
        )
        .collect()
        #expect(items.compactMap { $0["id"]?.stringValue } == ["a", "b", "c"])
    }

    @Test func linkedPagesFollowTheStub() async throws {
        let calls = TelnyxOperation("GetTexmlCalls", name: "texml.calls.list")
        transport.stub(calls, .pages([[["sid": "a"], ["sid": "b"]], [["sid": "c"]]]))
        let items = try await client.paginate(
            APIRequest(method: "GET", path: "/texml/Calls", operationID: "GetTexmlCalls"), pagination: .nextPageURI,
            itemsKey: "calls", as: JSONValue.self
        ).collect()
        #expect(items.compactMap { $0["sid"]?.stringValue } == ["a", "b", "c"])
        #expect(transport.requests(for: calls).map { $0.queryValue("PageToken") } == [nil, "page-2"])
    }

    @Test func stubsAnswerInOrderAndHandlersSeeTheRequest() async throws {
        transport.stub(Self.create, .status(500), .example(merging: ["data": ["size": "large"]]))
        let body = try await create(["name": "a"])
        #expect(body["data"]?["size"] == "large")
        #expect(body["data"]?["id"] == "t1")
        #expect(transport.requests(for: Self.create).count == 2)
        transport.stub(Self.create) { request in
            .json(["data": ["id": request.json?["name"] ?? .null, "created_by": "test"]], status: 202)
        }
        #expect(try await create(["name": "b"])["data"]?["id"] == "b")
    }

    /// Strict mode: a stubbed answer that does not fit the response schema fails the call, naming
    /// each member; the example fits; error answers are not checked; the check can be turned off.
    @Test func stubbedAnswersMustFitTheResponseSchema() async throws {
        transport.stub(Self.create, .json(["data": ["id": 7, "size": "medium", "created_by": "x"]]))
        let error = await #expect(throws: TelnyxError.self) { try await create(["name": "a"]) }
        #expect(error?.kind == .invalidResponse)
        let message = error?.message ?? ""
        #expect(message.contains("things.create (POST /things)"))
        #expect(message.contains("response.data.id: expected string, got integer"))
        #expect(message.contains("response.data.size: \"medium\" is not one of small, large"))
        // A member a response requires (read-only: not asked of requests) is missing.
        transport.stub(Self.create, .json(["data": ["id": "t1", "size": "small"]]))
        await #expect(throws: TelnyxError.self) { try await create(["name": "a"]) }
        #expect(transport.violations.last?.contains("response.data.created_by: required member is missing") == true)
        // Pages are checked item by item.
        transport.stub(Self.list, .pages([[["id": "a"], ["id": 2]]]))
        let listing = APIRequest(method: "GET", path: "/things", operationID: "ListThings")
        let paging = PaginationStyle.cursor(after: "page[after]", before: "page[before]")
        await #expect(throws: TelnyxError.self) {
            _ = try await client.paginate(listing, pagination: paging, as: JSONValue.self).collect()
        }
        #expect(transport.violations.last?.contains("response.data[1].id: expected string, got integer") == true)
        // Error answers are the test's to shape; turning the check off lets a drifted answer through.
        transport.stub(Self.create, .json(["anything": true], status: 422))
        let rejected = await #expect(throws: TelnyxError.self) { try await create(["name": "a"]) }
        #expect(rejected?.kind == .http(status: 422))
        transport.checksResponses = false
        transport.stub(Self.create, .json(["data": ["id": 7]]))
        #expect(try await create(["name": "a"])["data"]?["id"] == 7)
    }

    @Test func delayedResponsesHitTheClientTimeout() async throws {
        transport.stub(Self.create, TestResponse.example.delayed(by: .seconds(5)))
        var configuration = TelnyxConfiguration.testing(transport, maxRetries: 0)
        configuration.timeout = 0.05
        var request = APIRequest(method: "POST", path: "/things", operationID: "CreateThing")
        request.setJSONBody(["name": "a"])
        let error = await #expect(throws: TelnyxError.self) {
            let _: JSONValue = try await APIClient(configuration: configuration).perform(request)
        }
        #expect(error?.kind == .timeout)
    }

    @Test func extraHeadersReachTheClient() async throws {
        transport.stub(Self.create, TestResponse.example.with(headers: ["X-Rate-Limit-Remaining": "7"]))
        var request = APIRequest(method: "POST", path: "/things", operationID: "CreateThing")
        request.setJSONBody(["name": "a"] as JSONValue)
        let (_, response) = try await client.performWithResponse(request, as: JSONValue.self)
        #expect(response.headers["x-rate-limit-remaining"] == "7")
        #expect(response.headers["content-type"] == "application/json")
    }

    @Test func errorStubsCarryTheirDetailsAndHeaders() async throws {
        transport.stub(
            Self.create,
            .status(
                422,
                errors: [.init(code: "10015", title: "Bad", detail: "name is taken", source: .init(pointer: "/name"))]))
        let error = await #expect(throws: TelnyxError.self) { try await create(["name": "a"]) }
        #expect(error?.status == 422)
        #expect(
            error?.errors.first
                == APIErrorDetail(code: "10015", title: "Bad", detail: "name is taken", source: .init(pointer: "/name"))
        )
        transport.reset()
        transport.stub(Self.create, .status(429, headers: ["retry-after": "0"]), .example)
        _ = try await create(["name": "a"])
        #expect(transport.requests.count == 2)
    }

    @Test func signedWebhooksVerify() throws {
        let delivery = WebhookSigner.test.sign(Data(#"{"data":{"event_type":"x"}}"#.utf8))
        let verifier = try WebhookVerifier(publicKey: WebhookSigner.test.publicKey)
        try verifier.verify(payload: delivery.body, headers: delivery.headers)
        #expect(throws: WebhookVerificationError.invalidSignature) {
            try verifier.verify(payload: Data("{}".utf8), headers: delivery.headers)
        }
    }

    @Test func pathTemplates() {
        #expect(PathTemplate.parameters(of: "/a/1/b", template: "/a/{id}/b") == ["id": "1"])
        #expect(PathTemplate.parameters(of: "/a//b", template: "/a/{id}/b") == nil)
        #expect(PathTemplate.parameters(of: "/a/1", template: "/a/{id}/b") == nil)
        #expect(PathTemplate.parameters(of: "/calls/9.json", template: "/calls/{sid}.json") == [:])
        #expect(PathTemplate.parameters(of: "/calls/9.xml", template: "/calls/{sid}.json") == nil)
    }
}
