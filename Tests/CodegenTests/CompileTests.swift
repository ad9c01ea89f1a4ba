import CodegenIR
import Foundation
import Testing

@testable import CodegenRender
@testable import TelnyxCodegen

/// THE compile checks: generated clients build, without warnings, in one scratch package under
/// `.build/checks/compile` (depending on this repository by path for `TelnyxRuntime`), one target each:
/// the fixture clients (always), and with ../shared the full-spec client with every Swift snippet of
/// its skill documents, and the full-spec client generated without any configuration.
@Suite("Generated code compiles", .serialized)
struct CompileTests {
    static let directory = FullSpec.repoRoot.appendingPathComponent(".build/checks/compile")

    /// The full spec rendered with this repository's configuration, a module per product named
    /// `TelnyxFull<Product>` beside `TelnyxFullCore` and the umbrella `TelnyxFull` (this repository's
    /// own modules are `Telnyx...`, and module names must be unique in a package graph).
    static let configured: Result<[OutputFile], any Error> = Result {
        try GeneratorPipeline.run(
            .init(specPath: FullSpec.latest, configDirectory: FullSpec.configDirectory, modulePrefix: "TelnyxFull")
        ).files
    }

    /// The full client's modules: folder under `Swift/` → its files.
    static func fullModules(_ files: [OutputFile]) -> [String: [String: String]] {
        var modules: [String: [String: String]] = [:]
        for file in files where file.path.hasPrefix("Swift/") {
            let parts = file.path.dropFirst("Swift/".count).split(separator: "/", maxSplits: 1)
            modules[String(parts[0]), default: [:]][String(parts[1])] = file.contents
        }
        return modules
    }

    /// The full spec rendered as a plugin user who only drops the spec into a target gets it.
    static let unconfigured: Result<[OutputFile], any Error> = Result {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("telnyx-no-configuration")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        return try GeneratorPipeline.run(
            .init(specPath: FullSpec.latest, configDirectory: empty.path, includeSkills: false, includeTesting: false)
        ).files
    }

    /// Every target of the scratch package and its Swift files (paths relative to the target).
    static let targets: Result<[String: [String: String]], any Error> = Result {
        var targets: [String: [String: String]] = [
            "GoldenClient": try swiftFiles(GoldenTests.render(fixture: "golden/client")),
            "MessagingOnlyApp": try exampleFiles("MessagingOnlyApp"),
            "PointersFixture": try swiftFiles(
                Generator.render(Fixture.build("ir/pointers.yaml").model, templates: TemplateSet())),
        ]
        if FullSpec.available {
            let configured = try configured.get()
            for (module, files) in fullModules(configured) { targets[module] = files }
            targets["TelnyxFullTesting"] = swiftFiles(configured, folder: "Testing/").mapValues(importingFullClient)
            targets["TelnyxFullTestingCheck"] = [
                "main.swift": """
                // Decodes every webhook example of the full spec (a bad one stops the program) and
                // lists messaging profiles through the test transport.
                import TelnyxFull
                import TelnyxFullTesting

                let events = WebhookExamples.allEvents
                print("webhook examples: \\(events.count)")
                let transport = TelnyxTestTransport()
                print("operations: \\(transport.catalog.operationCount)")
                let profiles = try await TelnyxClient(configuration: .testing(transport)).messagingProfiles.list().collect()
                print("profiles: \\(profiles.count), requests: \\(transport.requests.count)")

                """
            ]
            let documents = configured.filter { $0.path.hasPrefix("skills/") }.map {
                (String($0.path.dropFirst("skills/".count)), $0.contents)
            }
            targets["Snippets"] = [
                "Snippets.swift": SnippetExtractor.source(documents: documents, clientModule: "TelnyxFull")
            ]
            targets["UnionCheck"] = [
                "main.swift": try UnionExamples.program(model: try FullSpec.load().model, clientModule: "TelnyxFull")
            ]
            targets["TelnyxUnconfigured"] = swiftFiles(try unconfigured.get())
            targets["TwelveTasks"] = try exampleFiles("TwelveTasks")
            targets["TwelveTasksServer"] = try exampleFiles("TwelveTasksServer")
        }
        try writePackage(targets)
        return targets
    }

    @Test func fixtureClientsBuildWithoutWarnings() throws {
        _ = try Self.targets.get()
        try Self.build(target: "GoldenClient")
        try Self.build(target: "PointersFixture")
    }

