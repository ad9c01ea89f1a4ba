import Foundation
@_spi(Generated) import TelnyxRuntime
import Testing

@Suite("APIClient against a local HTTP server")
struct ClientTests {
    @Test("every local-server test sends through URLSession, then through AsyncHTTPClient")
    func bothTransports() async throws {
        var transports: [String] = []
        try await withTestServer({ _, _ in .json(#"{"data": 1}"#) }) { server in
            let configuration = server.configuration()
            transports.append(String(describing: type(of: configuration.transport)))
            let value = try await APIClient(configuration: configuration).perform(
                APIRequest(method: "GET", path: "/x", operationID: "x"), as: JSONValue.self)
            #expect(value["data"] == 1)
            #expect(await server.requests().count == 1)
        }
        #expect(transports == ["URLSessionTransport", "AsyncHTTPClientTransport"])
    }

    @Test("sends auth, accept, user agent, JSON body and returns the decoded response")
    func jsonRoundTrip() async throws {
        try await withTestServer({ request, _ in
            .json(
                #"{"data": {"id": "p1", "name": "Support", "status": "queued"}}"#,
                headers: ["x-request-id": "req-1"])
        }) { server in
            var request = APIRequest(
                method: "POST", path: "/messaging_profiles", operationID: "CreateMessagingProfile")
            request.setJSONBody(TestUpdateRequest(name: "Support", messagingProfileId: .null))
            let (value, response) = try await server.client().performWithResponse(
                request, as: JSONValue.self)
            #expect(try TestProfile(json: value["data"]!).status == .queued)
            #expect(response.requestID == "req-1")
            #expect(response.headers["content-type"] == "application/json")
            let seen = try #require(await server.requests().first)
            #expect(seen.method == "POST")
            #expect(seen.path == "/messaging_profiles")
            #expect(seen.headers["authorization"] == "Bearer \(testAPIKey)")
            #expect(seen.headers["accept"] == "application/json")
            #expect(seen.headers["user-agent"] == "telnyx-tests/1.0")
            #expect(seen.headers["content-type"] == "application/json")
            #expect(seen.bodyText == #"{"messaging_profile_id":null,"name":"Support"}"#)
        }
    }

    @Test("no Authorization header without an API key; extra headers override defaults")
    func headers() async throws {
        try await withTestServer({ _, _ in .json("{}") }) { server in
            var request = APIRequest(method: "GET", path: "/balance", operationID: "GetBalance")
            request.addHeader("X-Custom", ["a", "b"])
            let options = RequestOptions(extraHeaders: ["Accept": "text/csv", "X-Extra": "1"])
            try await server.client(apiKey: nil).performVoid(request, options: options)
            let seen = try #require(await server.requests().first)
            #expect(seen.headers["authorization"] == nil)
            #expect(seen.headers["accept"] == "text/csv")
            #expect(seen.headers["x-extra"] == "1")
            #expect(seen.headers["x-custom"] == "a,b")
        }
    }

    @Test("retries after 429 and 503 honouring Retry-After, with the same idempotency key")
    func retries() async throws {
        try await withTestServer({ _, index in
            switch index {
            case 0: return .json(#"{"errors": []}"#, status: 429, headers: ["Retry-After": "0.2"])
            case 1: return .json("{}", status: 503, headers: ["retry-after-ms": "50"])
            default: return .json(#"{"data": "ok"}"#)
            }
        }) { server in
            let request = APIRequest(method: "POST", path: "/messages", operationID: "SendMessage")
            let started = Date()
            let value = try await server.client(maxRetries: 2).perform(
                request,
                options: RequestOptions(idempotencyKey: "idem-1"),
                as: JSONValue.self
            )
            let elapsed = Date().timeIntervalSince(started)
            #expect(value["data"] == "ok")
            let seen = await server.requests()
            #expect(seen.count == 3)
            #expect(seen.map { $0.headers["idempotency-key"] } == ["idem-1", "idem-1", "idem-1"])
            #expect(elapsed >= 0.25, "Retry-After 0.2 s plus retry-after-ms 50 ms must be waited")
        }
    }

    @Test("Retry-After as an HTTP date is honoured")
    func retryAfterDate() async throws {
        try await withTestServer({ _, index in
            index == 0
                ? .json("{}", status: 503, headers: ["Retry-After": "Thu, 01 Jan 1970 00:00:00 GMT"])
                : .json("[1]")
        }) { server in
            let value = try await server.client().perform(
                APIRequest(method: "GET", path: "/x", operationID: "x"), as: [Int].self)
            #expect(value == [1])
            #expect(await server.requests().count == 2)
        }
    }

    @Test("gives up after maxRetries and reports the last status")
    func exhaustedRetries() async throws {
        try await withTestServer({ _, _ in
            .json(#"{"errors": [{"code": 10011, "title": "Too many requests"}]}"#, status: 429)
        }) { server in
            let error = await #expect(throws: TelnyxError.self) {
                try await server.client(maxRetries: 1).performVoid(
                    APIRequest(method: "GET", path: "/x", operationID: "x"))
            }
            #expect(error?.kind == .http(status: 429))
            #expect(error?.code == "10011")
            #expect(await server.requests().count == 2)
        }
    }

    @Test("4xx other than 408/409/429 is not retried; errors, codes and request id are decoded")
    func errorDecoding() async throws {
        let body = #"""
            {"errors": [{"code": "10015", "title": "Invalid value", "detail": "The 'name' is required.",
                         "source": {"pointer": "/name"}, "meta": {"url": "https://developers.telnyx.com/docs/overview/errors/10015"}},
                        {"code": 10016, "title": "Missing parameter"}]}
            """#
        try await withTestServer({ _, _ in
            .json(body, status: 422, headers: ["X-Request-Id": "abc-123"])
        }) { server in
            let error = await #expect(throws: TelnyxError.self) {
                try await server.client().performVoid(
                    APIRequest(method: "POST", path: "/messaging_profiles", operationID: "x"))
            }
            let failure = try #require(error)
            #expect(await server.requests().count == 1)
            #expect(failure.kind == .http(status: 422))
            #expect(failure.status == 422)
            #expect(failure.requestID == "abc-123")
            #expect(failure.errors.count == 2)
            #expect(failure.errors[0].code == "10015")
            #expect(failure.errors[0].source?.pointer == "/name")
            #expect(
                failure.errors[0].meta?.url == "https://developers.telnyx.com/docs/overview/errors/10015")
            #expect(failure.errors[1].code == "10016")
            #expect(
                failure.description
                    == "Telnyx API error 422 (request id abc-123): 10015 Invalid value: The 'name' is required.; 10016 Missing parameter"
            )
        }
    }

    @Test("the API key never appears in error text")
    func keyNotLeaked() async throws {
        try await withTestServer({ _, _ in
            .json(#"{"errors": [{"code": "10009", "title": "Authentication failed"}]}"#, status: 401)
        }) {
            server in
            let error = await #expect(throws: TelnyxError.self) {
                try await server.client().performVoid(
                    APIRequest(method: "GET", path: "/balance", operationID: "x"))
            }
            let failure = try #require(error)
            #expect(failure.kind == .http(status: 401))
            #expect(await server.requests().first?.headers["authorization"]?.contains(testAPIKey) == true)
            var dumped = ""
            dump(failure, to: &dumped)
            for text in [
                failure.description, failure.debugDescription, String(reflecting: failure), "\(failure)",
                failure.localizedDescription, dumped,
            ] {
                #expect(!text.contains(testAPIKey))
                #expect(!text.contains("KEY0123"))
            }
            #expect(!String(reflecting: server.configuration()).contains(testAPIKey))
        }
    }

    @Test("a slow server gives a timeout error")
    func timeout() async throws {
        // The server answers after 10 s; the client gives up after 0.3 s (well under 10 s even on a loaded machine).
        try await withTestServer({ _, _ in .json("{}", delay: 10) }) { server in
            let started = Date()
            let error = await #expect(throws: TelnyxError.self) {
                try await server.client(timeout: 0.3, maxRetries: 0).performVoid(
                    APIRequest(method: "GET", path: "/slow", operationID: "x"))
            }
            #expect(error?.kind == .timeout)
            #expect(Date().timeIntervalSince(started) < 8)
        }
    }

    @Test("timeouts are retried, and per-request options override the configuration")
    func timeoutRetried() async throws {
        // The first answer comes after 20 s, past the request's 2 s timeout; the retry is answered at once.
        try await withTestServer({ _, index in .json(#"{"n": \#(index)}"#, delay: index == 0 ? 20 : 0)
        }) { server in
            let client = server.client(timeout: 0.05, maxRetries: 0)
            let value = try await client.perform(
                APIRequest(method: "GET", path: "/x", operationID: "x"),
                options: RequestOptions(timeout: 2, maxRetries: 1),
                as: JSONValue.self
            )
            #expect(value["n"] == 1)
        }
    }

    @Test("connection refused gives a connection error")
    func connectionRefused() async throws {
        let configuration = TelnyxConfiguration(
            apiKey: testAPIKey,
            baseURL: URL(string: "http://127.0.0.1:1")!,
            timeout: 5,
            maxRetries: 1,
            retryBackoff: fastBackoff
        )
        let error = await #expect(throws: TelnyxError.self) {
            try await APIClient(configuration: configuration).performVoid(
                APIRequest(method: "GET", path: "/x", operationID: "x"))
        }
        #expect(error?.kind == .connection)
        #expect(error?.underlying != nil)
        #expect(error.map { !$0.description.contains(testAPIKey) } == true)
    }

    @Test("a body of the wrong shape gives a decoding error with status and request id")
    func decodingError() async throws {
        try await withTestServer({ _, _ in .json(#"{"data": 5}"#, headers: ["request-id": "r-9"]) }) {
            server in
            let error = await #expect(throws: TelnyxError.self) {
                try await server.client().perform(
                    APIRequest(method: "GET", path: "/x", operationID: "x"), as: TestProfile.self)
            }
            #expect(error?.kind == .decoding)
            #expect(error?.status == 200)
            #expect(error?.requestID == "r-9")
            #expect(error?.underlying?.contains("required key 'id'") == true)
        }
    }

    @Test("query and path encoding reach the server intact")
    func queryOnTheWire() async throws {
        try await withTestServer({ _, _ in .json("{}") }) { server in
            var request = APIRequest(
                method: "GET", path: "/numbers/" + APIRequest.pathComponent("+1 555/12"), operationID: "x")
            request.addQuery("page[number]", 3)
            request.addQuery("page[size]", 25)
            request.addQuery("filter", json: ["status": ["active", "pending"], "tag": "a&b=c"])
            request.addQuery("include", ["x", "y"], explode: false)
            try await server.client().performVoid(request)
            let seen = try #require(await server.requests().first)
            #expect(seen.path == "/numbers/%2B1%20555%2F12")
            #expect(seen.queryValue("page[number]") == "3")
            #expect(seen.queryValue("page[size]") == "25")
            #expect(seen.queryValue("filter[status]") == "active,pending")
            #expect(seen.queryValue("filter[tag]") == "a&b=c")
            #expect(seen.queryValue("include") == "x,y")
            #expect(seen.rawQuery.contains("page%5Bnumber%5D=3"))
        }
    }

    @Test("form and multipart bodies reach the server with their content types")
    func bodiesOnTheWire() async throws {
        try await withTestServer({ _, _ in .json("{}") }) { server in
            let client = server.client()
            var form = APIRequest(method: "POST", path: "/texml", operationID: "form")
            form.setFormBody(["To": "+1 555", "StatusCallbackEvent": ["initiated", "answered"]])
            try await client.performVoid(form)

            var multipart = APIRequest(method: "POST", path: "/media", operationID: "multipart")
            let bytes = Data([0x00, 0xFF, 0x0D, 0x0A, 0x42])
            multipart.setMultipartBody(
                ["media": .string(bytes.base64EncodedString()), "ttl": 60], binaryFields: ["media"])
            try await client.performVoid(multipart)

            var binary = APIRequest(method: "PUT", path: "/audio", operationID: "binary")
            binary.setBinaryBody(bytes, contentType: "audio/mpeg")
            _ = try await client.performData(binary)

            let seen = await server.requests()
            #expect(seen[0].headers["content-type"] == "application/x-www-form-urlencoded")
            #expect(
                seen[0].bodyText == "StatusCallbackEvent=initiated&StatusCallbackEvent=answered&To=%2B1+555"
            )

            let contentType = try #require(seen[1].headers["content-type"])
            #expect(contentType.hasPrefix("multipart/form-data; boundary="))
            let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
            var expected = Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"media\"; filename=\"media\"\r\n"
                    .utf8)
            expected.append(Data("Content-Type: application/octet-stream\r\n\r\n".utf8))
            expected.append(bytes)
            expected.append(
                Data(
                    "\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"ttl\"\r\n\r\n60\r\n--\(boundary)--\r\n"
                        .utf8))
            #expect(seen[1].body == expected)

            #expect(seen[2].method == "PUT")
            #expect(seen[2].headers["content-type"] == "audio/mpeg")
            #expect(seen[2].body == bytes)
        }
    }

    @Test("performData returns raw bytes of non-JSON responses")
    func rawData() async throws {
        try await withTestServer({ _, _ in
            TestServer.Reply(headers: ["Content-Type": "text/csv"], body: Data("a,b\n1,2\n".utf8))
        }) { server in
            let data = try await server.client().performData(
                APIRequest(method: "GET", path: "/report.csv", operationID: "x"))
            #expect(String(decoding: data, as: UTF8.self) == "a,b\n1,2\n")
        }
    }
}
