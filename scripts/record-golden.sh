#!/usr/bin/env bash
# Re-records every golden file, the one documented way to update them:
#   1. copies Templates/ into the binary (Sources/CodegenRender/Templates/EmbeddedTemplates.swift);
#   2. regenerates Generated/ from spec/ (the golden copy of the embedded spec's client and skills)
#      and re-extracts the skill snippets the SkillSnippets target compiles;
#   3. re-renders the fixture goldens under Tests/CodegenTests/Golden (RECORD_GOLDEN=1 makes the
#      golden tests write instead of compare).
# Review the diff with `git diff` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product telnyx-codegen
bin="$(swift build --show-bin-path)/telnyx-codegen"
"$bin" embed-templates
swift build --product telnyx-codegen
"$bin" generate
"$bin" extract-snippets   # Tests/SkillSnippets/Snippets.swift: every ```swift block of Generated/skills
RECORD_GOLDEN=1 swift test --filter GoldenTests
