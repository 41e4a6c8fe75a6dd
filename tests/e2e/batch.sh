#!/usr/bin/env bash
# End-to-end tests of `medtime batch`: a folder with a bad file in the
# middle, --strict, a YAML stream on stdin, a LimeSurvey export, the summary,
# output options and usage errors.
set -euo pipefail

bin="$MEDTIME_BIN/medtime-batch"
data="$MEDTIME_SRC/tests/data/batch"
set_dir="$MEDTIME_SRC/tests/data/set"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() {
  echo "batch.sh: $*" >&2
  exit 1
}

# A bad file in the middle: an error row, the message with its position on
# stderr, the other rows scored, exit 1 at the end.
code=0
"$bin" --questionnaires "$set_dir" -j 3 "$data/answers" >"$tmp/out.csv" 2>"$tmp/err" || code=$?
[ "$code" = 1 ] || fail "bad file: exit $code, expected 1"
[ "$(wc -l <"$tmp/out.csv")" = 5 ] || fail "bad file: expected a header and 4 rows"
grep -qF "medtime batch: $data/answers/02-bad.yaml:5:12: erreur E101 : la question « staff » n'a pas d'option « beaucoup »" "$tmp/err" \
  || fail "bad file: positioned message missing on stderr"
grep -q '02-bad.yaml,dr-bad,2026-11-23,error,' "$tmp/out.csv" || fail "bad file: error row missing"
# 01 scores as tests/data/mini-answers.yaml: 5.5 h at stake, maturity 45,
# readiness 77.78, 5.5 h, priority 100 × (0.5 × 0.55 + 0.2 × 0.7778 + 0.3 × 1)
# = 73.06, rank 1.
grep -q '01-martin.yaml,dr-martin,2026-11-22,ok,5.5,45,77.78,5.5,73.06,1,$' "$tmp/out.csv" || fail "row 01"
# The respondent id "=HYPERLINK(...)" is neutralised for spreadsheets.
# 03 has no time budget: no hours (empty, never 0), the hours term 0.
grep -qF '03-durand.yaml,"'"'"'=HYPERLINK(""x"")",2026-10-01,ok,,92,,,14,1,' "$tmp/out.csv" || fail "row 03"
[ "$(sed -n 3p "$tmp/out.csv" | cut -d, -f1)" = "$data/answers/02-bad.yaml" ] || fail "input order"

# --strict stops at the first invalid input.
code=0
"$bin" --questionnaires "$set_dir" --strict "$data/answers" >"$tmp/strict.csv" 2>/dev/null || code=$?
[ "$code" = 1 ] || fail "strict: exit $code"
[ "$(wc -l <"$tmp/strict.csv")" = 3 ] || fail "strict: expected the header, 01 and the error row"

# A multi-document YAML stream on stdin, as JSON Lines.
printf 'respondent: {id: a}\nanswers: {mini: {staff: assistant, tools: [agenda], burden: 1, phone_hours: 1}}\n---\nrespondent: {id: b}\nanswers: {mini: {staff: none}}\n' \
  | "$bin" --questionnaires "$set_dir" --format jsonl - >"$tmp/stream.jsonl"
[ "$(wc -l <"$tmp/stream.jsonl")" = 2 ] || fail "stream: expected 2 rows"
grep -q '^{"source":"<stdin>:1","respondent":"a","date":null,"status":"ok","hours_at_stake":null,"levers":{"mini":{"maturity":92.0,' "$tmp/stream.jsonl" \
  || fail "stream: first row"
grep -q '"source":"<stdin>:3","respondent":"b"' "$tmp/stream.jsonl" || fail "stream: second row"

# A syntax error in one document of the stream: an error row with the line
# in the stream, and the documents after it are still read.
code=0
printf -- '# cohort\n---\nanswers: {mini: {staff: none}}\n---\nanswers: {mini: [\n---\nanswers: {mini: {staff: nobody}}\n...\nanswers: {mini: {staff: assistant}}\n' \
  | "$bin" --questionnaires "$set_dir" --format jsonl - >"$tmp/broken.jsonl" 2>"$tmp/broken.err" || code=$?
[ "$code" = 1 ] || fail "broken stream: exit $code"
[ "$(wc -l <"$tmp/broken.jsonl")" = 4 ] || fail "broken stream: expected 4 rows"
grep -q '^{"source":"<stdin>:2",.*"status":"ok"' "$tmp/broken.jsonl" || fail "broken stream: row 1"
grep -q '^{"source":"<stdin>:4",.*"status":"error"' "$tmp/broken.jsonl" || fail "broken stream: row 2"
grep -q '^{"source":"<stdin>:6",.*"status":"error"' "$tmp/broken.jsonl" || fail "broken stream: row 3"
grep -q '^{"source":"<stdin>:9",.*"status":"ok"' "$tmp/broken.jsonl" || fail "broken stream: row 4"
grep -q '^medtime batch: <stdin>:6:1: erreur E063 : YAML invalide' "$tmp/broken.err" || fail "broken stream: the syntax error's line"
grep -q '^medtime batch: <stdin>:7:25: erreur E101 : la question « staff » n'"'"'a pas d'"'"'option « nobody »' "$tmp/broken.err" \
  || fail "broken stream: the bad answer's line"

