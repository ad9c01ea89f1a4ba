// swift-tools-version:6.1
import PackageDescription

// The generated client's product modules, one per product of spec/products.yaml (and `TelnyxOther`);
// `telnyx-codegen generate` writes their folders under Generated/Swift, and ManifestTests fails when
// this list and products.yaml disagree.
let productModules = [
    "Telnyx10DLC", "TelnyxAccount", "TelnyxAccountAccess", "TelnyxAccountManagement", "TelnyxAccountNotifications",
    "TelnyxAccountReports", "TelnyxAIAssistants", "TelnyxAIInference", "TelnyxAIVoices", "TelnyxBrandedCalling",
    "TelnyxNumberReputation", "TelnyxEmail", "TelnyxFax", "TelnyxIoT", "TelnyxMessaging", "TelnyxMessagingHosted",
    "TelnyxMessagingProfiles", "TelnyxMissions", "TelnyxNetworking", "TelnyxNumbers", "TelnyxNumbersCompliance",
    "TelnyxNumbersConfig", "TelnyxNumbersServices", "TelnyxOAuth", "TelnyxPortingIn", "TelnyxPortingOut",
    "TelnyxSeti", "TelnyxSIP", "TelnyxSIPIntegrations", "TelnyxStorage", "TelnyxTeXML", "TelnyxVerify",
    "TelnyxVideo", "TelnyxVoice", "TelnyxVoiceAdvanced", "TelnyxVoiceConferencing", "TelnyxVoiceGather",
    "TelnyxVoiceMedia", "TelnyxVoiceStreaming", "TelnyxWebRTC", "TelnyxWhatsapp", "TelnyxOther",
]

