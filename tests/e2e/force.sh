#!/usr/bin/env bash
# End-to-end tests of the one rule of every -o (issue 18, item 5): a regular
# file that exists is never replaced without --force, with the same message
# in every command, --emit-plan included; --force replaces it; `-o -`
# (stdout) and a device are never refused; `ask -o` on an existing file
# resumes it. Prints nothing on success.
source "$(dirname "$0")/lib.sh"
cd "$TMP"
EX="$MEDTIME_SRC/examples/medecin-rural.yaml"
SUIVI=("$MEDTIME_SRC/examples/suivi/2025-11-17.yaml" "$MEDTIME_SRC/examples/suivi/2026-02-16.yaml")
# Version 1 answers (hours asked in a lever), for upgrade to convert.
cat >v1.yaml <<'YAML'
respondent:
  id: dr-v1
date: 2025-01-06
answers:
  numerique:
    version: 1
    heures_ressaisie: 2
YAML

# kept CMD ARGS...: CMD -o edited.txt ARGS... exits 2 with the one message
# and leaves the file alone; with --force it exits 0 and replaces it.
kept() {
  local name=${1#medtime-}
  echo "edited by hand" >edited.txt
  run "$@" -o edited.txt
  expect_rc 2
  expect_err "medtime $name: edited.txt: erreur E024 : le fichier existe ; --force pour le remplacer"
  grep -qx "edited by hand" edited.txt || fail "$name -o replaced the file without --force"
  run "$@" -o edited.txt --force
  expect_rc 0
  grep -q "edited by hand" edited.txt && fail "$name -o --force did not replace the file"
  [ -s edited.txt ] || fail "$name -o --force wrote nothing"
  # Standard output and a device are never refused.
  run "$@" -o -
  expect_rc 0
  [ -s "$OUT" ] || fail "$name -o - wrote nothing on stdout"
  run "$@" -o /dev/null
  expect_rc 0
}

kept medtime-report "$EX"
kept medtime-report "$EX" --format html
kept medtime-score "$EX"
kept medtime-show temps
kept medtime-template temps
kept medtime-cost "$EX"
kept medtime-cost --plan "$MEDTIME_SRC/examples/plans/assistant-medical.yaml" --format csv
kept medtime-cost "$EX" --emit-plan
kept medtime-cost "$EX" --scenarios
kept medtime-batch "$EX"
kept medtime-review "${SUIVI[@]}"
kept medtime-upgrade v1.yaml
kept medtime-export --to limesurvey
kept medtime-team "$MEDTIME_SRC"/examples/msp/dr-*.yaml
[ ! -e v1.yaml.v1 ] || fail "upgrade -o replaced FILE"

# A new file is written without --force.
run medtime-report "$EX" -o new.txt
expect_rc 0
[ -s new.txt ] || fail "report -o new.txt wrote nothing"

# upgrade without -o keeps the original as FILE.v1, never over an existing one.
cp v1.yaml again.yaml
echo "an older copy" >again.yaml.v1
run medtime-upgrade again.yaml
expect_rc 2
expect_err "medtime upgrade: again.yaml.v1: erreur E024 : le fichier existe ; --force pour le remplacer"
grep -qx "an older copy" again.yaml.v1 || fail "upgrade replaced FILE.v1 without --force"
run medtime-upgrade again.yaml --force
expect_rc 0
cmp -s v1.yaml again.yaml.v1 || fail "upgrade --force did not keep the original as FILE.v1"

# ask -o on an existing answers file resumes it: no --force, no refusal.
cp "$MEDTIME_SRC/tests/data/mini-answers.yaml" resumed.yaml
set +e
printf 'q\n' | "$MEDTIME_BIN/medtime-ask" --questionnaires "$SET" --lang en -o resumed.yaml \
  >"$OUT" 2>"$ERR"
rc=$?
set -e
expect_rc 0
grep -q "file exists" "$ERR" && fail "ask refused to resume an existing file"
true
