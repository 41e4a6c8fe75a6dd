#!/usr/bin/env bash
# medtime export: the README's three commands (a LimeSurvey survey and its
# map, an XLSForm and its map, a KoboToolbox export scored through that map),
# the workbook read back with openpyxl, files refused without --force, an
# unknown questionnaire, --to xlsform without -o, and batch --from odk.
source "$(dirname "$0")/lib.sh"

mkdir -p "$TMP/examples/collecte"
cp "$MEDTIME_SRC/examples/collecte/"reponses-*.csv "$TMP/examples/collecte/"
cd "$TMP"

# The README's block, as typed (medtime on the PATH).
PATH="$MEDTIME_BIN:$PATH"
cd examples/collecte
medtime export --to limesurvey -o enquete.txt --map-out carte-limesurvey.yaml >"$OUT" 2>"$ERR" ||
  { rc=$?; fail "export --to limesurvey"; }
medtime export --to xlsform -o formulaire.xlsx --map-out carte-xlsform.yaml >"$OUT" 2>"$ERR" ||
  { rc=$?; fail "export --to xlsform"; }
medtime batch --csv reponses-kobo.csv --map carte-xlsform.yaml --from kobo -o scores.csv >"$OUT" 2>"$ERR" ||
  { rc=$?; fail "batch --from kobo"; }
expect_no_err
python3 - scores.csv <<'PY' || fail "scores.csv"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
assert len(rows) == 12, len(rows)                    # 4 examples, 5 follow-ups, 3 MSP doctors
assert all(r["status"] == "ok" for r in rows), rows
assert rows[0]["respondent"] == "1000", rows[0]["respondent"]   # _id
assert rows[0]["date"] != "", rows[0]
PY

# The same answers exported by LimeSurvey give the same scores.
run medtime-batch --csv reponses-limesurvey.csv --map carte-limesurvey.yaml --from limesurvey -o ls-scores.csv
expect_rc 0
expect_no_err
python3 - scores.csv ls-scores.csv <<'PY' || fail "LimeSurvey's scores differ from Kobo's"
import csv, sys
a, b = (list(csv.DictReader(open(f, encoding="utf-8"))) for f in sys.argv[1:])
assert len(a) == len(b) == 12
for x, y in zip(a, b):
    for k in y:
        if k not in ("source", "respondent", "complete"):
            assert x[k] == y[k], (k, x[k], y[k])
PY

