import CodegenIR
import Foundation
import PluginsShared
import Testing

@testable import CodegenRender
@testable import TelnyxCodegen

/// The whole client as `swift test` has just built it in this package's own build folder (the one
/// build of the full API per run): every target made from generated code compiled without a warning,
/// and the programs on it run — the twelve tasks against a stand-in that checks every request, and
/// the decoding of every union variant's example.
@Suite("The whole client as this package builds it", .serialized)
struct PackageBuildTests {
    /// The build folder of this run (`.build/<triple>/debug`): the test bundle's resources are there.
    static let buildFolder = Bundle.module.bundleURL.deletingLastPathComponent()

    /// The targets compiled from generated code or on it, and their source folders; a warning in any fails.
    static func checkedTargets() throws -> [(target: String, folder: String)] {
        let yaml = try String(contentsOfFile: RepoPaths.path("spec/products.yaml"), encoding: .utf8)
        let modules = OutputLayout.moduleNames(products: ProductsFile.outputProducts(inYAML: yaml), prefix: "Telnyx")
        return modules.map { ($0, "Generated/Swift/\($0)") } + [
            ("TelnyxTesting", "Generated/Testing"), ("MessagingSliceClient", "Tests/MessagingSliceClient"),
            ("TwelveTasks", "Examples/TwelveTasks"), ("TwelveTasksServer", "Examples/TwelveTasksServer"),
            ("UnionCheck", "Tests/UnionCheck"),
        ]
    }

