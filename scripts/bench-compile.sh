#!/usr/bin/env bash
# Benchmarks the generated client on the full Telnyx spec:
#   1. release-builds telnyx-codegen and times full-spec generation (wall time, peak RSS, files, lines);
#   2. writes the client into a scratch package (.build/checks/bench-full) that depends on this
#      repository by path, builds its dependencies (TelnyxRuntime and below) first, then times the
#      debug `swift build` of the generated target alone and reports its peak memory;
#   3. times the debug build of the generated TelnyxTesting library on top of it (its own target).
#   4. the client split by product (modules TelnyxFullCore, TelnyxFull<Product>, umbrella TelnyxFull): the
#      debug build of what an app importing the messaging module needs, of the whole API, what adding an
#      operation to one product recompiles, and with RELEASE=1 the release build of the whole API (peak RSS).
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

# SKIP_SINGLE=1 leaves out the one-module build (parts 2 and 3).
if [ "${SKIP_SINGLE:-0}" != 1 ]; then
echo "== generate (release): $spec"
rm -rf "$work/out"
/usr/bin/time -f "generation: %e s wall, %M KB peak RSS" "$bin" generate --single-module --spec "$spec" --config "$config" \
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

fi

# ---- The client split by product (this repository's layout): a core, a module per product, the umbrella.
# Modules are prefixed TelnyxFull (module names must be unique beside this repository's Telnyx modules).
# SKIP_MODULES=1 leaves this part out; RELEASE=1 adds the release build of the whole API.
[ "${SKIP_MODULES:-0}" = 1 ] && exit 0
cd "$root"
mods="$root/.build/checks/bench-modules"
rm -rf "$mods/out"
/usr/bin/time -f "generation (modules): %e s wall, %M KB peak RSS" "$bin" generate --spec "$spec" --config "$config" \
    --module-prefix TelnyxFull --no-skills --no-testing --output "$mods/out" 2>&1 | grep -v ': warning: '
rm -rf "$mods/Sources"
mkdir -p "$mods"
cp -R "$mods/out/Swift" "$mods/Sources"
modules=$(ls "$mods/Sources")
echo "modules: $(echo "$modules" | wc -l); core lines: $(cat "$mods/Sources/TelnyxFullCore/"*.swift | wc -l)," \
    "messaging lines: $(cat "$mods/Sources/TelnyxFullMessaging/"*.swift | wc -l)"
{
    echo '// swift-tools-version:6.0'
    echo 'import PackageDescription'
    echo 'let runtime: Target.Dependency = .product(name: "TelnyxRuntime", package: "telnyx-swift")'
    echo 'let package = Package('
    echo '    name: "bench-modules", platforms: [.macOS(.v14)],'
    echo "    dependencies: [.package(name: \"telnyx-swift\", path: \"$root\")],"
    echo '    targets: ['
    echo '        .target(name: "TelnyxFullCore", dependencies: [runtime]),'
    for m in $modules; do
        case "$m" in TelnyxFull|TelnyxFullCore) ;; *) echo "        .target(name: \"$m\", dependencies: [\"TelnyxFullCore\", runtime]),";; esac
    done
    echo "        .target(name: \"TelnyxFull\", dependencies: [$(for m in $modules; do [ "$m" != TelnyxFull ] && printf '"%s", ' "$m"; done)runtime]),"
    echo '    ]'
    echo ')'
} > "$mods/Package.swift"
cd "$mods"
echo "== building dependencies (not timed)"
swift build --target TelnyxRuntime >/dev/null 2>&1 || true
# Every Telnyx module rebuilt from scratch: its sources touched (the dependencies stay built).
clean() { find Sources -name '*.swift' -exec touch {} +; }
# The Telnyx modules written since `clean` ran.
built() { find .build/*/debug/Modules -name 'TelnyxFull*.swiftmodule' -newer Sources/TelnyxFullCore/Client.swift \
    -printf '%f\n' 2>/dev/null | sed 's/.swiftmodule//' | sort -u; }
clean
echo "== debug: an app that imports TelnyxMessaging (core + messaging)"
/usr/bin/time -f "messaging only: %e s wall, %U s user, %M KB peak RSS" swift build --target TelnyxFullMessaging 2>&1 \
    | grep -E "error|messaging only:" | tail -3
echo "modules compiled: $(built | tr '\n' ' ')"
clean
echo "== debug: the whole API (umbrella Telnyx)"
/usr/bin/time -f "whole API: %e s wall, %U s user, %M KB peak RSS" swift build --target TelnyxFull 2>&1 \
    | grep -E "error|whole API:" | tail -3
echo "== one change in one product: an operation added to MessagingOperations.swift"
swift build --target TelnyxFull >/dev/null 2>&1 || true
touch .build/change-marker
sleep 1
printf '\nextension MessagesResource {\n    public func benchAddedOperation() {}\n}\n' \
    >> Sources/TelnyxFullMessaging/MessagingOperations.swift
/usr/bin/time -f "rebuild: %e s wall" swift build --target TelnyxFull 2>&1 | grep -E "error|rebuild:"
echo "objects rewritten: $(find .build/*/debug -name '*.o' -newer .build/change-marker | sed 's|.*/debug/||' | sort \
    | tr '\n' ' ')"
if [ "${RELEASE:-0}" = 1 ]; then
    echo "== release: the whole API"
    find Sources -name '*.swift' -exec touch {} +
    swift build -c release --target TelnyxRuntime >/dev/null 2>&1 || true
    /usr/bin/time -f "whole API, release: %e s wall, %U s user, %M KB peak RSS" swift build -c release --target TelnyxFull \
        2>&1 | grep -E "error|release:" | tail -3
fi
