#!/usr/bin/env bash
# End-to-end tests of issue 20, item 6 (terminal controls shown, never
# obeyed, in text and stderr output) and item 12 (batch refuses what is no
# CSV export or no stream). Prints nothing on success.
source "$(dirname "$0")/lib.sh"
cd "$TMP"
ESC=$'\e'
RLO=$(printf '\xe2\x80\xae') # U+202E RIGHT-TO-LEFT OVERRIDE
CSI=$(printf '\xc2\x9b')     # U+009B, the one-byte CSI of C1

# expect_clean: neither stdout nor stderr holds ESC, BEL, CSI U+009B or U+202E.
expect_clean() {
  python3 - "$OUT" "$ERR" <<'PY' || fail "a terminal control reached the output"
import sys
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8", errors="replace").read()
    for bad in ("\x1b", "\x07", "\u009b", "\u202e", "\u2066"):
        if bad in text:
            print(f"{path}: {bad!r}", file=sys.stderr)
            sys.exit(1)
PY
}

# --- 6. a file name with ESC, on stderr and in batch's source column -------
bad="bad${ESC}]8;;mailto:x${ESC}\\name.yaml"
printf 'answers: 1\n' >"$bad"
run medtime-report --questionnaires "$SET" "$bad"
expect_rc 1
expect_clean
expect_err_has 'bad\e]8;;mailto:x\e\name.yaml:'
run medtime-check "$bad"
expect_clean
cp "$ANSWERS" "ok${ESC}[2J.yaml"
run medtime-batch --questionnaires "$SET" "ok${ESC}[2J.yaml" "$bad"
expect_rc 1
expect_clean
expect_out_has 'ok\e[2J.yaml,dr-test'
run medtime-check --questionnaires "$SET" "ok${ESC}[2J.yaml"
expect_rc 0
expect_clean
expect_out_has 'ok\e[2J.yaml : ok'

# --- 6. CSV respondent cells: ESC, OSC 8, BEL, CSI, U+202E ----------------
{
  printf '"id";"S1"\n'
  printf '"a%s[31mred";"A1"\n' "$ESC"
  printf '"%s]8;;http://evil%s\\link%s]8;;%s\\";"A1"\n' "$ESC" "$ESC" "$ESC" "$ESC"
  printf '"bell\a";"A1"\n'
  printf '"csi%s2J";"A1"\n' "$CSI"
  printf '"abc%sfed";"A1"\n' "$RLO"
} >export.csv
run medtime-batch --questionnaires "$SET" --csv export.csv --map "$DATA/batch/limesurvey-map.yaml" --from limesurvey --lenient
expect_clean
expect_out_has ',a\e[31mred,'
expect_out_has ',bell\u0007,'
expect_out_has ',csi\u009B2J,'
expect_out_has ',abc\u202Efed,'

# --- 6. bidi controls from YAML texts: show, report, score ----------------
mkdir -p q
sed "s/^title: .*/title: {fr: \"Mini ${RLO}evil\", en: \"Mini ${RLO}evil\"}/" "$SET/mini.yaml" >q/mini.yaml
cp "$SET/budget.yaml" q/
grep -q "$RLO" q/mini.yaml || fail "the fixture has no U+202E"
run medtime-show --questionnaires q mini
expect_rc 0
expect_clean
expect_out_has 'Mini \u202Eevil'
sed "s/^respondent: {id: dr-test/respondent: {id: \"dr-${RLO}test\"/" "$ANSWERS" >bidi.yaml
for cmd in medtime-report medtime-score; do
  run "$cmd" --questionnaires q bidi.yaml
  expect_rc 0
  expect_clean
done
run medtime-report --questionnaires q bidi.yaml --format md
expect_rc 0
expect_clean

# --- 6. review (respondent id) and cost (an other cost's label) -------------
for n in 1 2; do
  sed "s/^respondent: {id: dr-test}/respondent: {id: \"dr-${RLO}test\"}/" "$DATA/review/q$n.yaml" >r$n.yaml
done
grep -q "$RLO" r1.yaml || fail "the review fixture has no U+202E"
for format in text md; do
  run medtime-review --questionnaires "$DATA/review/set" r1.yaml r2.yaml --format "$format"
  expect_rc 0
  expect_clean
  expect_out_has 'dr-\u202Etest'
done
cat >plan.yaml <<YAML
other_costs: [{id: x, label: "poste ${RLO}evil", once: 100}]
tasks: [{id: a, hours_per_week: 2, share: 1}]
YAML
for format in text md; do
  run medtime-cost --plan plan.yaml --format "$format"
  expect_rc 0
  expect_clean
  expect_out_has 'poste \u202Eevil'
done

# --- 12. batch --csv given what is no CSV export ----------------------------
printf '\xff\xfei\x00d\x00\n\x00' >utf16.csv
run medtime-batch --questionnaires "$SET" --csv utf16.csv --map "$DATA/batch/limesurvey-map.yaml"
expect_rc 1
expect_err_has "utf16.csv:1:1: erreur E440 : "
run medtime-batch --questionnaires "$SET" --csv "$ANSWERS" --map "$DATA/batch/limesurvey-map.yaml"
expect_rc 1
expect_err_has "erreur E439 : ce fichier semble être un fichier YAML, pas un export CSV"
: >empty.csv
run medtime-batch --questionnaires "$SET" --csv empty.csv --map "$DATA/batch/limesurvey-map.yaml"
expect_rc 1
expect_err "medtime batch: empty.csv:1:1: erreur E441 : fichier vide ; attendu : une ligne d'en-tête, puis une ligne par réponse"

# --- 12. empty stdin to batch - ----------------------------------------------
set +e
printf '' | timeout 10 "$MEDTIME_BIN/medtime-batch" --questionnaires "$SET" - >"$OUT" 2>"$ERR"
rc=$?
set -e
expect_rc 1
expect_err "medtime batch: <stdin>:1:1: erreur E438 : entrée vide : aucun document de réponses sur l'entrée standard"
