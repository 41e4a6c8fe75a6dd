#!/usr/bin/env bash
# Times the interactive commands on the bundled examples (doc/method.md#performance-targets:
# every command but batch answers in under 50 ms). Not a test: run it by hand
#   bash bench/commands.sh [BUILD_DIR] [RUNS]
# and read the milliseconds per run (wall and user CPU, averaged over RUNS).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build}/apps
runs=${2:-20}
suivi=(examples/suivi/20*.yaml)
commands=(
  "list"
  "show delegation"
  "template"
  "check questionnaires examples"
  "score examples/medecin-rural.yaml"
  "report examples/medecin-rural.yaml"
  "report examples/medecin-rural.yaml --format html"
  "cost examples/medecin-rural.yaml"
  "cost --plan examples/plans/assistant-medical.yaml"
  "review ${suivi[*]} --objectives examples/objectifs/suivi.yaml"
)
printf '%-60s %9s %9s  %s\n' command "wall ms" "user ms" "target 50 ms"
for c in "${commands[@]}"; do
  # shellcheck disable=SC2086
  read -r wall user < <( { /usr/bin/time -f '%e %U' bash -c \
    "for i in \$(seq $runs); do '$bin/medtime' $c >/dev/null 2>&1 || true; done" ; } 2>&1 )
  wall_ms=$(awk -v t="$wall" -v n="$runs" 'BEGIN { printf "%.1f", 1000 * t / n }')
  user_ms=$(awk -v t="$user" -v n="$runs" 'BEGIN { printf "%.1f", 1000 * t / n }')
  verdict=$(awk -v w="$wall_ms" 'BEGIN { print (w < 50 ? "ok" : "SLOW") }')
  printf '%-60s %9s %9s  %s\n' "${c:0:60}" "$wall_ms" "$user_ms" "$verdict"
done
