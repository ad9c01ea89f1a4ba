import Foundation
@_spi(Generated) import TelnyxRuntime
import Testing

@Suite("Pagination against a local HTTP server")
struct PaginationTests {
    /// Items `start..<end` as profiles.
    static func items(_ range: Range<Int>) -> String {
        range.map { #"{"id": "p\#($0)"}"# }.joined(separator: ",")
    }

    @Test("page numbers: walks three pages using meta.total_pages")
    func pageNumber() async throws {
        try await withTestServer({ request, _ in
            let page = Int(request.queryValue("page[number]") ?? "1") ?? 1
            let start = (page - 1) * 2
            return .json(
                #"{"data": [\#(Self.items(start..<min(start + 2, 5)))], "meta": {"page_number": \#(page), "page_size": 2, "total_pages": 3, "total_results": 5}}"#
            )
        }) { server in
            var request = APIRequest(method: "GET", path: "/messaging_profiles", operationID: "list")
            request.addQuery("page[size]", 2)
            request.addQuery("filter", json: ["name": "x"])
            let sequence = server.client().paginate(
                request, pagination: .pageNumber(number: "page[number]", size: "page[size]"),
                as: TestProfile.self)
            var ids: [String] = []
            for try await profile in sequence { ids.append(profile.id ?? "?") }
            #expect(ids == ["p0", "p1", "p2", "p3", "p4"])
            let seen = await server.requests()
            #expect(seen.map { $0.queryValue("page[number]") } == [nil, "2", "3"])
            #expect(
                seen.allSatisfy {
                    $0.queryValue("page[size]") == "2" && $0.queryValue("filter[name]") == "x"
                })
        }
    }

