#!/usr/bin/env bash
# medtime list: table and JSON, languages, where the questionnaires come from.
source "$(dirname "$0")/lib.sh"

run medtime-list --questionnaires "$SET"
expect_rc 0
expect_no_err
expect_out "Questionnaires"
expect_out "id      version  levier    questions  titre"
expect_out "mini          2  mini              8  Mini questionnaire"
expect_out "budget        1  (heures)          1  Budget temps"
expect_out_has "Jeux de paramètres (medtime cost) : "

# English from --lang or from LANG; --lang wins.
run medtime-list --questionnaires "$SET" --lang en
expect_out "id      version  lever    questions  title"
run LANG=en_US.UTF-8 medtime-list --questionnaires "$SET"
expect_out "id      version  lever    questions  title"
run LANG=en_US.UTF-8 medtime-list --questionnaires "$SET" --lang fr
expect_out "id      version  levier    questions  titre"
run LC_ALL=en_GB.UTF-8 medtime-list --questionnaires "$SET"
expect_out_has "Parameter sets (medtime cost): "

# JSON: the mini fixture has 8 questions and 2 actions; its time budget, no lever.
run medtime-list --questionnaires "$SET" --format json --lang en
expect_rc 0
python3 - "$OUT" <<'PY' || fail "list --format json"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["schema"] == "medtime.list/1", doc
assert doc["questionnaires"] == [{"id": "mini", "version": 2, "kind": "lever", "lever": "mini",
                                  "questions": 8, "actions": 2, "title": "Mini questionnaire"},
                                 {"id": "budget", "version": 1, "kind": "budget", "lever": None,
                                  "questions": 1, "actions": 0, "title": "Time budget"}], doc
assert isinstance(doc["parameter_sets"], list), doc
PY

# MEDTIME_DATA names a data folder holding questionnaires/; --questionnaires wins.
mkdir -p "$TMP/data/questionnaires" "$TMP/empty"
sed 's/^title: .*/title: {fr: "Autre titre", en: "Other title"}/' "$SET/mini.yaml" \
  >"$TMP/data/questionnaires/mini.yaml"
cp "$SET/budget.yaml" "$TMP/data/questionnaires/"
run MEDTIME_DATA="$TMP/data" medtime-list
expect_rc 0
expect_out "mini          2  mini              8  Autre titre"
run MEDTIME_DATA="$TMP/data" medtime-list --questionnaires "$SET"
expect_out "mini          2  mini              8  Mini questionnaire"
run MEDTIME_DATA="$TMP/nope" medtime-list
expect_rc 2
expect_err "medtime list: $TMP/nope: erreur E090 : MEDTIME_DATA désigne un dossier sans questionnaires/"

# A folder that is missing or empty is a usage error; a bad questionnaire in it is invalid input.
run medtime-list --questionnaires "$TMP/none"
expect_rc 2
expect_err "medtime list: $TMP/none: erreur E218 : impossible d'ouvrir le dossier des questionnaires"
run medtime-list --questionnaires "$TMP/empty"
expect_rc 2
expect_err "medtime list: $TMP/empty: erreur E223 : aucun questionnaire (*.yaml) dans ce dossier"
mkdir "$TMP/bad"
printf 'id: x\nid: y\n' >"$TMP/bad/x.yaml"
run medtime-list --questionnaires "$TMP/bad"
expect_rc 1
expect_err "medtime list: $TMP/bad/x.yaml:2:1: erreur E066 : clé « id » en double (déjà présente ligne 1)"

run medtime-list --questionnaires "$SET" --format xml
expect_rc 2
expect_err "medtime list: erreur E004 : --format : la valeur « xml » n'est pas parmi {table,json} (voir --help)"
