#!/usr/bin/env bash
# Every test: types, unit tests (rules, database, protocol, receiver), the build,
# and the browser tests in real Chromium against the build and the real receiver.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
bash scripts/ensure-poppler.sh
results="$(mktemp -d)"
summary() { npx tsx scripts/test-summary.ts "$results/unit.json" "$results/e2e.json"; }
trap summary EXIT
echo "== type check"
npm run --silent check
echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json"
echo "== build"
npm run --silent build
echo "== browser tests"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json