    /// A package outside this repository that adds only `TelnyxMessaging` builds the core and that
    /// module, no other product's and not the umbrella, and sends an SMS to a local stand-in.
    @Test func anAppWithOnlyTheMessagingModuleSendsAnSMS() throws {
        _ = try Self.targets.get()
        try Self.build(target: "MessagingOnlyApp")
        let (linked, linking) = try Self.run([
            "swift", "build", "--package-path", Self.directory.path, "--product", "MessagingOnlyApp",
        ])
        try #require(linked == 0, "linking MessagingOnlyApp failed:\n\(linking.suffix(2000))")
        let (status, output) = try Self.run([
            Self.directory.appendingPathComponent(".build/debug/MessagingOnlyApp").path
        ])
        #expect(status == 0 && output.contains("sent msg-1\nreceived Hi back"), "\(output.suffix(2000))")
        // This repository's modules the scratch package compiled (the full client's are `TelnyxFull...`).
        let built = try FileManager.default.contentsOfDirectory(
            atPath: Self.directory.appendingPathComponent(".build/debug/Modules").resolvingSymlinksInPath().path)
        let modules = Set(
            built.filter { $0.hasSuffix(".swiftmodule") && !$0.hasPrefix("TelnyxFull") }.map { $0.dropLast(12) })
        #expect(modules.isSuperset(of: ["TelnyxCore", "TelnyxMessaging"]), "\(modules.sorted())")
        #expect(modules.isDisjoint(with: ["Telnyx", "TelnyxVoice", "TelnyxMessagingProfiles"]), "\(modules.sorted())")
    }

