#!/usr/bin/env bash
# Every test: types, unit tests (rules, database, protocol, receiver), the build,
# and the browser tests in real Chromium against the build and the real receiver.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
echo "== type check"
npm run --silent check
echo "== unit tests"
npx vitest run
echo "== build"
npm run --silent build
echo "== browser tests"
npx playwright test