    @Test("page numbers without total_pages stop at a short page")
    func pageNumberShortPage() async throws {
        try await withTestServer({ request, _ in
            let page = Int(request.queryValue("page[number]") ?? "1") ?? 1
            return .json(#"{"data": [\#(page < 3 ? Self.items(0..<2) : Self.items(0..<1))]}"#)
        }) { server in
            var request = APIRequest(method: "GET", path: "/x", operationID: "x")
            request.addQuery("page[size]", 2)
            let all = try await server.client().paginate(
                request, pagination: .pageNumber(number: "page[number]", size: "page[size]"),
                as: JSONValue.self
            ).collect()
            #expect(all.count == 5)
            #expect(await server.requests().count == 3)
        }
    }

    @Test("cursors: walks three pages following meta.cursors.after")
    func cursor() async throws {
        try await withTestServer({ request, _ in
            switch request.queryValue("page[after]") {
            case nil:
                return .json(#"{"data": [\#(Self.items(0..<2))], "meta": {"cursors": {"after": "c1"}}}"#)
            case "c1": return .json(#"{"data": [\#(Self.items(2..<4))], "meta": {"next_cursor": "c2"}}"#)
            default:
                return .json(#"{"data": [\#(Self.items(4..<5))], "meta": {"cursors": {"after": ""}}}"#)
            }
        }) { server in
            var request = APIRequest(method: "GET", path: "/messages", operationID: "list")
            request.addQuery("page[before]", "z")
            let pages = server.client().paginate(
                request, pagination: .cursor(after: "page[after]", before: "page[before]"),
                as: TestProfile.self
            ).pages
            var counts: [Int] = []
            var more: [Bool] = []
            for try await page in pages {
                counts.append(page.items.count)
                more.append(page.hasNextPage)
            }
            #expect(counts == [2, 2, 1])
            #expect(more == [true, true, false])
            let seen = await server.requests()
            #expect(seen.map { $0.queryValue("page[after]") } == [nil, "c1", "c2"])
            #expect(seen.map { $0.queryValue("page[before]") } == ["z", nil, nil])
        }
    }

    @Test("page_cursor: follows meta.next_page_cursor and top-level next_page_cursor")
    func pageCursor() async throws {
        try await withTestServer({ request, _ in
            switch request.queryValue("page_cursor") {
            case nil:
                return .json(#"{"data": [\#(Self.items(0..<1))], "meta": {"next_page_cursor": "n1"}}"#)
            case "n1": return .json(#"{"data": [\#(Self.items(1..<2))], "next_page_cursor": "n2"}"#)
            default: return .json(#"{"data": [\#(Self.items(2..<3))], "meta": {}}"#)
            }
        }) { server in
            let items = try await server.client().paginate(
                APIRequest(method: "GET", path: "/x", operationID: "x"),
                pagination: .pageCursor(parameter: "page_cursor"), as: TestProfile.self
            ).collect()
            #expect(items.map(\.id) == ["p0", "p1", "p2"])
        }
    }

    @Test("next_page_uri: takes the linked page's query items and stops at a null link")
    func nextPageURI() async throws {
        try await withTestServer({ request, _ in
            switch request.queryValue("PageToken") {
            case nil:
                #expect(request.queryValue("To") == "+13125550001")
                let next = "/v2/texml/Accounts/a/Calls.json?Page=1&PageSize=1&PageToken=t%2B1"
                return .json(#"{"calls": [\#(Self.items(0..<1))], "next_page_uri": "\#(next)"}"#)
            case "t+1":
                #expect(request.queryValue("Page") == "1" && request.queryValue("PageSize") == "1")
                #expect(request.queryValue("To") == "+13125550001")
                return .json(#"{"calls": [\#(Self.items(1..<2))], "next_page_uri": null}"#)
            default: return .json(#"{"calls": [\#(Self.items(5..<6))]}"#)
            }
        }) { server in
            var request = APIRequest(method: "GET", path: "/texml/Accounts/a/Calls", operationID: "GetTexmlCalls")
            request.setQuery("To", "+13125550001")
            let items = try await server.client().paginate(
                request, pagination: .nextPageURI, itemsKey: "calls", as: TestProfile.self
            ).collect()
            #expect(items.map(\.id) == ["p0", "p1"])
        }
    }

    @Test("offset: advances by the item count and stops at a short page")
    func offset() async throws {
        try await withTestServer({ request, _ in
            let offset = Int(request.queryValue("offset") ?? "0") ?? 0
            return .json(#"{"data": [\#(Self.items(offset..<min(offset + 2, 5)))]}"#)
        }) { server in
            var request = APIRequest(method: "GET", path: "/x", operationID: "x")
            request.addQuery("limit", 2)
            let items = try await server.client().paginate(
                request, pagination: .offset(offset: "offset", limit: "limit"), as: TestProfile.self
            ).collect()
            #expect(items.map(\.id) == ["p0", "p1", "p2", "p3", "p4"])
            #expect(await server.requests().map { $0.queryValue("offset") } == [nil, "2", "4"])
        }
    }

    @Test("perPage: stops at total_pages; none: one page; collect honours limit lazily")
    func perPageAndLimits() async throws {
        try await withTestServer({ request, _ in
            let page = Int(request.queryValue("page") ?? "1") ?? 1
            return .json(
                #"{"data": [\#(Self.items(page * 10..<page * 10 + 3))], "meta": {"total_pages": 2}}"#)
        }) { server in
            let client = server.client()
            let request = APIRequest(method: "GET", path: "/x", operationID: "x")
            let both = try await client.paginate(
                request, pagination: .perPage(page: "page", perPage: "per_page"), as: TestProfile.self
            ).collect()
            #expect(both.map(\.id) == ["p10", "p11", "p12", "p20", "p21", "p22"])
            let single = try await client.paginate(request, pagination: .none, as: TestProfile.self)
                .collect()
            #expect(single.count == 3)
            let before = await server.requests().count
            let limited = try await client.paginate(
                request, pagination: .perPage(page: "page", perPage: nil), as: TestProfile.self
            ).collect(limit: 2)
            #expect(limited.count == 2)
            #expect(await server.requests().count == before + 1)
        }
    }

    @Test("an empty items key reads a top-level array; records arrays work like data")
    func topLevelArrayAndRecords() async throws {
        try await withTestServer({ request, _ in
            request.path == "/list" ? .json("[\(Self.items(0..<3))]") : .json(#"{"records": [\#(Self.items(5..<7))]}"#)
        }) { server in
            let client = server.client()
            let list = try await client.paginate(
                APIRequest(method: "GET", path: "/list", operationID: "x"), pagination: .none, itemsKey: "",
                as: TestProfile.self
            ).collect()
            #expect(list.map(\.id) == ["p0", "p1", "p2"])
            let records = try await client.paginate(
                APIRequest(method: "GET", path: "/records", operationID: "y"), pagination: .none, itemsKey: "records",
                as: TestProfile.self
            ).collect()
            #expect(records.map(\.id) == ["p5", "p6"])
        }
    }

    @Test("firstPage exposes the body; a missing items array is an empty page")
    func firstPage() async throws {
        try await withTestServer({ _, _ in .json(#"{"meta": {"total_pages": 4, "page_number": 1}}"#) }) { server in
            let page = try await server.client().paginate(
                APIRequest(method: "GET", path: "/x", operationID: "x"),
                pagination: .pageNumber(number: "page[number]", size: nil), as: TestProfile.self
            ).firstPage()
            #expect(page.items.isEmpty)
            #expect(page.hasNextPage == false)
            #expect(page.json["meta"]?["total_pages"] == 4)
            #expect(page.response.status == 200)
        }
    }

    @Test("an error on a later page is thrown from the iteration")
    func laterPageError() async throws {
        try await withTestServer({ _, index in
            index == 0
                ? .json(#"{"data": [{"id": "a"}], "meta": {"next_page_cursor": "n"}}"#)
                : .json(#"{"errors": [{"code": "404"}]}"#, status: 404)
        }) { server in
            let sequence = server.client().paginate(
                APIRequest(method: "GET", path: "/x", operationID: "x"),
                pagination: .pageCursor(parameter: "page_cursor"), as: TestProfile.self)
            var iterator = sequence.makeAsyncIterator()
            let first = try await iterator.next()
            #expect(first?.id == "a")
            let error = await #expect(throws: TelnyxError.self) { _ = try await iterator.next() }
            #expect(error?.kind == .http(status: 404))
        }
    }

    @Test("a repeated cursor ends the sequence instead of looping")
    func repeatedCursor() async throws {
        try await withTestServer({ _, _ in
            .json(#"{"data": [{"id": "a"}], "meta": {"cursors": {"after": "same"}}}"#)
        }) { server in
            let items = try await server.client().paginate(
                APIRequest(method: "GET", path: "/x", operationID: "x"),
                pagination: .cursor(after: "page[after]", before: nil),
                as: TestProfile.self
            ).collect()
            #expect(items.count == 2)
            #expect(await server.requests().count == 2)
        }
    }
}
