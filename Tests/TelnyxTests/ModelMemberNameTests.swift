import Foundation
@_spi(Generated) import TelnyxRuntime
import Testing

/// A model with a spec property named `description`, as many Telnyx schemas have.
private struct Described: JSONModel {
    var storage: [String: JSONValue]
    init(storage: [String: JSONValue]) { self.storage = storage }
    var description: String? { value(forKey: "description") }
}

@Suite("Model member names")
struct ModelMemberNameTests {
    @Test("a `description` property reads the field; printing still shows the JSON")
    func descriptionProperty() throws {
        let model = try Described(json: ["description": "A profile", "id": 1])
        let field = model.description
        #expect(field == "A profile")
        #expect(String(describing: model) == #"{"description":"A profile","id":1}"#)
    }
}
