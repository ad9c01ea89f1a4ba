/// Member names of generated models that properties must not take.
enum ModelMembers {
    static let reserved: Set<String> = ["storage", "json", "schemaMembers", "validate", "init", "self", "Self"]
}

/// Member names of generated enums and unions that cases must not take.
enum EnumMembers {
    static let reserved: Set<String> = ["unknown", "rawValue", "json", "description", "hashValue", "allCases", "init"]
}
