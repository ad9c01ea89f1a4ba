import CodegenIR
import Foundation
import Testing

@testable import CodegenRender
@testable import TelnyxCodegen

/// Generated code built the way a user's package builds it, in a scratch package under
/// `.build/checks/compile` that depends on this repository by path: the fixture clients (without
/// warnings), and apps outside the repository — one that adds only `TelnyxMessaging` and one that
/// imports the umbrella `Telnyx`. The whole client as this package builds it: `PackageBuildTests`.
@Suite("Generated code compiles", .serialized)
struct CompileTests {
    static let directory = FullSpec.repoRoot.appendingPathComponent(".build/checks/compile")

    /// Every target of the scratch package and its Swift files (paths relative to the target).
    static let targets: Result<[String: [String: String]], any Error> = Result {
        let targets: [String: [String: String]] = [
            "GoldenClient": try swiftFiles(GoldenTests.render(fixture: "golden/client")),
            "MessagingOnlyApp": try exampleFiles("MessagingOnlyApp"),
            "PointersFixture": try swiftFiles(
                GeneratorPipeline.render(Fixture.build("ir/pointers.yaml").model, templates: TemplateSet())),
            // `diff`'s classification checked by the compiler: the same callers against both versions.
            "UnionsOld": try swiftFiles(
                GeneratorPipeline.render(Fixture.build("diff/unions/old.yaml").model, templates: TemplateSet())),
            "UnionsNew": try swiftFiles(
                GeneratorPipeline.render(Fixture.build("diff/unions/new.yaml").model, templates: TemplateSet())),
            "UnionsOldRequestCaller": ["Caller.swift": unionCaller("UnionsOld", request: true)],
            "UnionsNewRequestCaller": ["Caller.swift": unionCaller("UnionsNew", request: true)],
            "UnionsOldResponseCaller": ["Caller.swift": unionCaller("UnionsOld", request: false)],
            "UnionsNewResponseCaller": ["Caller.swift": unionCaller("UnionsNew", request: false)],
        ]
        try writePackage(targets)
        return targets
    }

    @Test func fixtureClientsBuildWithoutWarnings() async throws {
        _ = try Self.targets.get()
        try await Self.build(target: "GoldenClient")
        try await Self.build(target: "PointersFixture")
    }

