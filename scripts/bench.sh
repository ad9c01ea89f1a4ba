#!/usr/bin/env bash
# Benchmarks the generator front end (spec reading + IR building) on the full Telnyx spec.
#
# Usage:  scripts/bench.sh [SPEC] [CONFIG_DIR]
#   SPEC        default: ../shared/telnyx-openapi/spec3-2026-07-16.yml (relative to the repo root)
#   CONFIG_DIR  default: spec  (products.yaml / naming.yaml)
#
# Steps:
#   1. builds `telnyx-codegen` in release mode (`swift build -c release --product telnyx-codegen`);
#   2. runs `telnyx-codegen bench SPEC --config CONFIG_DIR`, which prints the read / IR / total times,
#      the process's peak memory and the operation, schema, webhook and warning counts;
#   3. runs `telnyx-codegen lint SPEC --config CONFIG_DIR` under `/usr/bin/time -v` and prints its
#      wall-clock time and maximum resident set size (the whole process, as a user sees it).
# Run from anywhere; the script works from the repository root. Exit status is non-zero when a step fails.
set -euo pipefail

cd "$(dirname "$0")/.."
spec="${1:-../shared/telnyx-openapi/spec3-2026-07-16.yml}"
config="${2:-spec}"

if [[ ! -f "$spec" ]]; then
  echo "bench.sh: spec not found: $spec" >&2
  exit 1
fi

echo "== building telnyx-codegen (release)"
swift build -c release --product telnyx-codegen
bin="$(swift build -c release --show-bin-path)/telnyx-codegen"

echo "== telnyx-codegen bench $spec --config $config"
"$bin" bench "$spec" --config "$config"

echo "== /usr/bin/time -v telnyx-codegen lint $spec --config $config"
timing="$(mktemp)"
trap 'rm -f "$timing"' EXIT
status=0
/usr/bin/time -v -o "$timing" "$bin" lint "$spec" --config "$config" 2>/dev/null || status=$?
wall="$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$timing")"
rss_kb="$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$timing")"
echo "lint exit status: $status"
echo "lint wall time:   $wall"
echo "lint peak RSS:    $((rss_kb / 1024)) MB ($rss_kb kB)"
exit "$status"
