#!/usr/bin/env bash
# End-to-end tests of what no command may lose (issue 20, items 1-3 and 5):
# -o never replaces a file the command read, whatever its name; -o onto a
# device, a FIFO or a symbolic link to one writes into it instead of
# replacing it, and a folder is refused; a write error on stdout or on -o
# exits 1 with a message; ask removes the temporary files of its own target
# that a killed run left behind. Prints nothing on success.
source "$(dirname "$0")/lib.sh"
mkdir "$TMP/work"
cd "$TMP/work"

# A private copy of the fixtures, whose files a wrong -o may replace.
cp -r "$SET" q
cp "$ANSWERS" answers.yaml
mkdir -p data && cp -r "$SET" data/questionnaires
cp -r "$DATA/batch/answers" cohort
cp -r "$DATA/review" review
cp -r "$DATA/cost" cost
cp "$MEDTIME_SRC/parameters/fr-2026.yaml" params.yaml
cp "$MEDTIME_SRC/examples/plans/assistant-medical.yaml" plan.yaml
cp "$DATA/batch/limesurvey-map.yaml" map.yaml
cp "$DATA/batch/limesurvey-export.csv" export.csv
find . -type f -exec md5sum {} + | sort >"$TMP/before.md5"

# refused TARGET CMD ARGS...: CMD exits 2 and refuses to write over TARGET,
# even with --force (which only replaces a file that is not an input).
refused() {
  local target=$1
  shift
  run "$@" --force
  expect_rc 2
  expect_err_has "$target: erreur E023 : refus d'écrire par-dessus un fichier lu par cette commande"
}

# --- 1. -o onto any file the command read, by identity ---------------------
# A questionnaire of --questionnaires, in every command that reads them.
refused q/mini.yaml medtime-report --questionnaires q answers.yaml -o q/mini.yaml
refused q/mini.yaml medtime-score --questionnaires q answers.yaml -o q/mini.yaml
refused q/mini.yaml medtime-show --questionnaires q mini -o q/mini.yaml
refused q/mini.yaml medtime-template --questionnaires q -o q/mini.yaml
refused q/mini.yaml medtime-batch --questionnaires q answers.yaml -o q/mini.yaml
refused review/set/alpha.yaml medtime-review --questionnaires review/set review/q1.yaml \
  review/q4.yaml -o review/set/alpha.yaml
refused cost/set/delegation.yaml medtime-cost --questionnaires cost/set \
  cost/answers-assistant.yaml -o cost/set/delegation.yaml
# ... or found through MEDTIME_DATA, or named by a hard link.
refused data/questionnaires/mini.yaml MEDTIME_DATA="$TMP/work/data" medtime-score answers.yaml \
  -o data/questionnaires/mini.yaml
ln q/mini.yaml hard-link.yaml
refused hard-link.yaml medtime-report --questionnaires q answers.yaml -o hard-link.yaml
rm hard-link.yaml
# The parameters, the plan, the profile, the map and the CSV export.
refused params.yaml medtime-cost --plan plan.yaml --parameters params.yaml -o params.yaml
refused plan.yaml medtime-cost --plan plan.yaml -o plan.yaml
cp "$MEDTIME_SRC/profiles/default.yaml" profile.yaml
refused profile.yaml medtime-report --questionnaires q answers.yaml --profile profile.yaml \
  -o profile.yaml
rm profile.yaml
refused map.yaml medtime-batch --questionnaires q --csv export.csv --map map.yaml \
  --from limesurvey -o map.yaml
# An answers file batch found in a folder it was given.
refused cohort/01-martin.yaml medtime-batch --questionnaires q cohort -o cohort/01-martin.yaml
# The stream on batch's stdin.
set +e
"$MEDTIME_BIN/medtime-batch" --questionnaires q - -o answers.yaml --force <answers.yaml >"$OUT" 2>"$ERR"
rc=$?
set -e
expect_rc 2
expect_err_has "answers.yaml: erreur E023 : refus d'écrire par-dessus un fichier lu par cette commande"
find . -type f -exec md5sum {} + | sort >"$TMP/after.md5"
cmp -s "$TMP/before.md5" "$TMP/after.md5" || fail "an input changed: $(diff "$TMP/before.md5" "$TMP/after.md5")"
[ -z "$(find . -name '.medtime-*')" ] || fail "a temporary file was left behind"

