// swift-tools-version:6.1
import PackageDescription

// A package that uses telnyx-swift: the client in TelnyxMessagingClient is generated at build time
// from Sources/TelnyxMessagingClient/openapi.yaml by the build-tool plugin; DialCallApp uses the
// package's whole client, the umbrella `Telnyx`.
let package = Package(
    name: "telnyx-examples",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "telnyx-swift", path: ".."),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.20.0"),
    ],
    targets: [
        .target(
            name: "TelnyxMessagingClient",
            dependencies: [.product(name: "TelnyxRuntime", package: "telnyx-swift")],
            plugins: [.plugin(name: "TelnyxCodegenPlugin", package: "telnyx-swift")]
        ),
        .executableTarget(
            name: "telnyx-example",
            dependencies: ["TelnyxMessagingClient", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "DialCallApp",
            dependencies: [
                .product(name: "Telnyx", package: "telnyx-swift"), .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
    ]
)
