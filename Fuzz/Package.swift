// swift-tools-version: 6.0
// Fuzz target for the spec reader and the IR builder; a separate package so the main `swift test`
// does not build it. Run with scripts/fuzz.sh.
import PackageDescription

let package = Package(
    name: "telnyx-fuzz",
    dependencies: [.package(name: "telnyx-swift", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzReader",
            dependencies: [.product(name: "CodegenIR", package: "telnyx-swift")])
    ]
)
