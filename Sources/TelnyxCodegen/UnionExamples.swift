import CodegenIR
import CodegenRender

/// For every union of a generated client, each variant's example (the spec's, or one synthesized from
/// the schema as TelnyxTesting does), and the program that decodes each through its union and checks
/// it becomes that variant. Variants the generator warns it cannot tell apart (`UnionFit.shadowed`)
/// are left out and listed. `CompileTests` runs the program; `scripts/bench-decode.sh` times it.
public enum UnionExamples {
    /// Every variant's example, split into the ones the program checks and the shadowed ones (`Union.case`).
    public static func checks(model: APIModel) throws -> (checks: [UnionVariantExamples.Example], shadowed: [String]) {
        let examples = try UnionVariantExamples.all(model: model)
        return (
            examples.filter { !$0.shadowed }, examples.filter(\.shadowed).map { "\($0.union).\($0.caseName)" }
        )
    }

    /// A program that runs every check (`rounds` times, the first argument, default 1) and prints
    /// `unions: N checked, M wrong` and each wrong one. With the spec's `InboundMessagePayload` example,
    /// it also checks that `messages.retrieve`'s response decodes it as the inbound variant.
    public static func program(model: APIModel, clientModule: String) throws -> String {
        var lines = [
            "// Decodes each variant's example through its union and checks it becomes that variant.",
            "import \(clientModule)",
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
        for check in try checks(model: model).checks {
            lines.append("    check(\(check.union).self, \"\(check.caseName)\", \(rawLiteral(check.json)))")
        }
        if let inbound = model.schema(named: "InboundMessagePayload")?.example {
            lines += [
                "    checked += 1",
                "    let response = try? MessagesResource.RetrieveResponse(",
                "        json: TelnyxJSON.parse(\(rawLiteral("{\"data\":\(inbound)}"))))",
                "    if case .inboundMessagePayload? = response?.data {} else {",
                "        wrong.append(\"messages.retrieve: the spec's inbound message is \\(String(describing: response?.data))\")",
                "    }",
            ]
        }
        lines += [
            "}",
            "",
            "let rounds = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1",
            "for _ in 0..<rounds {",
            "    checked = 0",
            "    wrong = []",
            "    checkAll()",
            "}",
            "print(\"unions: \\(checked) checked, \\(wrong.count) wrong\")",
            "for line in wrong { print(line) }",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    /// `#"..."#` with as many `#` as the text needs.
    static func rawLiteral(_ text: String) -> String {
        var hashes = "#"
        while text.contains("\"" + hashes) { hashes += "#" }
        return hashes + "\"" + text + "\"" + hashes
    }
}
