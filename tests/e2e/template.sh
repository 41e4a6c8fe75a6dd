#!/usr/bin/env bash
# medtime template: a blank answers file that parses back, and scores once filled.
source "$(dirname "$0")/lib.sh"

run medtime-template --questionnaires "$SET"
expect_rc 0
expect_no_err
expect_out "date: $(date +%F)"
expect_out "  mini:"
expect_out "    version: 2"
expect_out "    #   secretary: secrétaire"
expect_out "    #   → une réponse parmi : none | secretary | assistant"
expect_out "      booking:   # rendez-vous"
expect_out "  budget:"
expect_out "      phone:   # téléphone"
cp "$OUT" "$TMP/blank.yaml"
run medtime-template --questionnaires "$SET" mini
cmp -s "$OUT" "$TMP/blank.yaml" || fail "template mini differs from template (all)"

# Filled with nothing, it is a valid answers file with no answers...
run medtime-check --questionnaires "$SET" "$TMP/blank.yaml"
expect_rc 0
expect_out "$TMP/blank.yaml : ok (fichier de réponses, 0 réponses à mini, budget)"
# ...which scores as "not enough answers", never as 0.
run medtime-score --questionnaires "$SET" "$TMP/blank.yaml"
expect_rc 0
expect_out_has "réponses insuffisantes"
run medtime-score --questionnaires "$SET" "$TMP/blank.yaml" --lang en
expect_out_has "not enough answers"
run medtime-score --questionnaires "$SET" "$TMP/blank.yaml" --format json
python3 - "$OUT" <<'PY' || fail "score of a blank template"
import json, sys
lever = json.load(open(sys.argv[1]))["levers"][0]
assert lever["status"] == "insufficient", lever
assert lever["maturity"] is None and lever["readiness"] is None and lever["band"] is None, lever
assert lever["maturity_answered"] == 0 and lever["potential_hours"] == 0, lever
assert json.load(open(sys.argv[1]))["time_budget"]["answered"] is False
PY

# The English template parses back too.
run medtime-template --questionnaires "$SET" --lang en -o "$TMP/blank-en.yaml"
expect_rc 0
expect_no_out
grep -qxF "    #   → one of: none | secretary | assistant" "$TMP/blank-en.yaml" || fail "English hints"
run medtime-check --questionnaires "$SET" "$TMP/blank-en.yaml"
expect_rc 0

# Filled in as an editor would, with the fixture's answers, it scores as the
# fixture does: maturity 45, readiness 77.78, 5.5 h (see test_scoring.cpp).
# The task table's rows come first (levels), the time budget's after (hours).
sed -e 's/^    staff:$/    staff: none/' \
    -e 's/^    tools:$/    tools: [agenda, messaging]/' \
    -e 's/^    burden:$/    burden: 2/' \
    -e 's/^    phone_hours:$/    phone_hours: 3/' \
    -e 's/^    wants:$/    wants: yes/' \
    -e 's/^    how_much:$/    how_much: 5/' \
    -e '0,/^      booking:   #.*/s//      booking: total/' \
    -e '0,/^      billing:   #.*/s//      billing: partial/' \
    -e 's/^      booking:   #.*/      booking: 4/' \
    -e 's/^      billing:   #.*/      billing: 2/' \
    -e 's/^      phone:   #.*/      phone: 3/' \
    -e 's/^  id:$/  id: dr-template/' \
    "$TMP/blank.yaml" >"$TMP/filled.yaml"
run medtime-check --questionnaires "$SET" "$TMP/filled.yaml"
expect_out "$TMP/filled.yaml : ok (fichier de réponses, 8 réponses à mini, budget)"
run medtime-score --questionnaires "$SET" "$TMP/filled.yaml" --format json
python3 - "$OUT" <<'PY' || fail "score of a filled template"
import json, sys
doc = json.load(open(sys.argv[1]))
lever = doc["levers"][0]
assert doc["respondent"]["id"] == "dr-template", doc
assert (lever["maturity"], lever["readiness"], lever["potential_hours"]) == (45, 77.78, 5.5), lever
PY

# -o never writes over a questionnaire.
mkdir "$TMP/set"
cp "$SET/mini.yaml" "$SET/budget.yaml" "$TMP/set/"
run medtime-template --questionnaires "$TMP/set" -o "$TMP/set/mini.yaml" --force
expect_rc 2
expect_err "medtime template: $TMP/set/mini.yaml: erreur E023 : refus d'écrire par-dessus un fichier lu par cette commande"
cmp -s "$TMP/set/mini.yaml" "$SET/mini.yaml" || fail "template -o wrote over the questionnaire"

# -o never replaces an existing file (of answers, say) without --force.
printf 'answers: {}\n' >"$TMP/filled.yaml"
run medtime-template --questionnaires "$SET" -o "$TMP/filled.yaml"
expect_rc 2
expect_err "medtime template: $TMP/filled.yaml: erreur E024 : le fichier existe ; --force pour le remplacer"
grep -qx 'answers: {}' "$TMP/filled.yaml" || fail "template -o replaced an existing file"
run medtime-template --questionnaires "$SET" -o "$TMP/filled.yaml" --force
expect_rc 0
cmp -s "$TMP/set/mini.yaml" "$SET/mini.yaml" || fail "template -o wrote over the questionnaire"

run medtime-template --questionnaires "$SET" mini nope
expect_rc 2
expect_no_out
expect_err 'medtime template: erreur E224 : questionnaire inconnu : « nope »'