# A LimeSurvey export: unknown codes and unmapped columns reported once with
# a count, French spreadsheet output.
"$bin" --questionnaires "$set_dir" --csv "$data/limesurvey-export.csv" --map "$data/limesurvey-map.yaml" \
  --from limesurvey --sep ';' --decimal-comma -o "$tmp/survey.csv" 2>"$tmp/survey.err" && fail "survey: expected exit 1"
# Row 1: the time budget's KH columns give booking 4 h and billing 2 h (no
# phone column): H = 4 × 0.8 + 2 × 0.4 = 4; priority 100 × (0.5 × 0.55 +
# 0.2 × 0.7778 + 0.3 × 4/5) = 67.06; submitdate set: complete.
grep -q "^$data/limesurvey-export.csv:2;1;2026-11-22;ok;4;yes;45;77,78;4;67,06;1;$" "$tmp/survey.csv" || fail "survey: row 1"
grep -qF "limesurvey-export.csv:3:36: attention W401 : colonne « S1 » : code « A9 » inconnu dans 1 ligne(s) ; réponse laissée vide" "$tmp/survey.err" \
  || fail "survey: unknown code report"
grep -qF "limesurvey-export.csv:1:172: attention W400 : la colonne « X9 » n'est pas dans la carte ; 1 valeur(s) laissée(s) de côté" "$tmp/survey.err" \
  || fail "survey: unmapped column report"
grep -qF "limesurvey-export.csv:5:37: erreur E105 : la question « phone_hours » attend un nombre entre 0 et 40, pas « beaucoup »" "$tmp/survey.err" \
  || fail "survey: bad value"
[ "$(grep -c ' W401 ' "$tmp/survey.err")" = 1 ] || fail "survey: unknown code reported more than once"

# The summary: only the summary, as JSON. Maturity of the two scored rows
# (01: 45, 03: 92): mean 68.5, median 68.5; 01 and 03 both rank mini first.
"$bin" --questionnaires "$set_dir" "$data/answers" --summary-only --format json >"$tmp/summary.json" 2>/dev/null \
  && fail "summary: expected exit 1 (one bad file)"
grep -q '"schema": "medtime.batch-summary/1"' "$tmp/summary.json" || fail "summary: schema"
grep -q '"rows": 4,' "$tmp/summary.json" || fail "summary: rows"
grep -q '"mean": 68.5,' "$tmp/summary.json" || fail "summary: mean"
grep -q '"ranked_first": 2' "$tmp/summary.json" || fail "summary: ranked first"
# --summary: rows on stdout, the table on stderr.
"$bin" --questionnaires "$set_dir" --lang en "$data/answers/01-martin.yaml" --summary >"$tmp/rows.csv" 2>"$tmp/table"
grep -q '^Summary: 1 response(s), 1 valid, 0 with errors' "$tmp/table" || fail "summary table"
[ "$(wc -l <"$tmp/rows.csv")" = 2 ] || fail "summary: rows on stdout"
# One column per maturity band (every lever has the same bands here); the
# lever by its name (the mini questionnaire has no short name: its title).
grep -q '^lever               low  high  too few  unanswered  ranked 1st$' "$tmp/table" || fail "summary: band columns"
grep -q '^Mini questionnaire    1     0        0           0   1 (100 %)$' "$tmp/table" || fail "summary: band counts"
# In French too, the name, never the id.
"$bin" --questionnaires "$set_dir" --lang fr "$data/answers/01-martin.yaml" --summary >/dev/null 2>"$tmp/table.fr"
grep -q '^Mini questionnaire  maturité ' "$tmp/table.fr" || fail "summary: French lever name"
grep -q '^mini ' "$tmp/table.fr" && fail "summary: the lever id in French"

# Campaign options on the LimeSurvey fixture: a header that lacks the map's
# columns stops (exit 1) unless --lenient; a kept column that is not in the
# header, a short pseudonymisation key, a workbook without -o: usage errors.
printf 'id;S1;B1\n1;A1;2\n' >"$tmp/partial.csv"
code=0
"$bin" --questionnaires "$set_dir" --csv "$tmp/partial.csv" --map "$data/limesurvey-map.yaml" --from limesurvey \
  >/dev/null 2>"$tmp/err" || code=$?
[ "$code" = 1 ] || fail "wrong header: exit $code"
grep -q 'partial.csv:1:1: erreur E411 : l'\''en-tête de .*partial.csv ne correspond pas à la carte : 7 de ses 9 colonne(s) manquent (« T1 », « P1 », « W1 », « H1 », ...) ; exportez les réponses de LimeSurvey en CSV avec les en-têtes « Question code » et les réponses « Answer codes » (--lenient évalue les colonnes qui correspondent)$' "$tmp/err" \
  || fail "wrong header: message"
