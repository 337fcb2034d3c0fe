#!/usr/bin/env bash
# Set up everything finlens needs to build and test, on Debian 12 (bookworm).
# Idempotent: a rerun checks and skips what is already there (a few seconds).
#   1. Debian packages (apt-get update only when something is missing)
#   2. npm packages in the repo root (npm ci when node_modules is missing or stale)
#   3. re2 from Debian's source package, built for native and for WebAssembly into
#      $FINLENS_CACHE (default ~/.cache/finlens), with stamps so reruns skip it.
# Nothing is fetched from outside Debian's archive and the npm registry.
set -euo pipefail
# shellcheck source=scripts/env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FINLENS_ROOT"

export DEBIAN_FRONTEND=noninteractive

# --- 1. Debian packages ------------------------------------------------------------
DEB_PACKAGES=(
  cmake g++ make pkg-config git ca-certificates xz-utils
  nlohmann-json3-dev doctest-dev
  emscripten binaryen node-acorn
  unicode-data perl python3 python3-six dpkg-dev
  clang-format
  clang libclang-rt-14-dev
  chromium
  pybind11-dev python3-dev python3-pybind11 python3-dask python3-distributed python3-venv
)
if ! command -v node >/dev/null 2>&1; then
  DEB_PACKAGES+=(nodejs npm)
fi
missing=()
for p in "${DEB_PACKAGES[@]}"; do
  if [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null)" != "ii " ]]; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
else
  log "Debian packages: all present"
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if ((node_major < 20)); then
  log "warning: node $(node --version) found; finlens needs Node >= 20"
fi

# --- 2. npm packages -----------------------------------------------------------------
if [[ -f package.json ]]; then
  stamp=node_modules/.package-lock.json
  if [[ ! -d node_modules || ! -f $stamp || package.json -nt $stamp ||
        (-f package-lock.json && package-lock.json -nt $stamp) ]]; then
    if [[ -f package-lock.json ]]; then
      log "npm ci"
      npm ci --no-audit --no-fund
    else
      log "npm install (no package-lock.json)"
      npm install --no-audit --no-fund
    fi
  else
    log "npm packages: up to date"
  fi
else
  log "warning: no package.json yet; skipping npm"
fi

# --- 3. re2 from Debian's source package ------------------------------------------------
RE2_RECIPE=4  # bump to force a rebuild of both re2 builds after changing this section
# -O2: re2 is where much of the time goes (2026-12-02: 1.3x faster in Node than -Oz for
# 1.6 KB gzipped). The wasm build also drops re2's log messages
# (scripts/patches/re2-wasm-quiet-logging.patch): their ostringstream pulled libc++'s whole
# locale machinery (~70 KB of code, ~37 KB gzipped) into the module.
RE2_WASM_CXXFLAGS="${RE2_WASM_CXXFLAGS:--O2 -DNDEBUG -fno-exceptions}"
RE2_WASM_PATCH="$FINLENS_ROOT/scripts/patches/re2-wasm-quiet-logging.patch"
RE2_SRC="$RE2_HOME/src"

# Fetch the source package with a private apt configuration: its own sources.list
# (deb-src only), its own lists and caches. The system's apt sources are left alone.
fetch_re2_source() {
  local apt_dir="$RE2_HOME/apt" dl="$RE2_HOME/deb"
  if [[ -f $dl/re2_${RE2_DEB_VERSION}.dsc ]]; then return; fi
  # shellcheck disable=SC1091
  local codename
  codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")"
  local mirror="${FINLENS_DEBIAN_MIRROR:-}"
  if [[ -z $mirror ]]; then
    # The archive the system already uses for its main suite (no -updates/-security).
    mirror="$(apt-get indextargets --format '$(TARGET_OF) $(RELEASE) $(REPO_URI)' 2>/dev/null |
      awk -v c="$codename" '$1 == "deb" && $2 == c { print $3; exit }')"
  fi
  if [[ -z $mirror ]]; then
    echo "error: no Debian '$codename' archive in the apt sources; set FINLENS_DEBIAN_MIRROR" >&2
    exit 1
  fi
  local keyring=/usr/share/keyrings/debian-archive-keyring.gpg opt=""
  [[ -f $keyring ]] && opt="[signed-by=$keyring] "
  rm -rf "$apt_dir"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/sources.list.d" "$dl"
  echo "deb-src ${opt}${mirror} ${codename} main" >"$apt_dir/sources.list"
  local apt_opts=(
    -o "Dir::Etc::SourceList=$apt_dir/sources.list"
    -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
    -o "Dir::State::Lists=$apt_dir/lists"
    -o "Dir::Cache=$apt_dir/cache"
    -o "APT::Sandbox::User=$(id -un)"
  )
  log "re2: fetching Debian source package re2=$RE2_DEB_VERSION (private apt config in $apt_dir)"
  apt-get "${apt_opts[@]}" -q update
  (cd "$dl" && apt-get "${apt_opts[@]}" -q source --download-only "re2=$RE2_DEB_VERSION")
  rm -rf "$apt_dir"
}

