#!/usr/bin/env bash
# Set up, build, and serve the finlens page (the analyzer runs in the browser, as
# WebAssembly) on http://127.0.0.1:${FINLENS_PORT:-5173}/ until interrupted.
set -euo pipefail
# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINLENS_ROOT"

bash scripts/setup.sh
bash scripts/build.sh
npm run build:web

port="${FINLENS_PORT:-5173}"
log "serving the page at http://127.0.0.1:$port/ (Ctrl-C to stop)"
echo "finlens: http://127.0.0.1:$port/"
exec npx --no-install vite preview --config web/vite.config.js --host 127.0.0.1 --port "$port" --strictPort
