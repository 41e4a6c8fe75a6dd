#!/usr/bin/env bash
# End-to-end tests of `medtime review` (and `medtime check` on objectives
# files) on the fixture series of tests/data/review, whose numbers are worked
# out in tests/test_review.cpp, then on the example series of examples/suivi.
source "$(dirname "$0")/lib.sh"
nbsp=$'\xc2\xa0' # the help keeps "0 success" together with a no-break space

R="$DATA/review"
FIX=(--questionnaires "$R/set")
SERIES=("$R/q1.yaml" "$R/q2.yaml" "$R/q3.yaml" "$R/q4.yaml")

# json_get EXPR: evaluates the Python expression EXPR on the JSON of stdout (`j`).
json_get() {
  python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$OUT" "$1"
}
expect_json() {
  local got
  got=$(json_get "$1") || fail "stdout is not the expected JSON"
  [ "$got" == "$2" ] || fail "$1: expected $2, got $got"
}

# Unordered inputs, text: sorted by date, trend marks and sparklines.
run medtime-review "${FIX[@]}" "$R/q3.yaml" "$R/q1.yaml" "$R/q4.yaml" "$R/q2.yaml" --lang en
expect_rc 0
expect_no_err
expect_out "4 self-assessments from 2026-01-15 to 2026-10-15; last period:"
expect_out "  2026-07-15 → 2026-10-15."
expect_out_has "↑ improved"
expect_out_has "↓ regressed"
expect_out_has "▂▅▇█"

# A lever regressed (beta 50 → 37.5): --fail-on-regress exits 1 and says why;
# the JSON says which.
run medtime-review "${FIX[@]}" "${SERIES[@]}" --fail-on-regress --format json
expect_rc 1
# (in French, the lever's name: −12.5 points, rounded half away from zero)
expect_err "medtime review: erreur E511 : recul : Levier bêta (beta), -13 points depuis le 2026-04-15"
expect_err_lines 1
expect_json 'j["schema"]' "medtime.review/1"
expect_json 'j["regressed"]' "['beta']"
expect_json '[l["trend"] for l in j["levers"]]' "['improved', 'regressed']"
expect_json 'j["levers"][1]["series"][2]["status"]' "not_assessed"
expect_json 'len(j["not_comparable"])' "4"

run medtime-review "${FIX[@]}" "${SERIES[@]}" --fail-on-regress --format json --lang en
expect_rc 1
expect_err "medtime review: error E511: regressed: beta (-13 points since 2026-04-15)"

# beta regressed from q2 to q4, but the latest file (q5) answers alpha only:
# over the last period nothing regressed, as --help promises.
run medtime-review "${FIX[@]}" "$R/q2.yaml" "$R/q4.yaml" "$R/q5-alpha-only.yaml" --fail-on-regress
expect_rc 0
expect_no_err

# With a threshold of 15 points, −12.5 is stable.
run medtime-review "${FIX[@]}" "${SERIES[@]}" --fail-on-regress --threshold 15
expect_rc 0

# Objectives: on track, behind with the date at this pace, never.
run medtime-review "${FIX[@]}" "${SERIES[@]}" --objectives "$R/objectives.yaml" --lang en
expect_rc 0
# (wrapped at 80 columns)
expect_out "    ↗ on track: 92 on 2026-10-15; pace +5.5 points a month; reached around"
expect_out "      2026-11-03"
expect_out "    ✗ behind: 92 on 2026-10-15; pace +5.5 points a month; reached around"
expect_out "      2026-11-30"
expect_out "    ✗ behind: 38 on 2026-10-15; pace −2.1 points a month; never at this pace"

# Markdown, and HTML written with -o.
run medtime-review "${FIX[@]}" "$R/q1.yaml" "$R/q4.yaml" --format md --lang en
expect_rc 0
expect_out "# Periodic review — dr-test"
run medtime-review "${FIX[@]}" "$R/q1.yaml" "$R/q4.yaml" --format html -o "$TMP/review.html"
expect_rc 0
expect_no_out
grep -qF '<svg class="chart"' "$TMP/review.html" || fail "no chart in the HTML page"
tail -n 1 "$TMP/review.html" | grep -qxF '</body></html>' || fail "the HTML page is not complete"

# -o never writes over an input, even with --force.
run medtime-review "${FIX[@]}" "$R/q1.yaml" "$R/q4.yaml" -o "$R/q1.yaml" --force
expect_rc 2
expect_err "medtime review: $R/q1.yaml: erreur E023 : refus d'écrire par-dessus un fichier lu par cette commande"

