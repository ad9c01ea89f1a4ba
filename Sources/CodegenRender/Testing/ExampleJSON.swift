import CodegenIR

/// JSON the testing catalog puts together around the spec's examples (which are ``SpecJSON``
/// already), written compactly on one line by ``SpecJSON/text``.
extension SpecJSON {
    /// An object of `members` in order, without the nil ones.
    static func members(_ members: [(String, SpecJSON?)]) -> SpecJSON {
        .object(members.compactMap { key, value in value.map { Member(key, $0) } })
    }

    /// An object of `members` in order.
    static func members(_ members: [(String, SpecJSON)]) -> SpecJSON {
        .object(members.map { Member($0.0, $0.1) })
    }

    /// An integer.
    static func integer(_ number: Int) -> SpecJSON { .number(String(number)) }

    /// An object with the member `property` first and set to `tag` (a union's discriminator);
    /// any other value unchanged.
    func tagged(_ property: String, _ tag: String) -> SpecJSON {
        guard case .object(var members) = self else { return self }
        members.removeAll { $0.key == property }
        members.insert(Member(property, .string(tag)), at: 0)
        return .object(members)
    }
}
