#!/bin/sh
# Builds the reader + IR fuzz target (Fuzz/) and runs it: scripts/fuzz.sh [seconds] [libFuzzer options...]
set -eu
cd "$(dirname "$0")/../Fuzz"
seconds="${1:-600}"
[ $# -gt 0 ] && shift
# SwiftPM can reuse a stale build plan for the path dependency (new files in ../Sources unseen): drop it.
rm -f .build/release.yaml
swift build -c release --disable-dead-strip -Xswiftc -sanitize=fuzzer,address --product FuzzReader
mkdir -p .corpus-work findings
exec .build/release/FuzzReader .corpus-work corpus -dict=openapi.dict -max_len=65536 \
    -max_total_time="$seconds" -artifact_prefix=findings/ -rss_limit_mb=1024 "$@"
