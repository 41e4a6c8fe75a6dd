#!/usr/bin/env bash
# End-to-end tests of `medtime review` (and `medtime check` on objectives
# files) on the fixture series of tests/data/review (numbers worked out in
# tests/test_review.cpp).
set -euo pipefail

bin="$MEDTIME_BIN"
data="$MEDTIME_SRC/tests/data/review"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Runs the review with the fixture questionnaires; stdout in $tmp/out,
# stderr in $tmp/err, the exit code in $code.
review() {
  code=0
  "$bin/medtime-review" --questionnaires "$data/set" "$@" >"$tmp/out" 2>"$tmp/err" || code=$?
}

expect_code() {
  [[ "$code" == "$1" ]] || fail "expected exit $1, got $code: $(cat "$tmp/err")"
}

has() {
  grep -qF -- "$1" "$2" || fail "missing \"$1\" in $2: $(cat "$2")"
}

# Unordered inputs, text: sorted by date, trends and marks.
review "$data/q3.yaml" "$data/q1.yaml" "$data/q4.yaml" "$data/q2.yaml" --lang en
expect_code 0
has "4 self-assessments from 2026-01-15 to 2026-10-15" "$tmp/out"
has "↑ improved" "$tmp/out"
has "↓ regressed" "$tmp/out"
has "▂▅▇█" "$tmp/out"
[[ ! -s "$tmp/err" ]] || fail "unexpected stderr: $(cat "$tmp/err")"

# A lever regressed (beta 50 → 37.5): --fail-on-regress exits 1 and says why.
review "$data/q1.yaml" "$data/q2.yaml" "$data/q3.yaml" "$data/q4.yaml" --fail-on-regress --format json
expect_code 1
has "medtime review: regressed: beta (-12 points since 2026-04-15)" "$tmp/err"
has '"schema": "medtime.review/1"' "$tmp/out"
tr -d ' \n' <"$tmp/out" >"$tmp/flat"
has '"regressed":["beta"]' "$tmp/flat"

# With a threshold of 15 points, −12.5 is stable.
review "$data/q1.yaml" "$data/q2.yaml" "$data/q4.yaml" --fail-on-regress --threshold 15
expect_code 0

# Objectives: on track, behind, never.
review "$data/q1.yaml" "$data/q2.yaml" "$data/q3.yaml" "$data/q4.yaml" \
  --objectives "$data/objectives.yaml" --lang en
expect_code 0
has "on track: 92 on 2026-10-15; pace +5.5 points a month; reached around 2026-11-03" "$tmp/out"
has "behind: 38 on 2026-10-15; pace −2.1 points a month; never at this pace" "$tmp/out"

# Markdown and HTML.
review "$data/q1.yaml" "$data/q4.yaml" --format md --lang en
expect_code 0
has "# Periodic review — dr-test" "$tmp/out"
review "$data/q1.yaml" "$data/q4.yaml" --format html -o "$tmp/review.html"
expect_code 0
has "<svg class=\"chart\"" "$tmp/review.html"
has "</html>" "$tmp/review.html"

# -o never writes over an input.
review "$data/q1.yaml" "$data/q4.yaml" -o "$data/q1.yaml"
expect_code 2
has "refusing to write over an input file" "$tmp/err"

# Duplicate dates, a missing date: exit 1 with the position.
review "$data/q2.yaml" "$data/same-date.yaml"
expect_code 1
has "medtime review: error: $data/same-date.yaml:2:7: same date 2026-04-15 as $data/q2.yaml; a review needs one self-assessment per date" "$tmp/err"
review "$data/q2.yaml" "$data/no-date.yaml"
expect_code 1
has "no-date.yaml:1:1: no \"date\": a review needs the date of each self-assessment (YYYY-MM-DD)" "$tmp/err"

# Different respondents: a warning on stderr, the review goes on.
review "$data/q1.yaml" "$data/other-respondent.yaml"
expect_code 0
has "warning: respondent \"dr-test\" differs from \"dr-other\"" "$tmp/err"

# Bad objectives: exit 1 with the first problem.
review "$data/q1.yaml" "$data/q2.yaml" --objectives "$data/bad-objectives.yaml"
expect_code 1
has "bad-objectives.yaml:1:11: unknown lever \"alph\"; expected one of alpha, beta; did you mean \"alpha\"?" "$tmp/err"

# Usage errors: exit 2.
review "$data/q1.yaml"
expect_code 2
review "$data/q1.yaml" "$data/absent.yaml"
expect_code 2
review "$data/q1.yaml" "$data/q2.yaml" --format pdf
expect_code 2
review "$data/q1.yaml" "$data/q2.yaml" --threshold -3
expect_code 2

# medtime check validates objectives files.
code=0
"$bin/medtime-check" --questionnaires "$data/set" "$data/objectives.yaml" >"$tmp/out" 2>"$tmp/err" || code=$?
expect_code 0
has "objectives.yaml: ok (objectives file, 5 objectives)" "$tmp/out"
code=0
"$bin/medtime-check" --questionnaires "$data/set" "$data/bad-objectives.yaml" >"$tmp/out" 2>"$tmp/err" || code=$?
expect_code 1
has "bad-objectives.yaml:5:15: question \"alpha.tools\" is not an indicator" "$tmp/err"

# --help documents the exit codes and gives an example.
"$bin/medtime-review" --help --lang en >"$tmp/out"
has "Exit codes: 0 success" "$tmp/out"
has "medtime review examples/suivi/" "$tmp/out"

# The example series (a year of quarterly self-assessments against the
# bundled questionnaires): valid files, and what a quarterly cron job sees.
suivi="$MEDTIME_SRC/examples/suivi"
code=0
"$bin/medtime-check" --questionnaires "$MEDTIME_SRC/questionnaires" "$suivi" >"$tmp/out" 2>"$tmp/err" || code=$?
expect_code 0
has "objectifs.yaml: ok (objectives file, 7 objectives)" "$tmp/out"
code=0
"$bin/medtime-review" --questionnaires "$MEDTIME_SRC/questionnaires" "$suivi"/20*.yaml \
  --objectives "$suivi/objectifs.yaml" --format json --fail-on-regress >"$tmp/out" 2>"$tmp/err" || code=$?
expect_code 1
tr -d ' \n' <"$tmp/out" >"$tmp/flat"
has '"regressed":["patients"]' "$tmp/flat"
has "medtime review: regressed: patients" "$tmp/err"
has '"not_comparable": []' "$tmp/out"
