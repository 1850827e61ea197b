#!/usr/bin/env bash
# Builds the app and starts it with the reference receiver:
#   app       http://localhost:4173/
#   receiver  http://localhost:8787/api/v1  (development token: dev-token)
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build
mkdir -p data
npx tsx server/main.ts &
RECEIVER=$!
trap 'kill $RECEIVER 2>/dev/null || true' EXIT INT TERM
npx tsx scripts/serve-static.ts --port "${APP_PORT:-4173}"
