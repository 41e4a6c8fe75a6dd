# Shared by the end-to-end scripts: `source "$(dirname "$0")/lib.sh"`.
# The scripts get $MEDTIME_BIN (the folder of the built commands) and
# $MEDTIME_SRC (the source tree) from CTest, print nothing on success, and
# stop at the first failed expectation with a message on stderr.
set -euo pipefail
: "${MEDTIME_BIN:?set MEDTIME_BIN to the folder of the medtime binaries}"
: "${MEDTIME_SRC:?set MEDTIME_SRC to the source tree}"
export NO_COLOR=1
unset LC_ALL LC_MESSAGES MEDTIME_DATA
export LANG=C.UTF-8

DATA="$MEDTIME_SRC/tests/data"
SET="$DATA/set"                       # the fixture questionnaire set (mini)
ANSWERS="$DATA/mini-answers.yaml"     # the fixture answers
TMP=$(mktemp -d "${TMPDIR:-/tmp}/medtime-e2e.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
OUT="$TMP/stdout"
ERR="$TMP/stderr"
rc=0

fail() {
  local i=1 where=""
  # The first caller outside this file: the line of the script that failed.
  while [ $i -lt ${#BASH_SOURCE[@]} ]; do
    if [ "${BASH_SOURCE[$i]##*/}" != lib.sh ]; then
      where="${BASH_SOURCE[$i]##*/}:${BASH_LINENO[$((i - 1))]}"
      break
    fi
    i=$((i + 1))
  done
  {
    echo "FAIL ($where): $*"
    echo "--- exit code: $rc"
    echo "--- stdout:"; head -c 4000 "$OUT" 2>/dev/null || true
    echo "--- stderr:"; head -c 4000 "$ERR" 2>/dev/null || true
  } >&2
  exit 1
}

# run [VAR=VALUE...] CMD ARGS...: runs a command of $MEDTIME_BIN under a 10 s
# timeout (a hang fails instead of blocking CI), with VAR=VALUE in its
# environment; stdout in $OUT, stderr in $ERR, exit code in $rc.
run() {
  local envs=()
  while [[ $1 == *=* ]]; do
    envs+=("$1")
    shift
  done
  local cmd=$1
  shift
  set +e
  timeout 10 env ${envs[@]+"${envs[@]}"} "$MEDTIME_BIN/$cmd" "$@" >"$OUT" 2>"$ERR" </dev/null
  rc=$?
  set -e
}

# expect_rc N: the last run exited with N (124: it timed out; 128+: it crashed).
expect_rc() {
  [ "$rc" -eq "$1" ] || fail "expected exit code $1, got $rc"
}

# expect_out TEXT / expect_err TEXT: a line of stdout / stderr is exactly TEXT.
expect_out() { grep -qxF -- "$1" "$OUT" || fail "no stdout line: $1"; }
expect_err() { grep -qxF -- "$1" "$ERR" || fail "no stderr line: $1"; }
# expect_out_has TEXT: stdout contains TEXT somewhere.
expect_out_has() { grep -qF -- "$1" "$OUT" || fail "stdout lacks: $1"; }
expect_err_has() { grep -qF -- "$1" "$ERR" || fail "stderr lacks: $1"; }
expect_no_out() { [ ! -s "$OUT" ] || fail "expected no stdout"; }
expect_no_err() { [ ! -s "$ERR" ] || fail "expected no stderr"; }
# expect_err_lines N: stderr has exactly N lines.
expect_err_lines() {
  local n
  n=$(wc -l <"$ERR")
  [ "$n" -eq "$1" ] || fail "expected $1 stderr lines, got $n"
}

# A bad input checked end to end: `expect_invalid CMD ARGS... -- LINE`
# runs CMD and expects exit 1 with LINE on stderr, exactly.
expect_invalid() {
  local args=()
  while [ "$1" != "--" ]; do
    args+=("$1")
    shift
  done
  run "${args[@]}"
  expect_rc 1
  expect_err "$2"
}

# Fails unless every line of $OUT fits $1 columns (default 80). A line that
# is one unbreakable token (a path, after its indent, maybe before a shell
# continuation " \\") may pass the width: breaking it would break the path.
expect_width() {
  local width=${1:-80}
  python3 - "$OUT" "$width" <<'PY' || fail "a line over $width columns"
import sys
width = int(sys.argv[2])
for line in open(sys.argv[1], encoding="utf-8").read().splitlines():
    token = line.strip().removesuffix(" \\")
    if len(line) > width and " " in token:
        print(f"{len(line)} columns: {line}", file=sys.stderr)
        sys.exit(1)
PY
}
