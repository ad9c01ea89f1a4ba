/// Template values for one operation: the resource method and its parameters type.
enum OperationView {
    static func values(for operation: OperationDeclaration) -> [String: Any] {
        var values: [String: Any] = [
            "resourceType": operation.resourceType, "methodName": operation.methodName,
            "parametersType": operation.parametersType, "deprecated": operation.deprecated,
            "method": SwiftLiteral.string(operation.method), "path": operation.pathExpression,
            "operationID": SwiftLiteral.string(operation.operationID),
        ]
        values["doc"] = DocComment.block(operation.docLines, indent: 4) ?? false
        values["parametersDoc"] = DocComment.block(operation.parametersDocLines, indent: 4) ?? false
        let parameters = operation.fields.map(\.parameter)
        values["methodParameters"] = DeclarationView.commaSeparated(parameters + ["options: RequestOptions = .none"])
        values["initParameters"] = parameters.joined(separator: ", ")
        values["arguments"] = operation.fields.map { $0.location == .body ? $0.name : "\($0.name): \($0.name)" }
            .joined(separator: ", ")
        values["fields"] = operation.fields.map(fieldValues)
        for (key, location, viaJSON) in [
            ("queryFields", OperationDeclaration.FieldLocation.query, false), ("queryJSONFields", .query, true),
            ("headerFields", .header, false), ("headerJSONFields", .header, true),
        ] {
            values[key] = operation.fields.filter { $0.location == location && $0.viaJSON == viaJSON }.map(fieldValues)
        }
        let mutates = operation.accept != nil || operation.fields.contains { $0.location != .path }
        values["binding"] = mutates ? "var" : "let"
        if let accept = operation.accept { values["accept"] = SwiftLiteral.string(accept) }
        if let body = operation.body {
            values["bodyStatement"] = bodyStatement(body)
            values["bodyOptional"] = !operation.bodyRequired
        }
        switch operation.call {
        case .paginate(let item, let style, let itemsKey):
            values["isPaginated"] = true
            values["itemType"] = item
            values["paginationStyle"] = style
            values["itemsKey"] = SwiftLiteral.string(itemsKey)
        case .json(let type):
            values["isJSON"] = true
            values["returnType"] = type
        case .text:
            values["isText"] = true
            values["returnType"] = "String"
        case .data:
            values["isData"] = true
            values["returnType"] = "Data"
        case .void:
            values["isVoid"] = true
        }
        return values
    }

    private static func fieldValues(_ field: OperationDeclaration.Field) -> [String: Any] {
        var values: [String: Any] = [
            "name": field.name, "type": field.type, "key": SwiftLiteral.string(field.wireName),
            "explode": field.explode, "optional": field.type.hasSuffix("?"),
        ]
        values["doc"] = DocComment.block(field.docLines, indent: 8) ?? false
        return values
    }

    private static func bodyStatement(_ body: OperationDeclaration.BodyEncoding) -> String {
        switch body {
        case .json: "request.setJSONBody(body)"
        case .form: "request.setFormBody(body.json)"
        case .multipart(let fields):
            "request.setMultipartBody(body.json, binaryFields: \(SwiftLiteral.stringArray(fields)))"
        case .binary(let contentType): "request.setBinaryBody(body, contentType: \(SwiftLiteral.string(contentType)))"
        case .text(let contentType): "request.body = .text(body, contentType: \(SwiftLiteral.string(contentType)))"
        }
    }
}