# Unpack (dpkg-source applies debian/patches/series: debian-unicode-data.patch points
# re2/unicode.py at /usr/share/unicode; parallel-test-runner.patch only touches the
# Makefile's test target) and regenerate the tables Debian strips from the tarball.
prepare_re2_source() {
  if [[ -f $RE2_SRC/.finlens-prepared ]]; then return; fi
  fetch_re2_source
  rm -rf "$RE2_SRC"
  dpkg-source --no-check -x "$RE2_HOME/deb/re2_${RE2_DEB_VERSION}.dsc" "$RE2_SRC" >/dev/null
  if ! grep -q '_UNICODE_DIR = "/usr/share/unicode"' "$RE2_SRC/re2/unicode.py"; then
    echo "error: debian-unicode-data.patch did not apply to re2/unicode.py" >&2
    exit 1
  fi
  log "re2: regenerating perl_groups.cc, unicode_casefold.cc, unicode_groups.cc from /usr/share/unicode"
  (
    cd "$RE2_SRC"
    perl re2/make_perl_groups.pl >re2/perl_groups.cc.tmp
    /usr/bin/python3 re2/make_unicode_casefold.py >re2/unicode_casefold.cc.tmp
    /usr/bin/python3 re2/make_unicode_groups.py >re2/unicode_groups.cc.tmp
    for f in perl_groups unicode_casefold unicode_groups; do mv "re2/$f.cc.tmp" "re2/$f.cc"; done
  )
  touch "$RE2_SRC/.finlens-prepared"
}

# A tiny program that needs the regenerated Unicode tables; run after each build.
RE2_SMOKE_CC='#include <re2/re2.h>
#include <cstdio>
int main() {
  bool ok = RE2::FullMatch("\xe9\x98\xbf\xe9\x87\x8c\xe5\xb7\xb4\xe5\xb7\xb4", "\\p{Han}+") &&
            RE2::FullMatch("\xc3\x89" "COLE", "(?i)\xc3\xa9" "cole") &&
            RE2::FullMatch("US$87 billion", "US\\$(\\d+) \\w+") &&
            !RE2::FullMatch("abc", "\\p{Lu}+");
  std::puts(ok ? "re2 smoke: ok" : "re2 smoke: FAILED");
  return ok ? 0 : 1;
}'

build_re2_native() {
  local stamp="$RE2_NATIVE_PREFIX/.finlens-stamp"
  local want="re2 $RE2_DEB_VERSION native recipe $RE2_RECIPE $(g++ -dumpfullversion)"
  if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
    log "re2 native: cached in $RE2_NATIVE_PREFIX"
    return
  fi
  prepare_re2_source
  log "re2 native: building into $RE2_NATIVE_PREFIX"
  local b="$RE2_HOME/build-native"
  rm -rf "$b" "$RE2_NATIVE_PREFIX"
  cmake -S "$RE2_SRC" -B "$b" -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=Release \
    -DRE2_BUILD_TESTING=OFF -DBUILD_SHARED_LIBS=OFF -DCMAKE_POSITION_INDEPENDENT_CODE=ON \
    -DCMAKE_INSTALL_PREFIX="$RE2_NATIVE_PREFIX" -DCMAKE_INSTALL_LIBDIR=lib >/dev/null
  cmake --build "$b" -j "$(finlens_jobs)" >/dev/null
  cmake --install "$b" >/dev/null
  local t
  t="$(mktemp -d)"
  printf '%s\n' "$RE2_SMOKE_CC" >"$t/smoke.cc"
  g++ -std=c++17 -I"$RE2_NATIVE_PREFIX/include" "$t/smoke.cc" "$RE2_NATIVE_PREFIX/lib/libre2.a" \
    -pthread -o "$t/smoke"
  "$t/smoke"
  rm -rf "$t" "$b"
  echo "$want" >"$stamp"
}