# --- 2. -o onto a device, a FIFO, a link to one, a folder ------------------
ln -s /dev/null null-link
run medtime-score --questionnaires q answers.yaml -o null-link
expect_rc 0
[ -L null-link ] || fail "-o replaced the link to /dev/null"
[ -c /dev/null ] || fail "/dev/null is no longer a device"
mkfifo pipe
cat pipe >from-pipe &
reader=$!
run medtime-score --questionnaires q answers.yaml -o pipe
expect_rc 0
wait "$reader"
[ -p pipe ] || fail "-o replaced the FIFO with a file"
grep -q "Mini questionnaire" from-pipe || fail "-o wrote nothing into the FIFO"
# A link to a regular file: the file is replaced, the link kept.
echo old >target.txt
ln -s target.txt file-link
run medtime-score --questionnaires q answers.yaml -o file-link --force
expect_rc 0
[ -L file-link ] || fail "-o replaced the link to a file"
grep -q "Mini questionnaire" target.txt || fail "-o did not write the file the link names"
mkdir folder
run medtime-report --questionnaires q answers.yaml -o folder
expect_rc 1
expect_err "medtime report: folder: erreur E056 : impossible d'écrire le fichier : c'est un dossier"
[ -d folder ] || fail "the folder is gone"
run medtime-batch --questionnaires q answers.yaml -o folder
expect_rc 1
expect_err "medtime batch: folder: erreur E056 : impossible d'écrire le fichier : c'est un dossier"

# --- 3. write errors: stdout and -o on a full disk exit 1 ------------------
# full CMD ARGS...: CMD writing its stdout to /dev/full exits 1 and says so.
full() {
  set +e
  "$MEDTIME_BIN/$1" "${@:2}" >/dev/full 2>"$ERR" </dev/null
  rc=$?
  set -e
  expect_rc 1
  grep -qE "^medtime ${1#medtime-}: erreur E022 : impossible d'écrire sur la sortie standard" "$ERR" ||
    fail "$1 > /dev/full: no message"
}
full medtime-list
full medtime-show --questionnaires q mini
full medtime-template --questionnaires q
full medtime-score --questionnaires q answers.yaml
full medtime-report --questionnaires q answers.yaml
full medtime-check --questionnaires q answers.yaml
full medtime-cost --plan plan.yaml
full medtime-review --questionnaires review/set review/q1.yaml review/q4.yaml
full medtime-batch --questionnaires q answers.yaml
full medtime-ask --help
set +e
"$MEDTIME_BIN/medtime" --version >/dev/full 2>"$ERR"
rc=$?
set -e
expect_rc 1
expect_err_has "medtime: erreur E022 : impossible d'écrire sur la sortie standard"
run medtime-report --questionnaires q answers.yaml -o /dev/full
expect_rc 1
expect_err "medtime report: /dev/full: erreur E055 : impossible d'écrire le fichier : plus de place sur le disque"
run medtime-batch --questionnaires q answers.yaml -o /dev/full
expect_rc 1
expect_err "medtime batch: /dev/full: erreur E055 : impossible d'écrire le fichier : plus de place sur le disque"

# --- 5. ask removes the temporary files a killed run left ------------------
# (what `kill -9` during a save leaves: .medtime-NAME.XXXXXX beside NAME)
printf 'stale' >.medtime-saved.yaml.Ab12Cd
printf 'other' >.medtime-other.yaml.Ab12Cd
set +e
printf 'dr\n\n\n\nq\n' | "$MEDTIME_BIN/medtime-ask" --questionnaires q --lang en -o saved.yaml \
  >"$OUT" 2>"$ERR"
rc=$?
set -e
expect_rc 0
[ ! -e .medtime-saved.yaml.Ab12Cd ] || fail "ask left the stale temporary file of its target"
[ -e .medtime-other.yaml.Ab12Cd ] || fail "ask removed the temporary file of another target"
