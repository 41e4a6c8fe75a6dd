#!/usr/bin/env bash
# Benchmark of `medtime batch` (doc/method.md#performance-targets), on the same files in the
# same run: cat of all files; a C loop that only parses them with libyaml
# (bench/parse_only.c); medtime batch -j1 and -j2; a straightforward Python
# scorer with PyYAML's C loader (bench/py_score.py); the same responses as a
# LimeSurvey CSV export, through medtime batch and a Python `csv` scorer
# (bench/py_csv_score.py). Prints files/s, the ratios against the targets,
# and peak memory for 10,000 files and for all of them. Also checks that
# medtime and Python compute the same maturity scores.
#
#   bench/run.sh [COUNT] [QUESTIONNAIRES_DIR] [BUILD_DIR]
#
# COUNT defaults to 100000; data goes to $BENCH_DIR (default /tmp/medtime-bench),
# generated once per count (bench/gen_answers, seed 42, 1,000 files per folder).
# Timings are wall-clock. Every command runs $RUNS times (default 3), in
# rounds (each round runs them all, so that a noisy minute on a shared
# machine hits every command alike), and the fastest run of each is kept.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
count=${1:-100000}
questionnaires=${2:-${MEDTIME_DATA:+$MEDTIME_DATA/questionnaires}}
questionnaires=${questionnaires:-$here/../questionnaires}
build=${3:-$here/../build}
python=/usr/bin/python3 # Debian's, with python3-yaml and its C loader
runs=${RUNS:-3}
work=${BENCH_DIR:-/tmp/medtime-bench}/$count
batch="$build/apps/medtime-batch --questionnaires $questionnaires"

for tool in "$build/bench/gen_answers" "$build/bench/parse_only" "$build/apps/medtime-batch"; do
  [ -x "$tool" ] || { echo "run.sh: build $tool first (cmake --build $build)" >&2; exit 2; }
done
"$python" -c 'import yaml; yaml.CSafeLoader' || { echo "run.sh: needs python3-yaml with libyaml" >&2; exit 2; }

if [ ! -e "$work/done" ]; then
  echo "generating $count answers files and their CSV export in $work ..."
  rm -rf "$work" && mkdir -p "$work"
  "$build/bench/gen_answers" --questionnaires "$questionnaires" --count "$count" --seed 42 \
    --out "$work/files" --csv "$work/export.csv" --map "$work/map.yaml"
  touch "$work/done"
fi
bytes=$(find "$work/files" -name '*.yaml' -printf '%s\n' | awk '{ s += $1 } END { print s }')
echo "$count files, $((bytes / count)) bytes each on average; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
find "$work/files" -name '*.yaml' -print0 | xargs -0 cat >/dev/null # warm the page cache

# run NAME COMMAND...: wall seconds, user+sys seconds and peak RSS into
# $NAME_*, keeping the fastest of the runs so far.
run() {
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.$name" "$@" >"$work/out.$name" 2>"$work/err.$name" || true
  read -r wall user sys rss <"$work/time.$name"
  local best=${name}_wall
  if [ -z "${!best:-}" ] || [ "$(echo "$wall < ${!best}" | bc)" = 1 ]; then
    printf -v "${name}_wall" '%s' "$wall"
    printf -v "${name}_cpu" '%s' "$(echo "$user + $sys" | bc)"
    printf -v "${name}_rss" '%s' "$rss"
  fi
}