    @Test func generatedTargetsCompiledWithoutWarnings() throws {
        var files = 0
        for (target, folder) in try Self.checkedTargets() {
            let objects = Self.buildFolder.appendingPathComponent("\(target).build")
            for source in RepoPaths.swiftFiles(under: folder) {
                let stem = ((source as NSString).lastPathComponent as NSString).deletingPathExtension
                let report = objects.appendingPathComponent("\(stem).dia")
                let data = try #require(
                    FileManager.default.contents(atPath: report.path),
                    "\(target): no \(stem).dia (was \(source) compiled?)")
                let messages = CompilerDiagnostics.messages(in: data)
                #expect(messages.isEmpty, "\(folder)/\(source): \(messages.joined(separator: " | "))")
                files += 1
            }
        }
        #expect(files > 250, "only \(files) files checked")
    }

    /// The check above reads the compiler's serialized diagnostics; this holds it to a file with a warning.
    @Test func aWarningShowsInTheSerializedDiagnostics() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dia-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("warns", "func f() { let unused = 1 }\n"), ("clean", "func g() -> Int { 1 }\n")] {
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).swift"))
            let (status, output) = try await CompileTests.run(
                [
                    "swiftc", "-c", "-serialize-diagnostics", "-module-name", name, "-o",
                    folder.appendingPathComponent(name).path,
                    folder.appendingPathComponent("\(name).swift").path,
                ], in: folder)
            try #require(status == 0, "\(output)")
        }
        let warns = try Data(contentsOf: folder.appendingPathComponent("warns.dia"))
        #expect(CompilerDiagnostics.messages(in: warns).contains { $0.contains("'unused' was never used") })
        #expect(
            CompilerDiagnostics.messages(in: try Data(contentsOf: folder.appendingPathComponent("clean.dia"))) == [])
    }

    /// Examples/TwelveTasks (the twelve tasks of a new user) runs against the local stand-in in
    /// Examples/TwelveTasksServer, which checks every request against the spec.
    @Test func twelveTasksRunAgainstALocalServer() async throws {
        let (status, output) = try await CompileTests.run([
            Self.buildFolder.appendingPathComponent("TwelveTasksServer").path
        ])
        #expect(status == 0, "TwelveTasksServer exited with \(status):\n\(output.suffix(3000))")
        #expect(output.split(separator: "\n").count >= 12, "too few steps logged:\n\(output)")
    }

    /// Every union of the client decodes each variant's example (the spec's, or one synthesized from
    /// the schema) to that variant, except the variants the generator warns it cannot tell apart.
    @Test func everyUnionDecodesEachVariantsExampleToThatVariant() async throws {
        let model = try EmbeddedSpec.model()
        let program = try UnionExamples.program(model: model, clientModule: "Telnyx")
        let committed = try String(contentsOfFile: RepoPaths.path("Tests/UnionCheck/main.swift"), encoding: .utf8)
        #expect(program == committed, "Tests/UnionCheck/main.swift is stale; run scripts/record-golden.sh")
        let (checks, shadowed) = UnionExamples.checks(try ExampleSource(model: model))
        #expect(checks.count > 300, "only \(checks.count) variant examples")
        // The variants the generator warns about (10 on spec3-2026-07-16: three list shapes of the
        // wireless blocklist, the email block list's two pages, two map responses of the SETI enum endpoint).
        #expect(shadowed.count == 10, "\(shadowed)")
        let (status, output) = try await CompileTests.run([Self.buildFolder.appendingPathComponent("UnionCheck").path])
        #expect(status == 0, "UnionCheck exited with \(status):\n\(output.suffix(3000))")
        #expect(output.hasPrefix("unions: \(checks.count + 1) checked, 0 wrong\n"), "\(output.prefix(6000))")
    }

    /// The spec's own response and webhook examples decode through the client, and `validate()`
    /// finds no drift in them (a mismatch would name the example, the member path and the kind).
    @Test func theSpecsResponseExamplesDecodeWithoutMismatches() async throws {
        let examples = ResponseExamples.all(try ExampleSource(model: try EmbeddedSpec.model()))
        #expect(examples.count > 60, "only \(examples.count) response and webhook examples")
        let (status, output) = try await CompileTests.run([
            Self.buildFolder.appendingPathComponent("UnionCheck").path, "responses",
        ])
        #expect(status == 0, "UnionCheck responses exited with \(status):\n\(output.suffix(3000))")
        #expect(
            output == "responses: \(examples.count) decoded, 0 refused, 0 with mismatches\n", "\(output.prefix(6000))")
    }

    /// What `import Telnyx` shows is the API: the storage behind models, their unchecked
    /// initializer, the table of required members, the typed reads of generated code, the request
    /// builders and the client's typed sends are not (`client.request(...)` is the raw access).
    @Test func generatedCodesHelpersAreNotPublicAPI() async throws {
        let uses = [
            "profile[rawKey: \"name\"] == nil ? 0 : 1",  // the documented raw access compiles
            "profile.storage.count", "MessagingProfile(storage: [:]).hashValue",
            "MessagingProfile.schemaMembers.count", "[SchemaMember]().count",
            "(profile.value(forKey: \"name\") as String?)?.count ?? 0",
            "MessagingProfilesResource.RetrieveParameters(id: \"p\").makeRequest().path.count",
            "{ var request = APIRequest(method: \"GET\", path: \"/x\", operationID: \"x\"); "
                + "request.addQuery(\"a\", \"b\"); return request.query.count }()",
            "{ let send = TelnyxClient(apiKey: \"k\").client.performVoid; _ = send; return 0 }()",
        ]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("public-api-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, use) in uses.enumerated() {
            let file = folder.appendingPathComponent("use\(index).swift")
            try Data("import Telnyx\nfunc use(_ profile: MessagingProfile) -> Int { \(use) }\n".utf8).write(to: file)
            let modules = Self.buildFolder.appendingPathComponent("Modules").path
            let (status, output) = try await CompileTests.run(["swiftc", "-typecheck", "-I", modules, file.path])
            if index == 0 {
                #expect(status == 0, "\(use): \(output)")
            } else {
                // Refused for the access, not for a typo: hidden by `@_spi`, or not found at all.
                let hidden = ["'@_spi' protection level", "cannot find 'SchemaMember'", "(have 'storage:'"]
                #expect(
                    status != 0 && hidden.contains { output.contains($0) }, "\(use) with `import Telnyx`: \(output)")
            }
        }
    }

    @Test func everyOperationAndSchemaIsInTheGeneratedSwift() throws {
        let model = try EmbeddedSpec.model()
        let swift = try RepoPaths.swiftFiles(under: "Generated/Swift").map {
            try String(contentsOfFile: RepoPaths.path("Generated/Swift/\($0)"), encoding: .utf8)
        }.joined()
        for operation in model.operations {
            #expect(swift.contains("operationID: \"\(operation.id)\""), "operation \(operation.id) missing")
        }
        var declared: Set<Substring> = []
        for line in swift.split(separator: "\n") {
            for prefix in ["public struct ", "public enum ", "public typealias "] where line.hasPrefix(prefix) {
                declared.insert(line.dropFirst(prefix.count).prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            }
        }
        let names = SwiftNaming(model: model).types
        #expect(model.operations.count == 1156 && model.schemas.count == 1875)
        for schema in model.schemas {
            let name = names.typeName(ofSchema: schema.name)
            #expect(declared.contains(Substring(name)), "schema \(schema.name) (\(name)) not declared")
        }
    }

}

/// The messages of a compiler's serialized diagnostics file (`.dia`, LLVM bitstream): a file without
/// diagnostics holds only its header, and each diagnostic adds its message, file name and category as
/// text, so the runs of readable text are the diagnostics.
enum CompilerDiagnostics {
    static func messages(in data: Data) -> [String] {
        var runs: [String] = []
        var run: [UInt8] = []
        for byte in data + [0] {
            if byte >= 0x20 && byte < 0x7F {
                run.append(byte)
            } else {
                if run.count >= 12 { runs.append(String(decoding: run, as: UTF8.self)) }
                run.removeAll(keepingCapacity: true)
            }
        }
        return runs
    }
}
