#!/usr/bin/env bash
# Benchmarks the generated client on the full Telnyx spec:
#   1. release-builds telnyx-codegen and times full-spec generation (wall time, peak RSS, files, lines);
#   2. writes the client into a scratch package (.build/checks/bench-full) that depends on this
#      repository by path, builds its dependencies (TelnyxRuntime and below) first, then times the
#      debug `swift build` of the generated target alone and reports its peak memory;
#   3. times the debug build of the generated TelnyxTesting library on top of it (its own target).
# Usage: scripts/bench-compile.sh [SPEC]   (default ../shared/telnyx-openapi/spec3-2026-07-16.yml)
#        CONFIG=none scripts/bench-compile.sh   the layout without products.yaml (products from tags)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
spec="${1:-../shared/telnyx-openapi/spec3-2026-07-16.yml}"
work="$root/.build/checks/bench-full"
config="${CONFIG:-spec}"
if [ "$config" = none ]; then config="$work/no-config"; mkdir -p "$config"; fi

swift build -c release --product telnyx-codegen >/dev/null
bin="$(swift build -c release --show-bin-path)/telnyx-codegen"

echo "== generate (release): $spec"
rm -rf "$work/out"
/usr/bin/time -f "generation: %e s wall, %M KB peak RSS" "$bin" generate --spec "$spec" --config "$config" \
    --output "$work/out" 2>&1 | grep -v ': warning: '
echo "files: $(find "$work/out" -type f | wc -l), Swift lines: $(cat $(find "$work/out/Swift" -name '*.swift') | wc -l)"

mkdir -p "$work/Sources"
rm -rf "$work/Sources/TelnyxFull" "$work/Sources/TelnyxFullTesting"
cp -R "$work/out/Swift" "$work/Sources/TelnyxFull"
cp -R "$work/out/Testing" "$work/Sources/TelnyxFullTesting"
sed -i 's/^import Telnyx$/import TelnyxFull/' "$work/Sources/TelnyxFullTesting/"*.swift
cat > "$work/Package.swift" <<PKG
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "bench-full",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "telnyx-swift", path: "$root")],
    targets: [
        .target(name: "TelnyxFull", dependencies: [.product(name: "TelnyxRuntime", package: "telnyx-swift")]),
        .target(
            name: "TelnyxFullTesting",
            dependencies: ["TelnyxFull", .product(name: "TelnyxTestingSupport", package: "telnyx-swift")]),
    ]
)
PKG
cd "$work"
echo "== building dependencies (not timed)"
swift build --product TelnyxTestingSupport >/dev/null 2>&1 || swift build --target TelnyxFull >/dev/null 2>&1 || true
rm -rf .build/debug/TelnyxFull.build .build/*/debug/TelnyxFull.build .build/*/debug/Modules/TelnyxFull.*
echo "== debug swift build of the generated client"
/usr/bin/time -f "compile: %e s wall, %M KB peak RSS" swift build --target TelnyxFull 2>&1 | grep -E "error|compile:|Compiling|Build complete" | tail -3
touch "$work/Sources/TelnyxFullTesting/"*.swift
echo "== debug swift build of the generated TelnyxTesting library (client already built)"
echo "Testing/ lines: $(cat "$work/Sources/TelnyxFullTesting/"*.swift | wc -l), bytes: $(cat "$work/Sources/TelnyxFullTesting/"*.swift | wc -c)"
/usr/bin/time -f "testing library compile: %e s wall, %M KB peak RSS" swift build --target TelnyxFullTesting 2>&1 \
    | grep -E "error|compile:|Build complete" | tail -3