# The machine's own ceiling for -j2: the parse-only loop as two processes,
# each on half of the folders, at the same time.
parts=("$work"/files/part-*)
half=$(((${#parts[@]} + 1) / 2))
printf -v parse_halves '%q %s >/dev/null & %q %s >/dev/null; wait' \
  "$build/bench/parse_only" "$(printf '%q ' "${parts[@]:0:$half}")" \
  "$build/bench/parse_only" "$(printf '%q ' "${parts[@]:$half}")"

for round in $(seq 1 "$runs"); do
  echo "round $round of $runs ..."
  run cat sh -c "find '$work/files' -name '*.yaml' -print0 | xargs -0 cat"
  run parse "$build/bench/parse_only" "$work/files"
  run parse2 bash -c "$parse_halves"
  run j1 $batch -j1 "$work/files"
  run j2 $batch -j2 "$work/files"
  run py "$python" "$here/py_score.py" "$questionnaires" "$work/files"
  run csvj1 $batch -j1 --csv "$work/export.csv" --map "$work/map.yaml" --from limesurvey
  run csvj2 $batch -j2 --csv "$work/export.csv" --map "$work/map.yaml" --from limesurvey
  run pycsv "$python" "$here/py_csv_score.py" "$questionnaires" "$work/export.csv" "$work/map.yaml"
done
# Peak memory on the first 10,000 files (ten folders of 1,000) against all of them.
ten=()
for i in $(seq 0 $(((count < 10000 ? count : 10000) / 1000 - 1))); do
  ten+=("$work/files/part-$(printf %04d "$i")")
done
run rss10k $batch -j1 "${ten[@]:-$work/files}"

# Same maturity scores: medtime's maturity columns against Python's, found
# by name (a CSV export's rows have a `complete` column, files' do not).
maturity_columns() {
  local header cols=1 column
  header=$(head -1 "$1" | tr ',' '\n')
  for column in $(head -1 "$work/out.py" | tr ',' '\n' | tail -n +2); do # <lever>_maturity
    cols+=,$(grep -nx "$column" <<<"$header" | cut -d: -f1)
  done
  echo "$cols"
}
same() { cmp -s <(cut -d, -f"$(maturity_columns "$1")" "$1" | tail -n +2 | cut -d, -f2-) <(tail -n +2 "$2" | cut -d, -f2-) && echo same || echo DIFFERENT; }
echo "maturity scores, medtime vs Python: files $(same "$work/out.j1" "$work/out.py"), CSV $(same "$work/out.csvj1" "$work/out.pycsv")"

printf '\nfastest of %s runs each\n%-34s %9s %9s %12s %10s\n' "$runs" "" "wall s" "cpu s" "files/s" "peak KB"
line() { printf '%-34s %9.2f %9.2f %12.0f %10s\n' "$1" "$2" "$3" "$(echo "$count / $2" | bc -l)" "$4"; }
line "cat" "$cat_wall" "$cat_cpu" "$cat_rss"
line "libyaml parse only (C)" "$parse_wall" "$parse_cpu" "$parse_rss"
line "libyaml parse only, 2 processes" "$parse2_wall" "$parse2_cpu" "$parse2_rss"
line "medtime batch -j1" "$j1_wall" "$j1_cpu" "$j1_rss"
line "medtime batch -j2" "$j2_wall" "$j2_cpu" "$j2_rss"
line "Python + PyYAML (C loader)" "$py_wall" "$py_cpu" "$py_rss"
line "medtime batch --csv -j1" "$csvj1_wall" "$csvj1_cpu" "$csvj1_rss"
line "medtime batch --csv -j2" "$csvj2_wall" "$csvj2_cpu" "$csvj2_rss"
line "Python csv module" "$pycsv_wall" "$pycsv_cpu" "$pycsv_rss"

ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
echo
echo "ratios (wall; cpu in brackets)                      target"
echo "batch -j1 time / parse-only time    $(ratio "$j1_wall" "$parse_wall") ($(ratio "$j1_cpu" "$parse_cpu"))      <= 1.5"
echo "Python time / batch -j1 time        $(ratio "$py_wall" "$j1_wall") ($(ratio "$py_cpu" "$j1_cpu"))      >= 8"
echo "Python time / batch -j2 time        $(ratio "$py_wall" "$j2_wall")             >= 14"
echo "batch -j1 time / batch -j2 time     $(ratio "$j1_wall" "$j2_wall")             >= 1.8"
echo "  (this machine now: parse-only as 1 process / as 2 processes on halves: $(ratio "$parse_wall" "$parse2_wall"))"
echo "Python csv time / batch --csv -j1   $(ratio "$pycsv_wall" "$csvj1_wall") ($(ratio "$pycsv_cpu" "$csvj1_cpu"))      >= 5"
echo "Python csv time / batch --csv -j2   $(ratio "$pycsv_wall" "$csvj2_wall")"
echo "peak RSS -j1, 10,000 files / $count files: ${rss10k_rss} KB / ${j1_rss} KB   (the same)"
