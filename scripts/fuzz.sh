#!/usr/bin/env bash
# Builds the fuzz harnesses of tests/fuzz/ with clang's libFuzzer under
# AddressSanitizer and UndefinedBehaviorSanitizer, and runs each for SECONDS
# (default 60) from seed corpora of tests/data and examples, with its
# dictionary. Fails on any finding: a crash, a sanitizer report, an
# exception other than medtime::Error, a diagnostic without
# `file:line:col:`, a raw yaml-cpp message, or `inf`/`nan` in an output.
# Each finding is copied to tests/data/fuzz/<target>/, which the normal
# build replays under ctest (`ctest -L fuzz`): fix it, keep the file.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
# Environment: FUZZ_BUILD_DIR (default build-fuzz), JOBS (default: cores).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
jobs=${JOBS:-$(nproc)}
all_targets=(answers stream questionnaire when plan parameters objectives column_map csv)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

command -v clang++ >/dev/null || {
  echo "fuzz.sh: clang++ is missing (Debian: apt-get install -y clang)" >&2
  exit 2
}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" -DMEDTIME_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" >/dev/null
cmake --build "$build_dir" -j "$jobs" --target $(printf 'fuzz_%s ' "${targets[@]}")

# seeds TARGET: the files a target starts from.
seeds() {
  case "$1" in
    answers|stream)
      ls tests/data/mini-answers.yaml tests/data/report/*.yaml tests/data/review/q*.yaml \
         tests/data/batch/answers/*.yaml tests/data/cost/answers-*.yaml
      find examples -name '*.yaml' ! -path 'examples/plans/*' ;;
    questionnaire) ls questionnaires/*.yaml tests/data/set/*.yaml tests/data/*/set/*.yaml ;;
    plan) ls examples/plans/*.yaml ;;
    parameters) ls parameters/*.yaml tests/data/cost/parameters/*.yaml ;;
    objectives) ls tests/data/review/*objectives*.yaml ;;
    column_map) ls tests/data/batch/*map*.yaml ;;
    csv) ls tests/data/batch/*.csv ;;
    when) ;;
  esac
}

dict() {
  case "$1" in
    when) echo tests/fuzz/when.dict ;;
    csv) echo tests/fuzz/csv.dict ;;
    *) echo tests/fuzz/yaml.dict ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
summary=()
for target in "${targets[@]}"; do
  corpus="$build_dir/corpus/$target"
  findings="$build_dir/findings/$target"
  mkdir -p "$corpus" "$findings"
  rm -f "$findings"/crash-* "$findings"/leak-* "$findings"/timeout-* "$findings"/oom-*
  for f in $(seeds "$target"); do
    cp "$f" "$corpus/seed-$(echo "$f" | tr '/' '_')"
  done
  if [ "$target" = when ]; then
    # Every `when:` of the bundled questionnaires, and some on the mini one.
    grep -rh 'when: ' questionnaires tests/data/set | sed 's/.*when: *"\{0,1\}//; s/"$//' |
      sort -u | awk -v d="$corpus" '{ f = sprintf("%s/seed-when-%03d", d, NR); printf "%s", $0 > f; close(f) }'
    for w in 'staff == none' 'tools has agenda' 'burden >= 3 and not (wants == no)' \
             'tasks.booking != none or tasks.delegable >= 2' 'staff in [none, secretary]' 'note is answered'; do
      printf '%s' "$w" >"$corpus/seed-mini-$(echo "$w" | md5sum | cut -c1-8)"
    done
  fi
  log="$findings/log.txt"
  set +e
  "$build_dir/tests/fuzz/fuzz_$target" "$corpus" -dict="$(dict "$target")" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  summary+=("$target: ${runs:-?} executions, exit $rc")
  if [ $rc -ne 0 ]; then
    failed+=("$target")
    mkdir -p "tests/data/fuzz/$target"
    for artifact in "$findings"/crash-* "$findings"/leak-* "$findings"/timeout-* "$findings"/oom-*; do
      [ -e "$artifact" ] || continue
      cp "$artifact" "tests/data/fuzz/$target/"
      echo "fuzz.sh: $target: finding saved as tests/data/fuzz/$target/${artifact##*/}" >&2
    done
    grep -m5 -E 'medtime fuzz finding|ERROR: |runtime error' "$log" >&2 || true
  fi
done
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in: ${failed[*]} (logs in $build_dir/findings/)" >&2
  exit 1
fi