# Debian's Emscripten uses the prebuilt, frozen cache in /usr/share/emscripten/cache.
# Should that not work for this user, make a private cache and use it (env.sh picks
# it up from then on).
check_emscripten() {
  local t
  t="$(mktemp -d)"
  printf 'int main() { return 0; }\n' >"$t/a.c"
  if ! (cd "$t" && emcc -O2 a.c -o a.js) >"$t/log" 2>&1; then
    if [[ -z ${EM_CACHE:-} ]]; then
      log "emscripten: the system cache does not work for this user; making a private copy"
      mkdir -p "$FINLENS_CACHE/emcache"
      cp -a /usr/share/emscripten/cache/. "$FINLENS_CACHE/emcache/"
      export EM_CACHE="$FINLENS_CACHE/emcache"
      if (cd "$t" && emcc -O2 a.c -o a.js) >"$t/log" 2>&1; then rm -rf "$t"; return; fi
    fi
    cat "$t/log" >&2
    echo "error: emcc cannot compile a trivial program" >&2
    exit 1
  fi
  rm -rf "$t"
}

build_re2_wasm() {
  local stamp="$RE2_WASM_PREFIX/.finlens-stamp"
  local want="re2 $RE2_DEB_VERSION wasm recipe $RE2_RECIPE $(cat /usr/share/emscripten/emscripten-version.txt) $RE2_WASM_CXXFLAGS $(sha1sum <"$RE2_WASM_PATCH" | cut -c1-12)"
  if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
    log "re2 wasm: cached in $RE2_WASM_PREFIX"
    return
  fi
  check_emscripten
  prepare_re2_source
  log "re2 wasm: building into $RE2_WASM_PREFIX ($RE2_WASM_CXXFLAGS)"
  local b="$RE2_HOME/build-wasm" src="$RE2_HOME/src-wasm"
  rm -rf "$b" "$RE2_WASM_PREFIX" "$src"
  cp -a "$RE2_SRC" "$src"
  patch -s -d "$src" -p1 <"$RE2_WASM_PATCH"
  emcmake cmake -S "$src" -B "$b" -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE="$RE2_WASM_CXXFLAGS" \
    -DRE2_BUILD_TESTING=OFF -DBUILD_SHARED_LIBS=OFF \
    -DCMAKE_INSTALL_PREFIX="$RE2_WASM_PREFIX" -DCMAKE_INSTALL_LIBDIR=lib >/dev/null
  emmake make -C "$b" -j "$(finlens_jobs)" re2 >/dev/null
  cmake --install "$b" >/dev/null
  # Verify that it links and works: build the smoke program and run it under node.
  local t
  t="$(mktemp -d)"
  printf '%s\n' "$RE2_SMOKE_CC" >"$t/smoke.cc"
  em++ -std=c++17 -O1 -I"$RE2_WASM_PREFIX/include" "$t/smoke.cc" "$RE2_WASM_PREFIX/lib/libre2.a" \
    -sWASM_ASYNC_COMPILATION=0 -o "$t/smoke.js"
  node "$t/smoke.js"
  rm -rf "$t" "$b" "$src"
  echo "$want" >"$stamp"
}

# nlohmann_json for the wasm build: its headers and CMake package copied to a prefix of
# their own (the package computes its include dir from where it lies).
stage_nlohmann_wasm() {
  local stamp="$NLOHMANN_WASM_PREFIX/.finlens-stamp"
  local want
  want="nlohmann-json3-dev $(dpkg-query -W -f='${Version}' nlohmann-json3-dev)"
  if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]]; then return; fi
  rm -rf "$NLOHMANN_WASM_PREFIX"
  mkdir -p "$NLOHMANN_WASM_PREFIX/include" "$NLOHMANN_WASM_PREFIX/share/cmake"
  cp -a /usr/include/nlohmann "$NLOHMANN_WASM_PREFIX/include/"
  cp -a /usr/share/cmake/nlohmann_json "$NLOHMANN_WASM_PREFIX/share/cmake/"
  echo "$want" >"$stamp"
  log "nlohmann_json: staged for wasm in $NLOHMANN_WASM_PREFIX"
}

mkdir -p "$RE2_HOME"
build_re2_native
build_re2_wasm
stage_nlohmann_wasm
# The unpacked source is only needed to build; keep the downloaded package.
rm -rf "$RE2_SRC"
log "setup done (cache: $FINLENS_CACHE)"
