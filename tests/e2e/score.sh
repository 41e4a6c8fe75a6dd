#!/usr/bin/env bash
# medtime score: hand-worked numbers on the fixture, --explain, -o.
#
# The fixture (tests/data/mini-answers.yaml against tests/data/set/mini.yaml):
# maturity 100 × (staff none 0 × 2 + tools min(1, 0.6 + 0.6) + burden 2
# reversed on 1-5 → 0.75 + phone_hours 3 → 0.5) / (2 + 1 + 1 + 1) = 45;
# readiness 100 × (wants yes 1 + how_much 5/10 + tasks (4 × 1 + 2 × 0.5)/6)
# / 3 = 77.78; band low (< 50). Potential hours from the time budget
# (booking 4, billing 2, phone 3 h): booking 4 × total 0.8 + billing 2 ×
# partial 0.4 + phone 3 × 0.5 = 5.5, all at stake (one lever).
source "$(dirname "$0")/lib.sh"

run medtime-score --questionnaires "$SET" "$ANSWERS"
expect_rc 0
expect_no_err
expect_out "dr-test — 2026-11-22"
expect_out "levier              maturité  disposition  h/sem.  niveau  réponses"
expect_out "Mini questionnaire        45           78     5,5  bas          7/7"
expect_out "Heures en jeu, chaque heure comptée une fois : 5,5 h/sem. sur 9,0 h/sem."

run medtime-score --questionnaires "$SET" "$ANSWERS" --lang en
expect_out "Mini questionnaire        45         78     5.5  low        7/7"
run LANG=en_US.UTF-8 medtime-score --questionnaires "$SET" "$ANSWERS"
expect_out "Mini questionnaire        45         78     5.5  low        7/7"

run medtime-score --questionnaires "$SET" "$ANSWERS" --format json
expect_rc 0
python3 - "$OUT" <<'PY' || fail "score --format json"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["schema"] == "medtime.score/2", doc
assert doc["time_budget"]["total_hours"] == 9 and doc["time_budget"]["hours_at_stake"] == 5.5, doc
assert doc["respondent"] == {"id": "dr-test", "specialty": "generaliste", "practice": "solo"}, doc
assert doc["date"] == "2026-11-22", doc
[lever] = doc["levers"]
expected = {"id": "mini", "questionnaire": "mini", "version": 2, "maturity": 45, "readiness": 77.78,
            "potential_hours": 5.5, "band": "low", "status": "scored", "maturity_answered": 4,
            "maturity_applicable": 4, "readiness_answered": 3, "readiness_applicable": 3}
assert lever == expected, lever
PY

# --explain: each item's points, 100 × w·v / Σw, sum to its dimension's score.
# Maturity: staff 0, tools 20, burden 15, phone_hours 10. Readiness: wants
# 33.33, how_much 16.67, tasks 27.78.
run medtime-score --questionnaires "$SET" "$ANSWERS" --format json --explain
python3 - "$OUT" <<'PY' || fail "score --explain --format json"
import json, sys
[lever] = json.load(open(sys.argv[1]))["levers"]
items = {i["question"]: i for i in lever["items"]}
points = {q: items[q]["contribution"] for q in items}
assert points == {"staff": 0, "tools": 20, "burden": 15, "phone_hours": 10, "wants": 33.33,
                  "how_much": 16.67, "tasks": 27.78, "note": 0}, points
for dimension in ("maturity", "readiness"):
    total = sum(i["contribution"] for i in lever["items"] if i["dimension"] == dimension)
    assert abs(total - lever[dimension]) < 0.011, (dimension, total, lever[dimension])
hours = {(r["question"], r["task"]): r["hours"] for r in lever["reductions"]}
assert hours == {("phone_hours", None): 1.5, ("tasks", "booking"): 3.2, ("tasks", "billing"): 0.8}, hours
assert items["staff"]["weight"] == 2 and items["note"]["weight"] == 0, items
PY
run medtime-score --questionnaires "$SET" "$ANSWERS" --explain --lang en
expect_rc 0
expect_out "  question     dimension  answer    value  weight  points"
expect_out "  staff        maturity   answered   0.00     2.0     0.0"
expect_out "  burden       maturity   answered   0.75     1.0    15.0"
expect_out "  phone_hours  maturity   answered   0.50     1.0    10.0"
expect_out "  how_much     readiness  answered   0.50     1.0    16.7"
expect_out "  Potential hours H (reductions combined per category): 5.50 h/week"
# A hidden question shows as such and earns nothing: wants no hides how_much.
sed 's/^    wants: yes/    wants: no/' "$ANSWERS" >"$TMP/skip.yaml"
run medtime-score --questionnaires "$SET" "$TMP/skip.yaml" --explain --lang en
expect_out "  how_much     readiness  not shown      —     1.0       —"
# Readiness 100 × (0 + 5/6) / 2 = 41.67 → 42.
expect_out "Mini questionnaire        45         42     5.5  low        6/6"

# -o --force writes atomically: a new file replaces the old one (the old
# inode, kept by a hard link, is untouched), no temporary file is left behind.
echo old >"$TMP/out.json"
ln "$TMP/out.json" "$TMP/old-link.json"
run medtime-score --questionnaires "$SET" "$ANSWERS" --format json -o "$TMP/out.json" --force
expect_rc 0
expect_no_out
expect_no_err
grep -q '"maturity": 45.0' "$TMP/out.json" || fail "-o did not write the scores"
[ "$(cat "$TMP/old-link.json")" = old ] || fail "-o wrote into the old file instead of replacing it"
[ -z "$(find "$TMP" -name '.medtime-*')" ] || fail "a temporary file was left behind"
[ "$(stat -c %a "$TMP/out.json")" = 644 ] || fail "mode of the output"
run medtime-score --questionnaires "$SET" "$ANSWERS" -o -
expect_rc 0
expect_out_has "Mini questionnaire"

# -o never writes over the input, by any name, even with --force (exit 2,
# input unchanged).
cp "$ANSWERS" "$TMP/in.yaml"
ln -s "$TMP/in.yaml" "$TMP/symlink.yaml"
ln "$TMP/in.yaml" "$TMP/hardlink.yaml"
for target in "$TMP/in.yaml" "$TMP/symlink.yaml" "$TMP/hardlink.yaml" "$TMP/../${TMP##*/}/in.yaml"; do
  run medtime-score --questionnaires "$SET" "$TMP/in.yaml" -o "$target" --force
  expect_rc 2
  expect_err "medtime score: $target: erreur E023 : refus d'écrire par-dessus un fichier lu par cette commande"
  cmp -s "$TMP/in.yaml" "$ANSWERS" || fail "the input was changed through $target"
done
[ -L "$TMP/symlink.yaml" ] || fail "the symlink was replaced"

# Usage errors.
run medtime-score --questionnaires "$SET" "$TMP/missing.yaml"
expect_rc 2
expect_err "medtime score: $TMP/missing.yaml: erreur E050 : impossible d'ouvrir le fichier : fichier ou dossier introuvable"
run medtime-score --questionnaires "$SET" "$TMP"
expect_rc 2
expect_err "medtime score: $TMP: erreur E051 : impossible de lire le fichier : c'est un dossier"
run medtime-score --questionnaires "$SET" "$ANSWERS" --format csv
expect_rc 2
run medtime-score --questionnaires "$TMP/nowhere" "$ANSWERS"
expect_rc 2
expect_err "medtime score: $TMP/nowhere: erreur E218 : impossible d'ouvrir le dossier des questionnaires"
