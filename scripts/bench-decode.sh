#!/usr/bin/env bash
# Benchmarks decoding through the generated full client: the program `telnyx-codegen union-examples`
# prints (each union variant's example of the full spec, decoded through its union and checked, the
# same checks as CompileTests) run ROUNDS times, in a release build.
#   1. generates the full client with CODEGEN (default: this checkout's release telnyx-codegen) into a
#      scratch package .build/checks/decode-<name of CODEGEN's folder>, which depends on this
#      repository by path for TelnyxRuntime; the checking program always comes from this checkout;
#   2. release-builds it (the first time about 5 minutes: the whole client is compiled with optimization);
#   3. runs it once under /usr/bin/time and prints the path of the binary, for an A/B timer.
# Usage: scripts/bench-decode.sh [ROUNDS] [CODEGEN] [SPEC]
#   ROUNDS   default 200;  SPEC  default ../shared/telnyx-openapi/spec3-2026-07-16.yml
# Before/after a change to the union templates: build the old telnyx-codegen, copy it aside, run this
# script with it and without it, and time the two printed binaries against each other.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
rounds="${1:-200}"
swift build -c release --product telnyx-codegen >/dev/null
this="$(swift build -c release --show-bin-path)/telnyx-codegen"
codegen="${2:-$this}"
spec="${3:-../shared/telnyx-openapi/spec3-2026-07-16.yml}"
name="$(basename "$(dirname "$codegen")")"
work="$root/.build/checks/decode-$name"

mkdir -p "$work/Sources/DecodeBench"
rm -rf "$work/out"
# One module (a generator from before the module split has no --single-module and writes one anyway).
single=""
if "$codegen" generate --help 2>/dev/null | grep -q -- --single-module; then single="--single-module"; fi
"$codegen" generate $single --spec "$spec" --config spec --output "$work/out" --no-skills --no-testing 2>/dev/null
if ! diff -rq "$work/out/Swift" "$work/Sources/TelnyxFull" >/dev/null 2>&1; then
    rm -rf "$work/Sources/TelnyxFull"
    cp -R "$work/out/Swift" "$work/Sources/TelnyxFull"
fi
"$this" union-examples "$spec" --config spec --module TelnyxFull > "$work/main.swift.new" 2>/dev/null
cmp -s "$work/main.swift.new" "$work/Sources/DecodeBench/main.swift" \
    || mv "$work/main.swift.new" "$work/Sources/DecodeBench/main.swift"
rm -f "$work/main.swift.new"
cat > "$work/Package.swift" <<PKG
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "decode-bench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "telnyx-swift", path: "$root")],
    targets: [
        .target(name: "TelnyxFull", dependencies: [.product(name: "TelnyxRuntime", package: "telnyx-swift")]),
        .executableTarget(name: "DecodeBench", dependencies: ["TelnyxFull"]),
    ]
)
PKG
echo "== release build of the full client and the checking program ($work)"
(cd "$work" && swift build -c release --product DecodeBench 2>&1 | grep -E "error|complete" | tail -3)
bench="$work/.build/release/DecodeBench"
echo "== $bench $rounds"
/usr/bin/time -f "decode: %e s wall, %U s user, %M KB peak RSS" "$bench" "$rounds" | head -5
echo "binary: $bench"
