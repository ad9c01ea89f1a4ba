import Foundation

extension APIRequest {
    /// Adds a query parameter; `nil` adds nothing.
    ///
    /// Arrays repeat the name for each element when `explode` is `true`
    /// (`status=a&status=b`) and join the elements with commas otherwise (`status=a,b`).
    @_spi(Generated) public mutating func addQuery(_ name: String, _ value: (some QueryValue)?, explode: Bool = true) {
        guard let value else { return }
        let values = value.queryValues
        if explode {
            for text in values { query.append(QueryItem(name: name, value: text)) }
        } else if !values.isEmpty {
            query.append(QueryItem(name: name, value: values.joined(separator: ",")))
        }
    }

    /// Adds a `deepObject` or free-form query parameter from JSON.
    ///
    /// Object members become `name[key]=value` (nested recursively: `filter[date][gte]=...`),
    /// arrays are comma-joined (or as `arrayFormat` says), `null` members are skipped, and a
    /// scalar is `name=value`.
    @_spi(Generated) public mutating func addQuery(
        _ name: String, json value: JSONValue?, arrayFormat: DeepObjectArrayFormat = .comma
    ) {
        guard let value else { return }
        switch value {
        case .null:
            return
        case .object(let members):
            for key in members.keys.sorted() {
                addQuery("\(name)[\(key)]", json: members[key], arrayFormat: arrayFormat)
            }
        case .array(let elements):
            let texts = elements.filter { $0 != .null }.map(JSONValue.queryText)
            switch arrayFormat {
            case .comma:
                if !texts.isEmpty {
                    query.append(QueryItem(name: name, value: texts.joined(separator: ",")))
                }
            case .repeat:
                for text in texts { query.append(QueryItem(name: name, value: text)) }
            case .brackets:
                for text in texts { query.append(QueryItem(name: name + "[]", value: text)) }
            }
        default:
            query.append(QueryItem(name: name, value: JSONValue.queryText(value)))
        }
    }

    /// Adds a header; `nil` adds nothing and arrays are comma-joined.
    @_spi(Generated) public mutating func addHeader(_ name: String, _ value: (some QueryValue)?) {
        guard let value else { return }
        headers.append(QueryItem(name: name, value: value.queryValues.joined(separator: ",")))
    }
}
