#!/usr/bin/env bash
# Every test: types, unit tests (rules, database, protocol, receiver), the build,
# and the browser tests in real Chromium against the build and the real receiver.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
bash scripts/ensure-poppler.sh
results="$(mktemp -d)"
pg_dir="$(mktemp -d)"
finish() {
	bash scripts/postgres.sh stop "$pg_dir" || true
	npx tsx scripts/test-summary.ts "$results/unit.json" "$results/e2e.json"
}
trap finish EXIT
echo "== PostgreSQL (throw-away cluster for the store contract tests)"
TEST_POSTGRES_URL="$(bash scripts/postgres.sh start "$pg_dir" "${TEST_POSTGRES_PORT:-55439}")"
export TEST_POSTGRES_URL
echo "== type check"
npm run --silent check
echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json"
echo "== build"
npm run --silent build
echo "== browser tests"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" npx playwright test --reporter=list,json
