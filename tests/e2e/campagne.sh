#!/usr/bin/env bash
# The campaign example (examples/campagne/README.md) end to end, as the URPS
# consultant runs it: check the export against the map, score the rows with
# kept columns and pseudonyms, the summary by department with a group under
# --min-cell, the HTML cohort page (strict parser) and the workbook (read
# back with openpyxl). The export and its facts come from generate.py: 46
# responses, five never submitted (7, 15, 28, 34, 41), response 23 holds
# "beaucoup" in a number question, Savoie (73) has 3 responses.
source "$(dirname "$0")/lib.sh"

C="$MEDTIME_SRC/examples/campagne"
CSV="$C/export-limesurvey.csv"
SURVEY=(--csv "$CSV" --map "$C/carte.yaml" --from limesurvey)
head -c 32 /dev/urandom | base64 >"$TMP/cle.txt"
printf 'une-autre-cle-de-campagne\n' >"$TMP/autre.txt"

# 1. The export matches the map.
run medtime-check "$C/carte.yaml" --csv "$CSV" --from limesurvey
expect_rc 0
expect_no_err
expect_out_has "carte.yaml : ok (carte de colonnes, "
expect_out_has "180 colonne(s), 0 hors de la carte ; 46 réponse(s))"

# 2. One row per response, for a French spreadsheet.
run medtime-batch "${SURVEY[@]}" --keep DEPT,SPEC,EXERC --pseudonymise "$TMP/cle.txt" \
  --sep ';' --decimal-comma --bom -o "$TMP/scores.csv"
