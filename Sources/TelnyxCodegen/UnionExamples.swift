import CodegenIR
import CodegenRender

/// For every union of a generated client, each variant's example (the spec's, or one synthesized from
/// the schema as TelnyxTesting does), and the program that decodes each through its union and checks
/// it becomes that variant. Variants the generator warns it cannot tell apart (`UnionFit.shadowed`)
/// are left out and listed. `CompileTests` runs the program; `scripts/bench-decode.sh` times it.
public enum UnionExamples {
    /// Every variant's example, split into the ones the program checks and the shadowed ones (`Union.case`).
    public static func checks(_ source: ExampleSource) -> (checks: [UnionVariantExamples.Example], shadowed: [String]) {
        let examples = UnionVariantExamples.all(source)
        return (
            examples.filter { !$0.shadowed }, examples.filter(\.shadowed).map { "\($0.union).\($0.caseName)" }
        )
    }

    /// A program that runs every check (`rounds` times, the first argument, default 1) and prints
    /// `unions: N checked, M wrong` and each wrong one. With the spec's `InboundMessagePayload` example,
    /// it also checks that `messages.retrieve`'s response decodes it as the inbound variant.
    /// Run with `responses`, it decodes the spec's response and webhook examples instead
    /// (``ResponseExamples``), prints `responses: N decoded, M refused, K with mismatches` and lists
    /// each refused one and each mismatch (`SchemaMismatch`).
    public static func program(model: APIModel, clientModule: String) throws -> String {
        let source = try ExampleSource(model: model)
        var lines = [
            "// Decodes each variant's example through its union and checks it becomes that variant;",
            "// with `responses`, decodes the spec's response and webhook examples and lists their mismatches.",
            "import \(clientModule)",
            "@_spi(Generated) import TelnyxRuntime",
            "",
            "var checked = 0",
            "var wrong: [String] = []",
            "@MainActor func check<Union: JSONUnion>(_ type: Union.Type, _ expected: String, _ text: String) {",
            "    checked += 1",
            "    let decoded = (try? TelnyxJSON.parse(text)).flatMap { try? Union(json: $0) }",
            "    let label = decoded.flatMap { Mirror(reflecting: $0).children.first?.label } ?? \"(error)\"",
            "    if label != expected { wrong.append(\"\\(Union.self): \\(text) -> .\\(label), not .\\(expected)\") }",
            "}",
            "",
            "@MainActor func checkAll() {",
        ]
        for check in checks(source).checks {
            lines.append("    check(\(check.union).self, \"\(check.caseName)\", \(rawLiteral(check.json)))")
        }
        if let inbound = model.schema(named: "InboundMessagePayload")?.example?.text {
            lines += [
                "    checked += 1",
                "    let response = try? MessagesResource.RetrieveResponse(",
                "        json: TelnyxJSON.parse(\(rawLiteral("{\"data\":\(inbound)}"))))",
                "    if case .inboundMessagePayload? = response?.data {} else {",
                "        wrong.append(\"messages.retrieve: the spec's inbound message is \\(String(describing: response?.data))\")",
                "    }",
            ]
        }
        lines += ["}", ""] + responseChecks(ResponseExamples.all(source))
        lines += [
            "",
            "if CommandLine.arguments.dropFirst().first == \"responses\" {",
            "    checkResponses()",
            "    print(\"responses: \\(decoded) decoded, \\(refused.count) refused, \\(drifted.count) with mismatches\")",
            "    for line in refused + drifted { print(line) }",
            "} else {",
            "    let rounds = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1",
            "    for _ in 0..<rounds {",
            "        checked = 0",
            "        wrong = []",
            "        checkAll()",
            "    }",
            "    print(\"unions: \\(checked) checked, \\(wrong.count) wrong\")",
            "    for line in wrong { print(line) }",
            "}",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// The `responses` part: decode each example as the client would (`itemsKey`: the items of a
    /// page), and collect its mismatches.
    static func responseChecks(_ examples: [ResponseExamples.Example]) -> [String] {
        var lines = [
            "var decoded = 0",
            "var refused: [String] = []",
            "var drifted: [String] = []",
            "@MainActor func checkResponse<T: JSONConvertible>(_ type: T.Type, _ label: String, items key: String? = nil, _ text: String) {",
            "    guard let json = try? TelnyxJSON.parse(text) else { return refused.append(\"\\(label): not JSON\") }",
            "    let value = key.map { $0.isEmpty ? json : json[$0] ?? .null } ?? json",
            "    var mismatches: [SchemaMismatch] = []",
            "    T.collectMismatches(in: value, at: key ?? \"\", into: &mismatches)",
            "    if (try? T(json: value)) == nil { refused.append(\"\\(label): refused as \\(T.self)\") } else { decoded += 1 }",
            "    if !mismatches.isEmpty { drifted.append(\"\\(label): \\(mismatches.map(\\.description).joined(separator: \"; \"))\") }",
            "}",
            "",
            "@MainActor func checkResponses() {",
        ]
        for example in examples {
            let type = example.itemsKey == nil ? example.type : "[\(example.type)]"
            let items = example.itemsKey.map { ", items: \(rawLiteral($0))" } ?? ""
            lines.append(
                "    checkResponse(\(type).self, \(rawLiteral(example.label))\(items), \(rawLiteral(example.json)))")
        }
        return lines + ["}"]
    }

    /// `#"..."#` with as many `#` as the text needs.
    static func rawLiteral(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) { hashes += "#" }
        return hashes + "\"" + text + "\"" + hashes
    }
}