    @Test(.enabled(if: FullSpec.available, "../shared absent: full-spec compile check skipped"))
    func everyOperationAndSchemaIsInTheGeneratedSwift() throws {
        let model = try FullSpec.load().model
        let swift = try Self.configured.get().filter { $0.path.hasPrefix("Swift/") }.map(\.contents).joined()
        for operation in model.operations {
            #expect(swift.contains("operationID: \"\(operation.id)\""), "operation \(operation.id) missing")
        }
        var declared: Set<Substring> = []
        for line in swift.split(separator: "\n") {
            for prefix in ["public struct ", "public enum ", "public typealias "] where line.hasPrefix(prefix) {
                declared.insert(line.dropFirst(prefix.count).prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            }
        }
        let names = TypeNames(
            schemas: model.schemas, resourceTypeNames: ResourceTree(operations: model.operations).resourceTypeNames)
        #expect(model.schemas.count == 1875)
        for schema in model.schemas {
            let name = names.typeName(ofSchema: schema.name)
            #expect(declared.contains(Substring(name)), "schema \(schema.name) (\(name)) not declared")
        }
    }

    @Test(.enabled(if: FullSpec.available, "../shared absent: full-spec compile check skipped"))
    func fullClientAndSnippetsBuildWithoutWarnings() throws {
        let files = try Self.configured.get()
        let snippetCount = files.filter { $0.path.hasPrefix("skills/") }
            .reduce(0) { $0 + SnippetExtractor.swiftBlocks($1.contents).count }
        #expect(snippetCount > 300, "only \(snippetCount) snippets")  // 347 for spec3-2026-07-16
        _ = try Self.targets.get()
        // Builds TelnyxFull, which it imports; warnings count in the generated client only (a snippet
        // such as `let client = TelnyxClient()` alone is a complete example).
        try Self.build(target: "Snippets", warningsIn: Array(Self.fullModules(files).keys))
    }

    /// Examples/TwelveTasks (the twelve tasks of issue 12) builds against the full client without
    /// warnings and runs against the local stand-in in Examples/TwelveTasksServer, which checks every request.
    @Test(.enabled(if: FullSpec.available, "../shared absent: full-spec compile check skipped"))
    func twelveTasksBuildAndRunAgainstALocalServer() throws {
        _ = try Self.targets.get()
        try Self.build(target: "TwelveTasksServer", warningsIn: ["TwelveTasks", "TwelveTasksServer"])
        let (linked, linking) = try Self.run([
            "swift", "build", "--package-path", Self.directory.path, "--product", "TwelveTasksServer",
        ])
        try #require(linked == 0, "linking TwelveTasksServer failed:\n\(linking.suffix(2000))")
        let executable = Self.directory.appendingPathComponent(".build/debug/TwelveTasksServer").path
        let (status, output) = try Self.run([executable])
        #expect(status == 0, "TwelveTasksServer exited with \(status):\n\(output.suffix(3000))")
        #expect(output.split(separator: "\n").count >= 12, "too few steps logged:\n\(output)")
    }

    /// The full spec's TelnyxTesting library (operation names, catalog, webhook examples) builds
    /// without warnings against the full client.
    @Test(.enabled(if: FullSpec.available, "../shared absent: full-spec compile check skipped"))
    func fullTestingLibraryBuildsWithoutWarnings() throws {
        let files = try #require(try Self.targets.get()["TelnyxFullTesting"])
        #expect(files.keys.sorted() == ["Catalog.swift", "Operations.swift", "WebhookExamples.swift"])
        try Self.build(target: "TelnyxFullTestingCheck", warningsIn: ["TelnyxFullTesting"])
        let (linked, linking) = try Self.run([
            "swift", "build", "--package-path", Self.directory.path, "--product", "TelnyxFullTestingCheck",
        ])
        try #require(linked == 0, "linking TelnyxFullTestingCheck failed:\n\(linking.suffix(2000))")
        let (status, output) = try Self.run([
            Self.directory.appendingPathComponent(".build/debug/TelnyxFullTestingCheck").path
        ])
        #expect(status == 0, "TelnyxFullTestingCheck exited with \(status):\n\(output.suffix(3000))")
        #expect(output.contains("operations: 1156\nprofiles: 1, requests: 1"), "\(output)")
        let events = output.split(separator: "\n").first { $0.hasPrefix("webhook examples: ") }
        #expect((events?.split(separator: " ").last).flatMap { Int($0) } ?? 0 >= 60, "\(output)")
    }

    /// Every union of the full client decodes each variant's example (the spec's, or one synthesized
    /// from the schema) to that variant, except the variants the generator warns it cannot tell apart;
    /// the spec's inbound-message example through `messages.retrieve`'s response is the inbound variant.
    @Test(.enabled(if: FullSpec.available, "../shared absent: full-spec compile check skipped"))
    func everyUnionDecodesEachVariantsExampleToThatVariant() throws {
        _ = try Self.targets.get()
        let (checks, shadowed) = try UnionExamples.checks(model: try FullSpec.load().model)
        #expect(checks.count > 300, "only \(checks.count) variant examples")
        // The variants the generator warns about (10 on spec3-2026-07-16: three list shapes of the
        // wireless blocklist, the email block list's two pages, two map responses of the SETI enum endpoint).
        #expect(shadowed.count == 10, "\(shadowed)")
        try Self.build(target: "UnionCheck", warningsIn: ["UnionCheck"])
        let (linked, linking) = try Self.run([
            "swift", "build", "--package-path", Self.directory.path, "--product", "UnionCheck",
        ])
        try #require(linked == 0, "linking UnionCheck failed:\n\(linking.suffix(2000))")
        let (status, output) = try Self.run([Self.directory.appendingPathComponent(".build/debug/UnionCheck").path])
        #expect(status == 0, "UnionCheck exited with \(status):\n\(output.suffix(3000))")
        #expect(output.hasPrefix("unions: \(checks.count + 1) checked, 0 wrong\n"), "\(output.prefix(6000))")
    }

    @Test(.enabled(if: FullSpec.available, "../shared absent: full-spec compile check skipped"))
    func unconfiguredFullClientIsSplitAndBuilds() throws {
        let files = try #require(try Self.targets.get()["TelnyxUnconfigured"])
        let largest = try #require(files.max { $0.value.lineCount < $1.value.lineCount })
        #expect(largest.value.lineCount < 20_000, "\(largest.key) has \(largest.value.lineCount) lines")
        try Self.build(target: "TelnyxUnconfigured")
    }

    /// `swift build --target` in the scratch package; fails the test on an error or a warning in generated code.
    static func build(
        target: String, warningsIn checked: [String]? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let (status, output) = try run(["swift", "build", "--package-path", directory.path, "--target", target])
        let lines = output.split(separator: "\n")
        let errors = lines.filter { $0.contains("error:") }.prefix(20)
        #expect(
            status == 0,
            "swift build --target \(target) failed in .build/checks/compile:\n\(errors.joined(separator: "\n"))\n\(output.suffix(2000))",
            sourceLocation: sourceLocation)
        let checked = checked ?? [target]
        let warnings = lines.filter { line in
            line.contains(": warning:") && checked.contains { line.contains("/Sources/\($0)/") }
        }
        #expect(
            warnings.isEmpty,
            "\(warnings.count) warnings in \(checked.joined(separator: ", ")):\n\(warnings.prefix(20).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    /// The Swift files of `Examples/<name>`, importing the full client (`import Telnyx` → `import TelnyxFull`).
    private static func exampleFiles(_ name: String) throws -> [String: String] {
        let folder = FullSpec.repoRoot.appendingPathComponent("Examples/\(name)")
        var result: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            result[file] = importingFullClient(text)
        }
        return result
    }