# The survey file: a byte order mark, a tab-separated header, S rows first.
[ "$(head -c 3 enquete.txt | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "no byte order mark"
head -1 enquete.txt | grep -q $'^\xEF\xBB\xBFid\trelated_id\tclass\ttype/scale\tname\trelevance\ttext\thelp\tlanguage\t' ||
  fail "survey header"
grep -q $'^\t\tS\t\tlanguage\t\tfr' enquete.txt || fail "no S language row"
grep -q $'\tQ\tF\tDelTachesAdminis' enquete.txt || fail "no task table as an array"

# The map is a column map that check accepts.
run medtime-check carte-limesurvey.yaml
expect_rc 0
run medtime-check carte-xlsform.yaml --csv reponses-kobo.csv --from kobo
expect_rc 0
expect_out_has "12 réponse(s)"

# The workbook, read back.
py=
for p in python3 /usr/bin/python3; do
  if "$p" -c 'import openpyxl' 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || fail "no python3 with openpyxl: apt-get install python3-openpyxl"
"$py" - formulaire.xlsx <<'PY' || fail "workbook"
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
assert book.sheetnames == ["survey", "choices", "settings"], book.sheetnames
survey = list(book["survey"].iter_rows(values_only=True))
head = survey[0]
assert head[:4] == ("type", "name", "label::French (fr)", "label::English (en)"), head
col = {name: i for i, name in enumerate(head)}
rows = [dict(zip(head, r)) for r in survey[1:]]
# Groups balance; names are unique within their group.
depth = 0
for r in rows:
    depth += r["type"] == "begin_group"
    depth -= r["type"] == "end_group"
    assert depth >= 0
assert depth == 0
fields = [r for r in rows if r["type"] not in ("begin_group", "end_group")]
assert len({r["name"] for r in fields}) == len(fields)
assert all(r["label::French (fr)"] and r["label::English (en)"] for r in fields)
# Every list a question names exists in choices.
choices = list(book["choices"].iter_rows(values_only=True))
assert choices[0] == ("list_name", "name", "label::French (fr)", "label::English (en)"), choices[0]
lists = {c[0] for c in choices[1:]}
for r in fields:
    t = r["type"].split()
    if t[0] in ("select_one", "select_multiple"):
        assert t[1] in lists, t
# when: becomes relevant, and tables are groups of rows.
by_name = {r["name"]: r for r in rows if r["type"] != "end_group"}
assert by_name["cpts_adhesion"]["relevant"] == "not(${cpts_territoire} = 'aucune')"
assert by_name["taches_administratives"]["type"] == "begin_group"
assert by_name["taches_administratives_rendez_vous"]["type"] == "select_one taches_administratives"
assert by_name["heures_rendez_vous"]["type"] == "decimal"
settings = list(book["settings"].iter_rows(values_only=True))
assert settings[0] == ("form_title", "form_id", "version", "default_language"), settings[0]
assert settings[1][1] == "medtime" and settings[1][3] == "French (fr)"
PY

# Existing files are not replaced without --force.
run medtime-export --to limesurvey -o enquete.txt
expect_rc 2
expect_err_has "enquete.txt: erreur E024 : le fichier existe"
run medtime-export --to xlsform -o autre.xlsx --map-out carte-xlsform.yaml
expect_rc 2
expect_err_has "carte-xlsform.yaml: erreur E024"
[ ! -e autre.xlsx ] || fail "wrote the workbook although the map was refused"
run medtime-export --to limesurvey -o enquete.txt --map-out carte-limesurvey.yaml --force
expect_rc 0

# The same questionnaires give the same survey (codes stable).
run medtime-export --to limesurvey
expect_rc 0
cmp -s "$OUT" enquete.txt || fail "two exports differ"

# Usage errors.
run medtime-export delegatoin --to limesurvey -o x.txt
expect_rc 2
expect_err_has 'erreur E224 : questionnaire inconnu : « delegatoin » ; vouliez-vous dire « delegation » ?'
run medtime-export --to xlsform
expect_rc 2
expect_err_has "erreur E452 : --to xlsform écrit un classeur, pas du texte pour un terminal : donnez -o FICHIER.xlsx"
run medtime-export --to sphinx -o x.txt
expect_rc 2

# A selection keeps the time budget.
run medtime-export numerique --to xlsform -o num.xlsx --map-out num.yaml
expect_rc 0
grep -q '^  "temps":' num.yaml || fail "the time budget left out"
grep -q '^  "numerique":' num.yaml || fail "numerique left out"
! grep -q '^  "delegation":' num.yaml || fail "delegation not asked for"

# ODK Central's headers: groups joined by "-", one cell per select_multiple,
# SubmissionDate and KEY; the same responses give the same scores.
python3 - reponses-kobo.csv odk.csv <<'PY' || fail "odk.csv"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter=";"))
head = rows[0]
split = {h for h in head if h.rsplit("/", 1)[0] in head}  # Kobo's split columns
keep = [i for i, h in enumerate(head) if "/" in h and h not in split and not h.startswith("meta/")]
out = csv.writer(open(sys.argv[2], "w", encoding="utf-8", newline=""))
out.writerow(["SubmissionDate"] + [head[i].replace("/", "-") for i in keep] + ["meta-instanceID", "KEY"])
for r in rows[1:]:
    key = "uuid:" + r[head.index("_uuid")]
    out.writerow([r[head.index("_submission_time")] + ".000Z"] + [r[i] for i in keep] + [key, key])
PY
run medtime-batch --csv odk.csv --map carte-xlsform.yaml --from odk -o odk-scores.csv
expect_rc 0
expect_no_err
python3 - scores.csv odk-scores.csv <<'PY' || fail "odk scores differ from kobo's"
import csv, sys
a, b = (list(csv.DictReader(open(f, encoding="utf-8"))) for f in sys.argv[1:])
assert len(a) == len(b) == 12
for x, y in zip(a, b):
    for k in x:
        if k not in ("source", "respondent"):
            assert x[k] == y[k], (k, x[k], y[k])
    assert y["respondent"].startswith("uuid:")
PY
exit 0
