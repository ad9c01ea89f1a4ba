#!/usr/bin/env bash
# Regeneration across spec versions: generates the client from OLD, then regenerates the same
# folder from NEW (with this repository's products.yaml) and reports how many files changed, which
# products' files are byte-identical, and that unchanged files kept their modification time.
# With --compile, also compiles both versions' clients (one scratch package, built twice).
#
#   scripts/spec-versions.sh [--compile] [OLD NEW]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
compile=0
if [ "${1:-}" = "--compile" ]; then compile=1; shift; fi
old="${1:-$repo/../shared/telnyx-openapi/spec3-2026-06-10.yml}"
new="${2:-$repo/../shared/telnyx-openapi/spec3-2026-07-16.yml}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$repo" && swift build --product telnyx-codegen >/dev/null)
codegen="$repo/.build/debug/telnyx-codegen"
out="$work/client/Generated"
snapshot() { (cd "$out" && find . -type f -printf '%P %T@ ' -exec sha256sum {} \; | awk '{ print $1, $2, $3 }' | sort); }

"$codegen" generate --spec "$old" --config "$repo/spec" --output "$out" --no-skills 2>/dev/null
before="$(snapshot)"
compile_one() {
    [ "$compile" = 1 ] || return 0
    local start end
    start=$(date +%s)
    (cd "$work/client" && swift build --scratch-path "$repo/.build-spec-versions" --target TelnyxFullClient >"$work/compile.log" 2>&1) ||
        { tail -40 "$work/compile.log"; echo "spec-versions: $1 does not compile" >&2; exit 1; }
    end=$(date +%s)
    echo "compiled the client of $(basename "$1") in $((end - start)) s"
}
if [ "$compile" = 1 ]; then
    cat >"$work/client/Package.swift" <<EOF
// swift-tools-version:6.1
import PackageDescription
let package = Package(
    name: "spec-versions",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "telnyx-swift", path: "$repo")],
    targets: [
        .target(
            name: "TelnyxFullClient", dependencies: [.product(name: "TelnyxRuntime", package: "telnyx-swift")],
            path: "Generated/Swift")
    ]
)
EOF
fi
compile_one "$old"
sleep 1  # so that a rewritten file gets a different modification time
"$codegen" generate --spec "$new" --config "$repo/spec" --output "$out" --no-skills 2>/dev/null
after="$(snapshot)"
compile_one "$new"

total=$(echo "$after" | wc -l)
changed=$(join <(echo "$before" | awk '{ print $1, $3 }') <(echo "$after" | awk '{ print $1, $3 }') |
    awk '$2 != $3 { print $1 }')
added=$(comm -13 <(echo "$before" | awk '{ print $1 }') <(echo "$after" | awk '{ print $1 }'))
removed=$(comm -23 <(echo "$before" | awk '{ print $1 }') <(echo "$after" | awk '{ print $1 }'))
n_changed=$(echo -n "$changed" | grep -c . || true)
echo "$(basename "$old") -> $(basename "$new"): $n_changed of $total files changed," \
    "$(echo -n "$added" | grep -c . || true) added, $(echo -n "$removed" | grep -c . || true) removed"
echo "$changed" | sed 's/^/  changed: /'

# Unchanged files must be byte-identical and keep their modification time.
touched=$(join <(echo "$before" | awk '{ print $1, $2, $3 }') <(echo "$after" | awk '{ print $1, $2, $3 }') |
    awk '$3 == $5 && $2 != $4 { print $1 }')
[ -z "$touched" ] || { echo "spec-versions: unchanged files were rewritten: $touched" >&2; exit 1; }
identical=$(echo "$after" | awk '{ print $1 }' | grep -v '^Swift/[^/]*\.swift$' | grep -v '^Swift/Shared/' |
    cut -d/ -f2 | sort -u | while read -r product; do
        echo "$changed" | grep -q "^Swift/$product/" || echo "$product"
    done)
echo "products with byte-identical files ($(echo -n "$identical" | grep -c . || true)): $(echo $identical)"
