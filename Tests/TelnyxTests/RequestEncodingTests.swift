import Foundation
import Testing

@_spi(Generated) @testable import TelnyxRuntime

@Suite("Request encoding")
struct RequestEncodingTests {
    let base = URL(string: "https://api.telnyx.com/v2/")!

    @Test("path components are percent-encoded")
    func pathComponents() {
        #expect(APIRequest.pathComponent("a b/c") == "a%20b%2Fc")
        #expect(APIRequest.pathComponent("+1 (555)") == "%2B1%20%28555%29")
        #expect(APIRequest.pathComponent("abc-._~") == "abc-._~")
        #expect(APIRequest.pathComponent(42) == "42")
    }

    @Test("query parameters: scalars, exploded and comma arrays, deep objects")
    func query() {
        var request = APIRequest(method: "GET", path: "/messaging_profiles", operationID: "list")
        request.addQuery("page[number]", 2)
        request.addQuery("missing", String?.none)
        request.addQuery("ids", ["a", "b"])
        request.addQuery("fields", ["x", "y z"], explode: false)
        request.addQuery(
            "filter", json: ["status": ["queued", "sent"], "date": ["gte": "2024-01-01"], "skip": nil])
        request.addQuery("flag", true)
        #expect(
            request.query.map { "\($0.name)=\($0.value)" } == [
                "page[number]=2", "ids=a", "ids=b", "fields=x,y z", "filter[date][gte]=2024-01-01",
                "filter[status]=queued,sent", "flag=true",
            ]
        )
        #expect(
            request.urlString(baseURL: base)
                == "https://api.telnyx.com/v2/messaging_profiles?page%5Bnumber%5D=2&ids=a&ids=b&fields=x%2Cy%20z"
                + "&filter%5Bdate%5D%5Bgte%5D=2024-01-01&filter%5Bstatus%5D=queued%2Csent&flag=true"
        )
    }

    @Test("deep-object arrays can repeat or use brackets")
    func arrayFormats() {
        var request = APIRequest(method: "GET", path: "/x", operationID: "x")
        request.addQuery("filter", json: ["s": ["a", "b"]], arrayFormat: .repeat)
        request.addQuery("f", json: ["s": ["c"]], arrayFormat: .brackets)
        #expect(
            request.query.map { "\($0.name)=\($0.value)" } == ["filter[s]=a", "filter[s]=b", "f[s][]=c"])
    }

    @Test("setQuery replaces values in place")
    func setQuery() {
        var request = APIRequest(method: "GET", path: "/x", operationID: "x")
        request.addQuery("a", 1)
        request.addQuery("b", 2)
        request.setQuery("a", "9")
        request.setQuery("b", nil)
        request.setQuery("c", "3")
        #expect(request.query == [QueryItem(name: "a", value: "9"), QueryItem(name: "c", value: "3")])
    }

    @Test("form bodies flatten objects and repeat arrays")
    func formBody() {
        var request = APIRequest(method: "POST", path: "/x", operationID: "x")
        request.setFormBody(["To": "+1555", "Tags": ["a", "b"], "Meta": ["k": "v"], "Skip": nil])
        #expect(
            request.body
                == .form([
                    QueryItem(name: "Meta[k]", value: "v"), QueryItem(name: "Tags", value: "a"),
                    QueryItem(name: "Tags", value: "b"), QueryItem(name: "To", value: "+1555"),
                ])
        )
    }

    @Test("multipart bodies: binary fields as files, other values as text or JSON parts")
    func multipartBody() throws {
        var request = APIRequest(method: "POST", path: "/x", operationID: "x")
        let audio = Data([0xFF, 0x00, 0x10])
        request.setMultipartBody(
            [
                "file": .string(audio.base64EncodedString()), "language": "en", "options": ["a": 1], "n": 3,
            ], binaryFields: ["file"])
        guard case .multipart(let parts)? = request.body else {
            Issue.record("expected a multipart body")
            return
        }
        #expect(parts.map(\.name) == ["file", "language", "n", "options"])
        #expect(
            parts[0]
                == MultipartPart(
                    name: "file", filename: "file", contentType: "application/octet-stream", data: audio))
        #expect(parts[1] == MultipartPart(name: "language", data: Data("en".utf8)))
        #expect(parts[2].data == Data("3".utf8))
        #expect(parts[3].contentType == "application/json")
        #expect(parts[3].data == Data(#"{"a":1}"#.utf8))
        let encoded = String(
            decoding: MultipartEncoder.encode([parts[1]], boundary: "B"), as: UTF8.self)
        #expect(
            encoded == "--B\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nen\r\n--B--\r\n")
    }
}
