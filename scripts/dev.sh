#!/usr/bin/env bash
# Set-up, build, and the two jobs of the README:
#   bash scripts/dev.sh demo   install what is missing, build, show the report of a bundled example
#   bash scripts/dev.sh test   install what is missing, build, run every test
# Environment: BUILD_DIR (default build), JOBS (default: number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."

# groff-base: the man pages test formats every generated page with groff;
# file (with build-essential's dpkg-dev): `cpack -G DEB` reads the programs'
# shared libraries through them to declare the package's dependencies.
packages=(build-essential cmake pkg-config libcli11-dev libfmt-dev libyaml-cpp-dev doctest-dev
          libyaml-dev nlohmann-json3-dev libxlsxwriter-dev python3 python3-yaml
          python3-jsonschema python3-openpyxl libxml2-utils groff-base file)
build_dir=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build() {
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMEDTIME_WERROR=ON "${launcher[@]}" >/dev/null
  cmake --build "$build_dir" -j "$jobs"
}

case "${1:-}" in
  demo)
    install_missing
    build
    "$build_dir/apps/medtime" report examples/medecin-rural.yaml
    ;;
  test)
    install_missing
    build
    ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
    ;;
  *)
    echo "usage: bash scripts/dev.sh demo|test" >&2
    exit 2
    ;;
esac
