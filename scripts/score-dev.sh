#!/usr/bin/env bash
# Scores the current src/ without touching dist/: bundles it into a private folder with
# esbuild and runs the shared scorer on it. Safe to run while others build.
#   scripts/score-dev.sh [dev|seeds|DIR] [--verbose]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-dev}
shift || true
case "$corpus" in
  dev) corpus="$here/../shared/corpus/dev" ;;
  seeds) corpus="$here/../shared/seeds" ;;
esac
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo '{"name":"hoidam-score","type":"module","exports":{".":"./index.js"}}' > "$out/package.json"
"$here/node_modules/.bin/esbuild" "$here/src/index.ts" --bundle --format=esm --platform=node --log-level=warning --outfile="$out/index.js"
node "$here/../shared/corpus/score.mjs" --project "$out" --corpus "$corpus" "$@"