    /// A package outside this repository that adds only `TelnyxMessaging` builds the core and that
    /// module, no other product's and not the umbrella, and sends an SMS to a local stand-in.
    @Test func anAppWithOnlyTheMessagingModuleSendsAnSMS() async throws {
        _ = try Self.targets.get()
        try await Self.build(target: "MessagingOnlyApp")
        let (linked, linking) = try await Self.run([
            "swift", "build", "--package-path", Self.directory.path, "--product", "MessagingOnlyApp",
        ])
        try #require(linked == 0, "linking MessagingOnlyApp failed:\n\(linking.suffix(2000))")
        let (status, output) = try await Self.run([
            Self.directory.appendingPathComponent(".build/debug/MessagingOnlyApp").path
        ])
        #expect(status == 0 && output.contains("sent msg-1\nreceived Hi back"), "\(output.suffix(2000))")
        // This repository's modules the scratch package compiled.
        let built = try FileManager.default.contentsOfDirectory(
            atPath: Self.directory.appendingPathComponent(".build/debug/Modules").resolvingSymlinksInPath().path)
        let modules = Set(
            built.filter { $0.hasSuffix(".swiftmodule") }.map { $0.dropLast(12) })
        #expect(modules.isSuperset(of: ["TelnyxCore", "TelnyxMessaging"]), "\(modules.sorted())")
        #expect(modules.isDisjoint(with: ["Telnyx", "TelnyxVoice", "TelnyxMessagingProfiles"]), "\(modules.sorted())")
        // An app that keeps URLSession builds no SwiftNIO (the AsyncHTTPClient transport is its own product).
        #expect(
            modules.isDisjoint(with: ["NIOCore", "AsyncHTTPClient", "TelnyxAsyncHTTPClient"]), "\(modules.sorted())")
    }

    /// `telnyx-codegen diff` calls a union that gains a variant additive in a request (callers build
    /// one of the variants they had) and breaking in a response (an exhaustive `switch` misses the
    /// new case): code written against the old client compiles against the new one exactly where
    /// the change is additive.
    @Test func unionChangesBreakExactlyTheCallersDiffSays() async throws {
        let diff = Commands.diff(
            oldPath: Fixture.path("diff/unions/old.yaml"), newPath: Fixture.path("diff/unions/new.yaml"),
            configDirectory: nil)
        #expect(
            diff.output.contains(
                "ADDITIVE tools: POST /tools (tools.create): body field 'tool' union `Tool` gains `PayTool`"))
        #expect(
            diff.output.contains(
                "BREAKING tools: POST /tools (tools.create): response field 'tool' union `Tool` gains `PayTool`"))
        _ = try Self.targets.get()
        for target in ["UnionsOldRequestCaller", "UnionsNewRequestCaller", "UnionsOldResponseCaller"] {
            try await Self.build(target: target)
        }
        let (status, output) = try await Self.run([
            "swift", "build", "--package-path", Self.directory.path, "--target", "UnionsNewResponseCaller",
        ])
        #expect(status != 0 && output.contains("switch must be exhaustive"), "\(output.suffix(1500))")
    }

    /// Code written against the old union fixture's client: building a request with the union, or
    /// switching over the union a response holds.
    private static func unionCaller(_ module: String, request: Bool) -> String {
        let body =
            request
            ? """
            public func toolRequest() -> ToolRequest {
                ToolRequest(tool: .hangupTool(HangupTool(type: .hangup)), tools: [.webhookTool(WebhookTool(url: "https://example.com"))])
            }
            """
            : """
            public func describe(_ response: ToolRequest) -> String {
                guard let tool = response.tool else { return "none" }
                switch tool {
                case .webhookTool(let webhook): return webhook.url ?? ""
                case .hangupTool: return "hangup"
                case .unknown: return "unknown"
                }
            }
            """
        return "import \(module)\n\n\(body)\n"
    }

    /// `swift build --target` in the scratch package; fails the test on an error or a warning in generated code.
    static func build(
        target: String, warningsIn checked: [String]? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async throws {
        let (status, output) = try await run(["swift", "build", "--package-path", directory.path, "--target", target])
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

    /// The Swift files of `Examples/<name>`.
    private static func exampleFiles(_ name: String) throws -> [String: String] {
        let folder = FullSpec.repoRoot.appendingPathComponent("Examples/\(name)")
        var result: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            result[file] = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        }
        return result
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
        var extra = [
            "MessagingOnlyApp":
                #".product(name: "TelnyxMessaging", package: "telnyx-swift"), .product(name: "FlyingFox", package: "FlyingFox"), "#
                + #".product(name: "Crypto", package: "swift-crypto"), "#
        ]
        for version in ["Old", "New"] {
            for side in ["Request", "Response"] { extra["Unions\(version)\(side)Caller"] = "\"Unions\(version)\", " }
        }
        let declarations = targets.keys.sorted().map { name in
            let kind = name.hasSuffix("App") ? "executableTarget" : "target"
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

    /// Runs a command and returns its status and output. It waits on a thread of its own, not on the
    /// tests' cooperative threads, so the tests that talk to local servers meanwhile are not starved.
    static func run(_ arguments: [String], in directory: URL? = nil) async throws -> (Int32, String) {
        let child = Child(arguments: arguments, directory: directory)
        try child.process.run()
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let data = child.output.fileHandleForReading.readDataToEndOfFile()
                child.process.waitUntilExit()
                continuation.resume(returning: (child.process.terminationStatus, String(decoding: data, as: UTF8.self)))
            }
        }
    }

    /// A process and its output pipe, handed to the thread that waits for them.
    private final class Child: @unchecked Sendable {
        let process = Process()
        let output = Pipe()

        init(arguments: [String], directory: URL?) {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            process.currentDirectoryURL = directory
            process.standardOutput = output
            process.standardError = output
        }
    }
}
