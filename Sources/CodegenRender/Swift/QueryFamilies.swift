/// Bracketed query parameters (`filter[status]`, `filter[voice_connection_name][starts_with]`,
/// `page[number]`) form families that a call passes as one value, as the official SDKs group them:
/// `filter: .init(status: .active, voiceConnectionNameStartsWith: "sip")`. The wire stays the same.
enum QueryFamilies {
    /// The family and the member of a bracketed name: `filter[a][b]` → (`filter`, `a][b`); nil for
    /// a plain name.
    static func split(_ name: String) -> (family: String, member: String)? {
        guard name.utf8.last == UInt8(ascii: "]"), let open = name.firstIndex(of: "["), open != name.startIndex else {
            return nil
        }
        let family = String(name[..<open])
        let member = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        guard !member.isEmpty, family.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return (family, member)
    }

    /// `fields` with each family's members gathered into one field at the first member's place.
    /// `family` names a family's field and type (called once per family, in order).
    static func grouped(
        _ fields: [OperationDeclaration.Field],
        family: (String) -> (name: String, type: QualifiedName)
    ) -> [OperationDeclaration.Field] {
        var result: [OperationDeclaration.Field] = []
        var position: [String: Int] = [:]
        for field in fields {
            guard field.location == .query, let group = field.group else {
                result.append(field)
                continue
            }
            if position[group] == nil {
                position[group] = result.count
                let named = family(group)
                result.append(
                    OperationDeclaration.Field(
                        name: named.name, wireName: group, type: .named(named.type), required: false,
                        doc: DocComment("The `\(group)[...]` query parameters."), location: .query, viaJSON: false,
                        explode: true))
            }
            let index = position[group]!
            result[index].members.append(field)
            result[index].required = result[index].required || field.required
        }
        return result
    }
}
