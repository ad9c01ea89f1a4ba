#!/usr/bin/env bash
# Re-records every golden file, the one documented way to update them:
#   1. copies Templates/ into the binary (Sources/CodegenRender/Templates/EmbeddedTemplates.swift);
#   2. regenerates Generated/ from spec/ (the golden copy of the embedded spec's client and skills),
#      re-extracts the skill snippets the SkillSnippets target compiles, and regenerates the messaging
#      slice's one-module client the runtime tests use (Tests/MessagingSliceClient) and the union
#      check program (Tests/UnionCheck/main.swift);
#   3. re-renders the fixture goldens under Tests/CodegenTests/Golden and the public API listings of
#      the hand-written modules (Golden/public-api): RECORD_GOLDEN=1 makes those tests write
#      instead of compare.
# Review the diff with `git diff` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product telnyx-codegen
bin="$(swift build --show-bin-path)/telnyx-codegen"
"$bin" embed-templates
swift build --product telnyx-codegen
"$bin" generate
"$bin" extract-snippets   # Tests/SkillSnippets/Snippets.swift: every ```swift block of Generated/skills
"$bin" generate --spec Tests/CodegenTests/Fixtures/slice/openapi.yaml --config spec --single-module \
    --no-skills --no-testing --output Tests/MessagingSliceClient
"$bin" union-examples > Tests/UnionCheck/main.swift
RECORD_GOLDEN=1 swift test --filter "GoldenTests|PublicAPITests"
