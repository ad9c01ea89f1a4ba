#!/usr/bin/env bash
# Build-tool plugin behaviour, on a temporary copy of Examples/ (the repository stays clean):
#   1. the example builds (the plugin generates its client) and its executable runs; so does
#      DialCallApp, an app outside the repository that imports the umbrella `Telnyx` and dials a call;
#   2. a second build settles, and a third build is a no-op: the generator does not run and no
#      generated file is rewritten;
#   3. changing one description in the spec regenerates, and the new doc comment is in the Swift;
#   4. a broken spec fails the build with the generator's file:line:column error (no crash).
# Prints the no-op and one-change rebuild times. The example builds in the repository's own build
# folder (TELNYX_PLUGIN_SCRATCH, default .build/), so what `swift test` built (the generator, the
# runtime, the whole client) is not built again.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${TELNYX_PLUGIN_SCRATCH:-$repo/.build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The copy keeps the folder name Examples (the package identity names the plugin's output folder).
mkdir -p "$work/Examples"
(cd "$repo/Examples" && tar --exclude=.build --exclude=.swiftpm -cf - .) | (cd "$work/Examples" && tar -xf -)
sed -i.orig "s|path: \"..\"|path: \"$repo\"|" "$work/Examples/Package.swift"
rm "$work/Examples/Package.swift.orig"
cd "$work/Examples"
spec=Sources/TelnyxMessagingClient/openapi.yaml
generated="$scratch/plugins/outputs/examples/TelnyxMessagingClient/destination/TelnyxCodegenPlugin/Generated"
marker="Generating Telnyx client for TelnyxMessagingClient"

fail() { echo "test-plugin: FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
# build LOG: swift build into LOG; returns swift build's status.
build() { swift build --scratch-path "$scratch" >"$1" 2>&1; }
mtimes() { find "$generated" -type f -printf '%P %T@\n' | sort; }

echo "== 1. build the example (scratch: $scratch)"
start=$(now)
build "$work/build1.log" || { cat "$work/build1.log"; fail "the example does not build"; }
echo "first build: $(seconds "$start" "$(now)") s"
test -f "$generated/Swift/Client.swift" || fail "no generated client in $generated"
"$scratch/debug/telnyx-example" | tee "$work/run.log"
grep -q "listed 6 messaging profiles" "$work/run.log" || fail "the example did not list 6 profiles"
"$scratch/debug/DialCallApp" | tee "$work/dial.log"
grep -q "dialed v3:call-1" "$work/dial.log" && grep -q "hung up: ok" "$work/dial.log" ||
    fail "DialCallApp did not dial and hang up"

echo "== 2. no-op rebuild"
# SwiftPM links the plugin's tool in its tool phase and again in the main build, so the build
# right after a new checkout location may run the generator once more; the next one must not.
build "$work/build2.log" || { cat "$work/build2.log"; fail "second build failed"; }
if grep -q "$marker" "$work/build2.log"; then echo "second build: the generator ran (tool relinked)"; fi
before="$(mtimes)"
start=$(now)
build "$work/build3.log" || { cat "$work/build3.log"; fail "no-op build failed"; }
noop=$(seconds "$start" "$(now)")
if grep -q "$marker" "$work/build3.log"; then cat "$work/build3.log"; fail "the no-op build ran the generator"; fi
if grep -q "Compiling TelnyxMessagingClient" "$work/build3.log"; then fail "the no-op build recompiled the client"; fi
[ "$before" = "$(mtimes)" ] || fail "the no-op build rewrote generated files"
echo "no-op rebuild: $noop s (generator not run, $(echo "$before" | wc -l) generated files untouched)"

echo "== 3. change one description"
grep -q "Send an SMS or MMS." "$spec" || fail "the description to change is not in $spec"
sed -i "s|Send an SMS or MMS\\.|Send an SMS or MMS (changed by test-plugin).|" "$spec"
start=$(now)
build "$work/build4.log" || { cat "$work/build4.log"; fail "the build after the change failed"; }
change=$(seconds "$start" "$(now)")
grep -q "$marker" "$work/build4.log" || fail "changing the spec did not rerun the generator"
grep -q "/// Send an SMS or MMS (changed by test-plugin)." "$generated/Swift/Messaging/MessagingOperations.swift" ||
    fail "the changed description is not in the generated doc comment"
rewritten=$(diff <(echo "$before") <(mtimes) | grep -c '^>' || true)
compiled=$(grep -c "Compiling TelnyxMessagingClient" "$work/build4.log" || true)
echo "one-change rebuild: $change s (generator ran; $rewritten generated file(s) changed; $compiled compile step(s))"

echo "== 4. broken spec"
sed -i "0,/\$ref: '#\\/components\\/schemas\\/MessagingProfile'/s//\$ref: '#\\/components\\/schemas\\/Missing'/" "$spec"
grep -q "schemas/Missing" "$spec" || fail "could not break $spec"
if build "$work/build5.log"; then cat "$work/build5.log"; fail "the broken spec built"; fi
grep -E "openapi\.yaml:[0-9]+:[0-9]+: error: \\\$ref '#/components/schemas/Missing' points to nothing" "$work/build5.log" ||
    { cat "$work/build5.log"; fail "no file:line:column error from the generator"; }
if grep -Eqi "fatal error|stack dump|signal [0-9]|crashed" "$work/build5.log"; then
    cat "$work/build5.log"
    fail "the generator crashed"
fi

echo "test-plugin: OK (no-op rebuild ${noop} s, one-change rebuild ${change} s)"
