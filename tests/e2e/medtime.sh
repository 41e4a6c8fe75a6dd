#!/usr/bin/env bash
# The front command `medtime`, and what every medtime-CMD shares: --help with
# an example and the exit codes, --version, usage errors → 2.
source "$(dirname "$0")/lib.sh"
nbsp=$'\xc2\xa0' # the help keeps "0 success" together with a no-break space

version=$(sed -n 's/^project(medtime VERSION \([0-9.]*\).*/\1/p' "$MEDTIME_SRC/CMakeLists.txt")
[ -n "$version" ] || fail "no version in CMakeLists.txt"

# No command: the help on stderr, usage error.
run medtime
expect_rc 2
expect_no_out
expect_err "Usage : medtime COMMANDE [OPTIONS...]"

# --help lists every command, in French by default, in English on request.
for help in --help -h help; do
  run medtime "$help"
  expect_rc 0
  expect_no_err
  for cmd in list show template check ask score report cost batch review export team; do
    grep -qE "^  $cmd +[^ ]" "$OUT" || fail "medtime $help does not list $cmd"
  done
done
expect_out "Commandes :"
run medtime --help --lang en
expect_rc 0
expect_out "Commands:"
expect_out "  score      lever scores"
# The language may come first, and goes on to the command.
run medtime --lang en --help
expect_rc 0
expect_out "Commands:"
run medtime --lang=en list --questionnaires "$SET"
expect_rc 0
expect_out "id      version  lever    questions  title"
run medtime --lang en
expect_rc 2
expect_err "Usage: medtime COMMAND [OPTIONS...]"
run LANG=en_US.UTF-8 medtime --help
expect_out "Usage: medtime COMMAND [OPTIONS...]"

run medtime --version
expect_rc 0
expect_out "medtime $version"

# An unknown command: usage error, with a suggestion for a typo.
run medtime lsit
expect_rc 2
expect_no_out
expect_err 'medtime: erreur E010 : commande inconnue « lsit » ; vouliez-vous dire « list » ? ; voir medtime --help'
run medtime frobnicate
expect_rc 2
expect_err 'medtime: erreur E010 : commande inconnue « frobnicate » ; voir medtime --help'

# Dispatch: `medtime CMD ARGS` is `medtime-CMD ARGS`, exit code included.
run medtime list --questionnaires "$SET" --format json
expect_rc 0
cp "$OUT" "$TMP/front.json"
run medtime-list --questionnaires "$SET" --format json
cmp -s "$OUT" "$TMP/front.json" || fail "medtime list differs from medtime-list"
run medtime score --questionnaires "$SET" "$TMP/missing.yaml"
expect_rc 2
expect_err "medtime score: $TMP/missing.yaml: erreur E050 : impossible d'ouvrir le fichier : fichier ou dossier introuvable"
printf 'answers: [\n' >"$TMP/bad.yaml"
run medtime score --questionnaires "$SET" "$TMP/bad.yaml"
expect_rc 1
run medtime check --questionnaires "$SET" --bogus
expect_rc 2

# Every command: --help with an example and the exit codes, --version,
# usage errors (unknown option, bad --lang) → 2.
for cmd in list show template check score report cost ask batch review export team; do
  [ -x "$MEDTIME_BIN/medtime-$cmd" ] || continue
  run "medtime-$cmd" --help
  expect_rc 0
  expect_out_has "Exemple :"
  expect_out_has "Codes de sortie : 0${nbsp}succès ; 1${nbsp}entrée invalide ou vérification"
  run "medtime-$cmd" --help --lang en
  expect_rc 0
  expect_out_has "Example:"
  expect_out_has "Exit codes: 0${nbsp}success; 1${nbsp}invalid input or a failed check;"
  expect_out_has "--lang"
  run "medtime-$cmd" --version
  expect_rc 0
  expect_out "medtime $version"
  run "medtime-$cmd" --no-such-option
  expect_rc 2
  expect_no_out
  [ -s "$ERR" ] || fail "medtime-$cmd: a usage error without a message"