let package = Package(
    name: "telnyx-swift",
    platforms: [.macOS(.v14)],
    products: [
        // The whole API (the umbrella re-exports every module), or one product's module alone.
        .library(name: "Telnyx", targets: ["Telnyx"]),
        .library(name: "TelnyxCore", targets: ["TelnyxCore"]),
        .library(name: "TelnyxRuntime", targets: ["TelnyxRuntime"]),
        // Opt-in: send with AsyncHTTPClient (SwiftNIO), the server-side transport on Linux.
        .library(name: "TelnyxAsyncHTTPClient", targets: ["TelnyxAsyncHTTPClient"]),
        .library(name: "TelnyxTesting", targets: ["TelnyxTesting"]),
        // The testing machinery alone, for a TelnyxTesting library generated elsewhere (the compile checks).
        .library(name: "TelnyxTestingSupport", targets: ["TelnyxTestingSupport"]),
        .executable(name: "telnyx-codegen", targets: ["telnyx-codegen"]),
        .library(name: "CodegenIR", targets: ["CodegenIR"]),  // for Fuzz/
        .plugin(name: "TelnyxCodegenPlugin", targets: ["TelnyxCodegenPlugin"]),
        .plugin(name: "GenerateTelnyxClient", targets: ["GenerateTelnyxClient"]),
    ] + productModules.map { .library(name: $0, targets: [$0]) },
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.20.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // The opt-in AsyncHTTPClient transport (product TelnyxAsyncHTTPClient); apps that keep
        // URLSession do not build it.
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.21.0"),
        // `swift package generate-documentation --target TelnyxMessaging` (README, "Documentation").
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Generator: spec file -> SpecNode tree -> IR -> rendered files.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "SpecReader", dependencies: ["CLibYAML"]),
        // The output layout, the word splitter and the products.yaml reader, shared with the
        // build-tool plugin, which compiles this folder through a symlink (dependency-free).
        .target(name: "PluginsShared"),
        .target(name: "CodegenIR", dependencies: ["SpecReader", "PluginsShared"]),
        .target(
            name: "CodegenRender",
            dependencies: ["CodegenIR", "PluginsShared"]
        ),
        .target(
            name: "TelnyxCodegen",
            dependencies: ["SpecReader", "CodegenIR", "CodegenRender"]
        ),
        .executableTarget(
            name: "telnyx-codegen",
            dependencies: [
                "TelnyxCodegen",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Plugins: generate a client at build time from a target's spec, or regenerate Generated/.
        .plugin(name: "TelnyxCodegenPlugin", capability: .buildTool(), dependencies: ["telnyx-codegen"]),
        .plugin(
            name: "GenerateTelnyxClient",
            capability: .command(
                intent: .custom(
                    verb: "generate-telnyx-client",
                    description: "Regenerate Generated/ from spec/ (--check: fail when it is stale)"),
                permissions: [
                    .writeToPackageDirectory(reason: "Regenerates the client in Generated/ from spec/openapi.yaml")
                ]
            ),
            dependencies: ["telnyx-codegen"]
        ),

        // Runtime and the generated client.
        .target(
            name: "TelnyxAsyncHTTPClient",
            dependencies: [
                "TelnyxRuntime",
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .target(
            name: "TelnyxRuntime",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The generated client: the core (the client, shared resources and models), a module per product, the umbrella.
        .target(name: "TelnyxCore", dependencies: ["TelnyxRuntime"], path: "Generated/Swift/TelnyxCore"),
        .target(
            name: "Telnyx", dependencies: ["TelnyxCore", "TelnyxRuntime"] + productModules.map { .target(name: $0) },
            path: "Generated/Swift/Telnyx"),

        // Offline testing for users' code: a transport that answers from the spec (hand-written
        // machinery in TelnyxTestingSupport, the spec's operations and examples in Generated/Testing).
        .target(
            name: "TelnyxTestingSupport",
            dependencies: [
                "TelnyxRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "TelnyxTesting", dependencies: ["Telnyx", "TelnyxTestingSupport"], path: "Generated/Testing"),

        // Every Swift snippet of Generated/skills, wrapped so `swift build` type-checks it
        // (written by `telnyx-codegen extract-snippets`; SkillSnippetTests keeps it current).
        .target(
            name: "SkillSnippets",
            dependencies: [
                "Telnyx", "TelnyxAsyncHTTPClient", .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/SkillSnippets"),

        // Programs built on the whole client and run by the tests (PackageBuildTests): the twelve tasks
        // of a new user against a local stand-in that checks every request, and every union variant's
        // example decoded to that variant (Tests/UnionCheck/main.swift, written by `telnyx-codegen union-examples`).
        .target(name: "TwelveTasks", dependencies: ["Telnyx"], path: "Examples/TwelveTasks"),
        .executableTarget(
            name: "TwelveTasksServer",
            dependencies: [
                "TwelveTasks", "Telnyx", .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Examples/TwelveTasksServer"
        ),
        .executableTarget(name: "UnionCheck", dependencies: ["Telnyx", "TelnyxRuntime"], path: "Tests/UnionCheck"),

        // Tests.
        .testTarget(
            name: "CodegenTests",
            dependencies: [
                "SpecReader", "PluginsShared", "CodegenIR", "CodegenRender", "TelnyxCodegen",
                // The reference Mustache implementation the renderer's output is compared with.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")]
        ),
        // How a user's tests use TelnyxTesting (the code lives with the other examples).
        .testTarget(
            name: "TelnyxTestingExamples", dependencies: ["Telnyx", "TelnyxTesting"],
            path: "Examples/TelnyxTestingTests"
        ),
        // The client of the messaging slice (Tests/CodegenTests/Fixtures/slice, one module, the
        // build-tool plugin's layout), which holds every construct the generator handles: the runtime tests use it.
        .target(name: "MessagingSliceClient", dependencies: ["TelnyxRuntime"], path: "Tests/MessagingSliceClient"),
        .testTarget(
            name: "TelnyxTests",
            dependencies: [
                "MessagingSliceClient",
                "TelnyxRuntime",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                "TelnyxTestingSupport",
                "TelnyxAsyncHTTPClient",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
        + productModules.map { module in
            .target(name: module, dependencies: ["TelnyxCore", "TelnyxRuntime"], path: "Generated/Swift/\(module)")
        }
)