    /// `import Telnyx` → `import TelnyxFull`: the full client's module in the scratch package.
    private static func importingFullClient(_ text: String) -> String {
        text.replacingOccurrences(of: "import Telnyx\n", with: "import TelnyxFull\n")
    }

    private static func swiftFiles(_ files: [OutputFile], folder: String = "Swift/") -> [String: String] {
        var result: [String: String] = [:]
        for file in files where file.path.hasPrefix(folder) {
            result[String(file.path.dropFirst(folder.count))] = file.contents
        }
        return result
    }

    /// Writes the package, touching only files whose contents changed (so rebuilds stay incremental).
    static func writePackage(_ targets: [String: [String: String]]) throws {
        var wanted: [String: String] = [:]
        for (target, files) in targets {
            for (path, contents) in files { wanted["Sources/\(target)/\(path)"] = contents }
        }
        let runtime = #".product(name: "TelnyxRuntime", package: "telnyx-swift")"#
        let fullModules = targets.keys.filter { $0.hasPrefix("TelnyxFull") && !$0.hasPrefix("TelnyxFullTesting") }
        var extra = [
            "Snippets": #""TelnyxFull", "#,
            "TwelveTasks": #""TelnyxFull", "#,
            "TelnyxFullTesting": #""TelnyxFull", .product(name: "TelnyxTestingSupport", package: "telnyx-swift"), "#,
            "TelnyxFullTestingCheck": #""TelnyxFull", "TelnyxFullTesting", "#,
            "UnionCheck": #""TelnyxFull", "#,
            "MessagingOnlyApp":
                #".product(name: "TelnyxMessaging", package: "telnyx-swift"), .product(name: "FlyingFox", package: "FlyingFox"), "#
                + #".product(name: "Crypto", package: "swift-crypto"), "#,
            "TwelveTasksServer": #""TwelveTasks", "TelnyxFull", .product(name: "FlyingFox", package: "FlyingFox"), "#
                + #".product(name: "Crypto", package: "swift-crypto"), "#,
        ]
        for module in fullModules where module != "TelnyxFull" && module != "TelnyxFullCore" {
            extra[module] = #""TelnyxFullCore", "#
        }
        extra["TelnyxFull"] = fullModules.filter { $0 != "TelnyxFull" }.sorted().map { "\"\($0)\", " }.joined()
        let declarations = targets.keys.sorted().map { name in
            let executables = ["TwelveTasksServer", "TelnyxFullTestingCheck", "UnionCheck", "MessagingOnlyApp"]
            let kind = executables.contains(name) ? "executableTarget" : "target"
            return "        .\(kind)(name: \"\(name)\", dependencies: [\(extra[name] ?? "")\(runtime)]),"
        }
        wanted["Package.swift"] = """
            // swift-tools-version:6.0
            import PackageDescription

            let package = Package(
                name: "compile-check",
                platforms: [.macOS(.v14)],
                dependencies: [
                    .package(name: "telnyx-swift", path: \(SwiftLiteral.string(FullSpec.repoRoot.path))),
                    .package(url: "https://github.com/swhitty/FlyingFox", from: "0.20.0"),
                    .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
                ],
                targets: [
            \(declarations.joined(separator: "\n"))
                ]
            )

            """
        let resolved = FullSpec.repoRoot.appendingPathComponent("Package.resolved")
        if let pins = try? String(contentsOf: resolved, encoding: .utf8) { wanted["Package.resolved"] = pins }
        let manager = FileManager.default
        let sources = directory.appendingPathComponent("Sources")
        if let existing = manager.enumerator(at: sources, includingPropertiesForKeys: nil) {
            for case let url as URL in existing where url.pathExtension == "swift" {
                let relative =
                    "Sources/" + url.standardizedFileURL.path.dropFirst(sources.standardizedFileURL.path.count + 1)
                if wanted[relative] == nil { try manager.removeItem(at: url) }
            }
        }
        for (path, contents) in wanted {
            let url = directory.appendingPathComponent(path)
            if (try? String(contentsOf: url, encoding: .utf8)) == contents { continue }
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
    }

    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

extension String {
    fileprivate var lineCount: Int { utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } }
}