done
run medtime-score --lang de "$ANSWERS"
expect_rc 2
expect_err "medtime score: erreur E004 : --lang : la valeur « de » n'est pas parmi {fr,en} (voir --help)"
run medtime-show
expect_rc 2
expect_err "medtime show: erreur E003 : QUESTIONNAIRE est obligatoire (voir --help)"
run medtime-score
expect_rc 2
expect_err "medtime score: erreur E003 : FILE est obligatoire (voir --help)"

# A command that is not installed next to `medtime` (nor on PATH): usage error.
mkdir "$TMP/bin"
cp "$MEDTIME_BIN/medtime" "$TMP/bin/"
set +e
PATH=/usr/bin:/bin timeout 10 "$TMP/bin/medtime" list >"$OUT" 2>"$ERR"
rc=$?
set -e
expect_rc 2
expect_err "medtime: erreur E011 : la commande « list » n'est pas installée ($TMP/bin/medtime-list introuvable)"

# Diagnostics speak the doctor's language, with a stable code and a
# suggestion (issue 18, item 1): French under a French locale, English with
# --lang en, the same codes in both.
cd "$TMP"
printf 'answers:\n  mini:\n    version: 2\n    staf: none\n' >typo.yaml
printf 'answers:\n  mini:\n    version: 2\n    staff: secretery\n' >bad-option.yaml
run LANG=fr_FR.UTF-8 medtime report nope.yaml
expect_rc 2
expect_err "medtime report: nope.yaml: erreur E050 : impossible d'ouvrir le fichier : fichier ou dossier introuvable"
run LANG=fr_FR.UTF-8 medtime report --questionnaires "$SET" typo.yaml
expect_rc 1
expect_err "medtime report: typo.yaml:4:5: erreur E115 : question inconnue « staf » dans « mini » ; vouliez-vous dire « staff » ?"
run LANG=fr_FR.UTF-8 medtime report --questionnaires "$SET" bad-option.yaml
expect_rc 1
expect_err "medtime report: bad-option.yaml:4:12: erreur E101 : la question « staff » n'a pas d'option « secretery » ; attendu : none, secretary, assistant ; vouliez-vous dire « secretary » ?"
run LANG=fr_FR.UTF-8 medtime report --format pdff typo.yaml
expect_rc 2
expect_err "medtime report: erreur E004 : --format : la valeur « pdff » n'est pas parmi {text,md,json,html} (voir --help)"
run LANG=fr_FR.UTF-8 medtime report --fromat html typo.yaml
expect_rc 2
expect_err "medtime report: erreur E001 : option inconnue « --fromat » ; vouliez-vous dire « --format » ? (voir --help)"
# The same in English: the same codes.
run LANG=fr_FR.UTF-8 medtime report --lang en nope.yaml
expect_rc 2
expect_err "medtime report: nope.yaml: error E050: cannot open file: No such file or directory"
run LANG=fr_FR.UTF-8 medtime --lang en report --questionnaires "$SET" typo.yaml
expect_rc 1
expect_err 'medtime report: typo.yaml:4:5: error E115: unknown question "staf" in "mini"; did you mean "staff"?'
run LANG=fr_FR.UTF-8 medtime report --lang en --questionnaires "$SET" bad-option.yaml
expect_rc 1
expect_err 'medtime report: bad-option.yaml:4:12: error E101: question "staff" has no option "secretery"; expected one of none, secretary, assistant; did you mean "secretary"?'
run LANG=fr_FR.UTF-8 medtime report --lang en --format pdff typo.yaml
expect_rc 2
expect_err 'medtime report: error E004: --format: the value "pdff" is not one of {text,md,json,html} (see --help)'
run LANG=fr_FR.UTF-8 medtime report --lang en --fromat html typo.yaml
expect_rc 2
expect_err 'medtime report: error E001: unknown option "--fromat"; did you mean "--format"? (see --help)'