# Duplicate dates, a missing date: exit 1 with the position.
expect_invalid medtime-review "${FIX[@]}" "$R/q2.yaml" "$R/same-date.yaml" -- \
  "medtime review: $R/same-date.yaml:2:7: erreur E510 : même date 2026-04-15 que $R/q2.yaml ; une revue demande une auto-évaluation par date"
expect_invalid medtime-review "${FIX[@]}" "$R/q2.yaml" "$R/no-date.yaml" -- \
  "medtime review: $R/no-date.yaml:1:1: erreur E509 : pas de « date » : une revue demande la date de chaque auto-évaluation (AAAA-MM-JJ)"

# Different respondents: an error; with --allow-mixed a warning, the review goes on.
expect_invalid medtime-review "${FIX[@]}" "$R/q1.yaml" "$R/other-respondent.yaml" -- \
  "medtime review: $R/q1.yaml: erreur E508 : le répondant « dr-test » diffère de « dr-other » dans $R/other-respondent.yaml ; une revue suit un seul médecin (--allow-mixed les compare comme un seul)"
run medtime-review "${FIX[@]}" "$R/q1.yaml" "$R/other-respondent.yaml" --allow-mixed
expect_rc 0
expect_err "medtime review: $R/q1.yaml: attention W501 : le répondant « dr-test » diffère de « dr-other » dans $R/other-respondent.yaml ; la revue les compare comme un seul"

# Bad objectives: exit 1 with the first problem.
expect_invalid medtime-review "${FIX[@]}" "$R/q1.yaml" "$R/q2.yaml" --objectives "$R/bad-objectives.yaml" -- \
  "medtime review: $R/bad-objectives.yaml:1:11: erreur E503 : levier inconnu « alph » ; attendu : alpha, beta ; vouliez-vous dire « alpha » ?"

# Usage errors: exit 2.
run medtime-review "${FIX[@]}" "$R/q1.yaml"
expect_rc 2
run medtime-review "${FIX[@]}" "$R/q1.yaml" "$R/absent.yaml"
expect_rc 2
run medtime-review "${FIX[@]}" "$R/q1.yaml" "$R/q2.yaml" --objectives "$R/absent.yaml"
expect_rc 2
run medtime-review "${FIX[@]}" "$R/q1.yaml" "$R/q2.yaml" --format pdf
expect_rc 2
run medtime-review "${FIX[@]}" "$R/q1.yaml" "$R/q2.yaml" --threshold -3
expect_rc 2

# medtime check validates objectives files.
run medtime-check "${FIX[@]}" "$R/objectives.yaml"
expect_rc 0
expect_out "$R/objectives.yaml : ok (fichier d'objectifs, 5 objectifs)"
run medtime-check "${FIX[@]}" "$R/bad-objectives.yaml"
expect_rc 1
expect_err "medtime check: $R/bad-objectives.yaml:5:15: erreur E505 : la question « alpha.tools » n'est pas un indicateur (une question numérique avec indicator: true) ; indicateurs : alpha.heures_admin"

# --help documents the exit codes and gives an example.
run medtime-review --help --lang en
expect_rc 0
expect_out_has "Exit codes: 0${nbsp}success"
expect_out_has "medtime review examples/suivi/"

# The example series (a year of quarterly self-assessments against the
# bundled questionnaires) as a quarterly cron job sees it: the regression of
# the patients lever fails the run, the JSON says what moved.
S="$MEDTIME_SRC/examples/suivi"
run medtime-review "$S"/*.yaml --objectives "$MEDTIME_SRC/examples/objectifs/suivi.yaml" --format json --fail-on-regress
expect_rc 1
expect_err_has "medtime review: erreur E511 : recul : "
expect_err_has "(patients), "
expect_json 'j["regressed"]' "['patients']"
expect_json '[l["trend_since_first"] for l in j["levers"]]' "['improved', 'improved', 'improved', 'regressed']"
expect_json 'j["not_comparable"]' "[]"
expect_json 'len(j["objectives"])' "7"

# In text, five dates: the maturity table keeps the first and last dates (the
# sparkline draws all five), the indicators (long ids and units) become a
# list, and every line fits 80 columns, in both languages.
for lang in fr en; do
  run medtime-review "$S"/*.yaml --objectives "$MEDTIME_SRC/examples/objectifs/suivi.yaml" --lang "$lang"
  expect_rc 0
  expect_width 80
done
run medtime-review "$S"/20*.yaml --lang fr
expect_out_has "  levier       2025-11-17  …  2026-11-16  courbe  Δ début  Δ préc.  tendance"
expect_out "  temps.heures.telephone (h/semaine)"
expect_out "    3,0 → 1,0  █▅▃▃▁  Δ début −2,0 · Δ préc. −0,5 · ↓ progresse"
