import Foundation
import HTTPTypes
import OpenAPIRuntime
import TelnyxRuntime

/// Turns a ``TestResponse`` into the HTTP response the client receives for one operation.
struct ResponseBuilder {
    let operation: TelnyxTestCatalog.Operation
    /// Numbers the `x-request-id` header, so errors carry a request id as the API's do.
    let requestNumber: Int

    /// The HTTP response, its body, and the JSON value the body was written from (nil for other content).
    func response(_ response: TestResponse, to request: RecordedRequest)
        -> (response: HTTPResponse, body: HTTPBody?, json: JSONValue?)
    {
        let spec = operation.response
        var contentType = spec.contentType
        var json: JSONValue?
        var body: Data?
        var content = response.content
        // A list answered with its example is one page (the example's own paging members could
        // send the client after pages that do not exist).
        if case .example(nil) = content, let pagination = operation.pagination, pagination.style != "none",
            let items = spec.example?[pagination.items]?.arrayValue
        {
            content = .pages([items])
        }
        switch content {
        case .example(let patch):
            if let example = spec.example {
                json = patch.map(example.merging) ?? example
            } else if let patch {
                json = patch
            } else if contentType != nil {
                body = Data()
            }
        case .json(let value):
            json = value
            contentType = "application/json"
        case .data(let data, let type):
            body = data
            contentType = type
        case .pages(let pages):
            let responder = PageResponder(pages: pages, pagination: operation.pagination, example: spec.example)
            json = responder.body(for: request)
            contentType = "application/json"
        }
        if let json { body = TelnyxJSON.serialize(json) }
        var fields = HTTPFields()
        fields[.init("x-request-id")!] = "test-request-\(requestNumber)"
        if let contentType, body != nil { fields[.contentType] = contentType }
        for (name, value) in response.headers.sorted(by: { $0.key < $1.key }) {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        let status = response.status ?? spec.status
        return (HTTPResponse(status: .init(code: status), headerFields: fields), body.map { HTTPBody($0) }, json)
    }
}