"$bin" --questionnaires "$set_dir" --csv "$tmp/partial.csv" --map "$data/limesurvey-map.yaml" --from limesurvey \
  --lenient >"$tmp/lenient.csv" 2>"$tmp/err" || fail "--lenient: exit $?"
grep -q 'attention E411 : l'\''en-tête de' "$tmp/err" || fail "--lenient: the warning"
code=0
"$bin" --questionnaires "$set_dir" --csv "$data/limesurvey-export.csv" --map "$data/limesurvey-map.yaml" \
  --from limesurvey --keep DEPT >/dev/null 2>"$tmp/err" || code=$?
[ "$code" = 2 ] || fail "--keep: exit $code"
grep -q -- 'erreur E405 : --keep : pas de colonne « DEPT » dans l'\''en-tête' "$tmp/err" || fail "--keep: message"
printf 'court\n' >"$tmp/key"
code=0
"$bin" --questionnaires "$set_dir" "$data/answers/01-martin.yaml" --pseudonymise "$tmp/key" >/dev/null 2>"$tmp/err" || code=$?
[ "$code" = 1 ] || fail "short key: exit $code"
grep -q 'erreur E456 : une clé de pseudonymisation demande au moins 16 caractères, celle-ci en a 5' "$tmp/err" || fail "short key: message"
code=0
"$bin" --questionnaires "$set_dir" "$data/answers" --format xlsx >/dev/null 2>"$tmp/err" || code=$?
[ "$code" = 2 ] || fail "xlsx without -o: exit $code"
# --keep on answers files: the keys of `respondent:`.
"$bin" --questionnaires "$set_dir" "$data/answers/01-martin.yaml" --keep id,ville >"$tmp/kept.csv"
head -1 "$tmp/kept.csv" | grep -q '^source,respondent,date,status,hours_at_stake,id,ville,mini_maturity,' || fail "--keep on files: header"
grep -q ',dr-martin,2026-11-22,ok,5.5,dr-martin,,45,' "$tmp/kept.csv" || fail "--keep on files: row"

# Output files: never over an input, even with --force.
code=0
"$bin" --questionnaires "$set_dir" "$data/answers/01-martin.yaml" -o "$data/answers/01-martin.yaml" --force 2>"$tmp/err" || code=$?
[ "$code" = 2 ] || fail "overwrite: exit $code"
grep -q 'erreur E023 : refus d'\''écrire par-dessus un fichier lu' "$tmp/err" || fail "overwrite: message"

# Usage errors exit 2.
code=0
"$bin" --questionnaires "$set_dir" "$tmp/missing.yaml" 2>"$tmp/err" || code=$?
[ "$code" = 2 ] || fail "missing file: exit $code"
grep -qF "missing.yaml: erreur E455 : fichier ou dossier introuvable" "$tmp/err" || fail "missing file: message"
code=0
"$bin" --questionnaires "$set_dir" --csv "$data/limesurvey-export.csv" 2>"$tmp/err" || code=$?
[ "$code" = 2 ] || fail "--csv without --map: exit $code"
grep -q -- 'erreur E448 : --csv demande --map CARTE' "$tmp/err" || fail "--csv without --map: message"
code=0
"$bin" --questionnaires "$set_dir" 2>/dev/null || code=$?
[ "$code" = 2 ] || fail "no input: exit $code"

# The supporting areas have their columns, named by their questionnaire;
# no hours, no priority, no rank; their summary says who is not concerned.
"$bin" "$MEDTIME_SRC"/examples/msp/*.yaml >"$tmp/msp.csv" 2>/dev/null || fail "msp batch"
python3 - "$tmp/msp.csv" <<'PY' || fail "supporting areas' columns"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert len(rows) == 4, len(rows)
for area in ("management", "secretariat", "pilotage"):
    for row in rows:
        # dr-c holds no role in the MSP's project: not concerned by pilotage.
        concerned = area != "pilotage" or not row["source"].endswith("dr-c.yaml")
        assert (row[f"{area}_maturity"] != "") == concerned, (area, row["source"])
        for empty in ("potential_hours", "priority", "rank"):
            assert row[f"{area}_{empty}"] == "", (area, empty, row[f"{area}_{empty}"])
PY
"$bin" "$MEDTIME_SRC"/examples/msp/*.yaml --summary-only --format json >"$tmp/msp.json" 2>/dev/null || fail "msp summary"
python3 - "$tmp/msp.json" <<'PY' || fail "supporting areas' summary"
import json, sys
levers = {l["id"]: l for l in json.load(open(sys.argv[1]))["levers"]}
assert levers["management"]["kind"] == "support" and levers["management"]["not_concerned"] == 0
assert levers["pilotage"]["not_concerned"] == 1
assert "kind" not in levers["delegation"]
PY
exit 0