expect_rc 1 # response 23
expect_err_has "erreur E105 : la question « heures_travail »"
expect_err_has "pas « beaucoup »"
[ "$(head -c 3 "$TMP/scores.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "no byte order mark"
python3 - "$TMP/scores.csv" <<'PY' || fail "scores.csv"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig"), delimiter=";"))
assert len(rows) == 46, len(rows)
header = list(rows[0].keys())
assert header[:9] == ["source", "respondent", "date", "status", "hours_at_stake", "complete", "DEPT", "SPEC", "EXERC"], header
assert all(r["respondent"].startswith("p-") and len(r["respondent"]) == 18 for r in rows)
assert len({r["respondent"] for r in rows}) == 46
errors = [r for r in rows if r["status"] == "error"]
assert len(errors) == 1 and errors[0]["source"].endswith(":24"), errors
assert errors[0]["respondent"].startswith("p-")          # the id is kept, pseudonymised
assert [r["source"].split(":")[-1] for r in rows if r["complete"] == "no"] == ["8", "16", "29", "35", "42"]
assert {r["DEPT"] for r in rows} == {"01", "38", "42", "69", "73"}
assert any("," in r["delegation_maturity"] for r in rows)  # decimal comma
PY

# Pseudonyms: stable for one key, different for another.
run medtime-batch "${SURVEY[@]}" --pseudonymise "$TMP/cle.txt" -o "$TMP/again.csv"
run medtime-batch "${SURVEY[@]}" --pseudonymise "$TMP/autre.txt" -o "$TMP/other.csv"
cut -d, -f2 "$TMP/again.csv" >"$TMP/ids.again"
cut -d';' -f2 "$TMP/scores.csv" | tail -n +2 >"$TMP/ids.first"
tail -n +2 "$TMP/ids.again" | diff -q - "$TMP/ids.first" >/dev/null || fail "pseudonyms differ for one key"
cut -d, -f2 "$TMP/other.csv" | tail -n +2 | diff -q - "$TMP/ids.first" >/dev/null && fail "pseudonyms equal for two keys"

# 3. The summary by department, complete responses only: Savoie is hidden.
run medtime-batch "${SURVEY[@]}" --complete-only --group-by DEPT --summary-only --format text
expect_rc 1
expect_out_has "Synthèse : 41 réponse(s), 40 valide(s), 1 en erreur"
expect_out_has "Complétude : 41 complète(s), 0 incomplète(s) comptée(s), 5 écartée(s)"
grep -E '^73 ' "$OUT" >"$TMP/savoie" || fail "no line for group 73"
grep -q "masqué" "$TMP/savoie" || fail "73 is not hidden"
sed 's/^73//' "$TMP/savoie" | grep -q '[0-9]' && fail "a figure for the hidden group 73"
grep -qE '^01 +5 ' "$OUT" || fail "01 (5 responses) is shown"
expect_width 80

# The same summary as JSON and CSV: no figure of 73.
run medtime-batch "${SURVEY[@]}" --complete-only --group-by DEPT --summary-only --format json
python3 - "$OUT" <<'PY' || fail "summary json"
import json, sys
j = json.load(open(sys.argv[1]))
groups = {g["value"]: g for g in j["groups"]}
assert groups["73"] == {"value": "73", "suppressed": True}, groups["73"]
assert groups["69"]["ok"] == 16 and not groups["69"]["suppressed"]
assert j["group_by"] == "DEPT" and j["min_cell"] == 5 and j["groups_suppressed"] == 1
assert j["incomplete_left_out"] == 5
assert sum(j["levers"][0]["actions"].values()) > 0
PY
run medtime-batch "${SURVEY[@]}" --complete-only --group-by DEPT --summary-only --format csv
grep -E '^73,' "$OUT" >"$TMP/savoie.csv" || fail "no CSV line for 73"
[ "$(cat "$TMP/savoie.csv")" = "73,,suppressed,,,,,,,," ] || fail "CSV: 73 shows more than suppressed"

# 4. The cohort page: self-contained, well formed, Savoie hidden.
run medtime-batch "${SURVEY[@]}" --complete-only --group-by DEPT --format html -o "$TMP/cohorte.html"
expect_rc 1
python3 - "$TMP/cohorte.html" <<'PY' || fail "cohort page"
import sys
from html.parser import HTMLParser
VOID = {"meta", "br", "hr"}
SVG_LEAVES = {"rect", "circle", "line", "path"}
class Strict(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.seen, self.text = [], [], [], []
    def handle_starttag(self, tag, attrs):
        self.seen.append(tag)
        if tag in ("script", "link", "img", "iframe", "object"):
            self.errors.append(f"forbidden <{tag}>")
        for name, _ in attrs:
            if name.startswith("on") or name in ("src", "href"):
                self.errors.append(f"attribute {name}")
        if tag not in VOID:
            self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        if tag not in VOID and tag not in SVG_LEAVES:
            self.errors.append(f"self-closed <{tag}/>")
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()
    def handle_data(self, data):
        self.text.append(data)
p = Strict()
page = open(sys.argv[1], encoding="utf-8").read()
p.feed(page)
p.close()
assert page.startswith("<!DOCTYPE html>"), "doctype"
assert not p.errors and not p.stack, (p.errors, p.stack)
assert p.seen.count("svg") >= 8, p.seen.count("svg")   # a box plot and a band bar per lever
assert "url(" not in page and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
row = page[page.index("<td>73</td>"):]
row = row[:row.index("</tr>")]
import re
assert "masqué" in row and not any(c.isdigit() for c in re.sub(r'colspan="\d+"', "", row.replace("<td>73</td>", ""))), row
PY

# 5. The workbook: rows, summary and groups, read back with openpyxl
# (Debian's python3-openpyxl: the first python3 on PATH may be another one).
run medtime-batch "${SURVEY[@]}" --complete-only --keep SPEC --group-by DEPT --format xlsx -o "$TMP/cohorte.xlsx"
expect_rc 1
py=
for p in python3 /usr/bin/python3; do
  if "$p" -c 'import openpyxl' 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || fail "no python3 with openpyxl: apt-get install python3-openpyxl"
"$py" - "$TMP/cohorte.xlsx" <<'PY' || fail "workbook"
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
assert book.sheetnames == ["Réponses", "Synthèse", "Groupes"], book.sheetnames
rows = list(book["Réponses"].iter_rows(values_only=True))
assert rows[0][:7] == ("source", "respondent", "date", "status", "complete", "SPEC", "DEPT"), rows[0]
assert len(rows) == 42, len(rows)  # the header and 41 submitted responses
assert any(isinstance(r[7], (int, float)) for r in rows[1:])
groups = {r[0]: r for r in book["Groupes"].iter_rows(min_row=2, values_only=True)}
assert groups["73"][1].startswith("masqué") and all(v is None for v in groups["73"][2:]), groups["73"]
assert groups["69"][1] == 16
summary = list(book["Synthèse"].iter_rows(values_only=True))
assert summary[1][:3] == (None, "réponses", 41), summary[1]
PY
exit 0
