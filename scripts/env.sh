# Common environment for the finlens scripts. Source it; don't run it.
#   FINLENS_CACHE   where setup.sh keeps built dependencies (default ~/.cache/finlens)
#   FINLENS_SHARED  the shared material (spec, seeds, corpus, eval); default ../shared
# shellcheck shell=bash

FINLENS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FINLENS_CACHE="${FINLENS_CACHE:-${HOME:-/root}/.cache/finlens}"
FINLENS_SHARED="${FINLENS_SHARED:-$FINLENS_ROOT/../shared}"
export FINLENS_ROOT FINLENS_CACHE FINLENS_SHARED

# re2 from Debian's source package (bookworm), built twice by setup.sh.
RE2_DEB_VERSION="20220601+dfsg-1"
RE2_HOME="$FINLENS_CACHE/re2-20220601"
RE2_NATIVE_PREFIX="$RE2_HOME/native"
# (wasm-2: -O2 and quiet logging; a new prefix, so a checkout with the old recipe keeps its own)
RE2_WASM_PREFIX="$RE2_HOME/wasm-2"
# nlohmann_json's headers and CMake package, staged outside /usr so that the
# Emscripten build never sees -isystem /usr/include (glibc headers).
NLOHMANN_WASM_PREFIX="$FINLENS_CACHE/nlohmann-json/wasm"

# Emscripten's JS optimizer (acorn-optimizer.js) needs Debian's acorn, which lives in
# /usr/share/nodejs; the node on PATH may not be Debian's and does not look there.
case ":${NODE_PATH:-}:" in
  *:/usr/share/nodejs:*) ;;
  *) export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}" ;;
esac
# Debian's Emscripten ships a prebuilt, frozen cache in /usr/share/emscripten/cache. If a
# user cannot use it, setup.sh makes a private one here; use it when present.
if [[ -z "${EM_CACHE:-}" && -d "$FINLENS_CACHE/emcache/sysroot" ]]; then
  export EM_CACHE="$FINLENS_CACHE/emcache"
fi

# Run as root, or through sudo when there is one.
as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@" 2>/dev/null || sudo "$@"
  else
    echo "error: need root (or sudo) to run: $*" >&2
    return 1
  fi
}

finlens_jobs() { nproc 2>/dev/null || echo 2; }

log() { printf '[finlens] %s\n' "$*" >&2; }
