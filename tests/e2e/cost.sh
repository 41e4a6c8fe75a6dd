#!/usr/bin/env bash
# End to end: medtime cost from a plan and from answers, every format, the
# errors and their exit codes, and medtime check on plans and parameter sets.
set -euo pipefail
bin=$MEDTIME_BIN
src=$MEDTIME_SRC
data=$src/tests/data/cost
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

nb=$'\xc2\xa0' # the no-break space between a number and its unit

fail() { echo "FAIL: $*" >&2; exit 1; }
# expect CODE CMD...: runs CMD, stdout to $tmp/out, stderr to $tmp/err.
expect() {
  local want=$1; shift
  local got=0
  "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
  [ "$got" -eq "$want" ] || { cat "$tmp/err" >&2; fail "exit $got, expected $want: $*"; }
}
has() { grep -qF -- "$1" "$tmp/${2:-out}" || { cat "$tmp/${2:-out}" >&2; fail "missing: $1"; }; }

example=$src/examples/plans/assistant-medical.yaml

# The bundled example, through the git-style dispatcher.
expect 0 "$bin/medtime" cost --plan "$example" --lang fr
has "BILAN COÛT-AVANTAGE DE LA DÉLÉGATION"
has "Verdict : Sur 3 ans, la délégation est rentable"
has "[estimation]"
has "[source]"
# Year 1: delegated 2.4 + 1.4 + 1.5 + 0.75 + 5 + 1 + 1 = 13.05 h; hours freed
# (13.05 − 1.5) × 46 − 30 = 501.3; staff 0.5 × 2000 × 12 × 1.079 + 180 × 12 = 15 108;
# other costs of the one employee (fr-2026 defaults): 1 500 + 500 once and
# (30 + 20 + 30) × 12 = 960 a year, so 2 960 in year 1.
grep -q "Heures libérées .* 501.h " "$tmp/out" || fail "hours freed in year 1"
grep -q "Coût du personnel .*-15.108.€" "$tmp/out" || fail "staff cost"
grep -q "Autres coûts .*-2.960.€ .*-960.€" "$tmp/out" || fail "other costs"
has "éligibilité : éligible"
has "Net si l'engagement n'est pas tenu"

# --explain: every parameter with its origin, source and date.
expect 0 "$bin/medtime-cost" --plan "$example" --explain --lang en
has "staff.am.employer_rate — am: employer charges = 7.9%  [estimate]"
has "weeks_per_year — Weeks worked a year = 46${nb}weeks  [source]"
has "(2019)"
has "consultation_fee — Fee of one consultation = 30${nb}€  [plan]"

# An employee without salary and a provider without fee take the parameter
# set's defaults for their role, and --explain says so.
printf 'staff:\n  - {id: sec, role: secretary, fte: 0.5}\n  - {id: t, role: provider}\ntasks:\n  - {id: facturation, hours_per_week: 10, share: 1, to: sec}\n  - {id: telephone, hours_per_week: 3, share: 1, to: t}\n' >"$tmp/defaults.yaml"
expect 0 "$bin/medtime-cost" --plan "$tmp/defaults.yaml" --explain --lang en
# (too long for one line: the value goes on the next)
has "  staff.sec.gross_monthly — sec: gross monthly salary (full time)"
has "    = 1,824${nb}€/month  [estimate]"
has "médicaux (IDCC 1147)"
has "staff.t.monthly_fee — t: monthly fee = 520${nb}€/month  [estimate]"
# 0.5 × 1 824 × 12 × 1.018 = 11 140.99; 520 × 12 = 6 240
has "sec — secretary, 0.5 FTE [plan]"
has "      0.5 × 1,824${nb}€/month gross full time [estimate] × 12 × (1 + 1.8% charges"
has "        [estimate]) = 11,141${nb}€ a year"
has "t — provider: 520${nb}€/month [estimate] × 12 = 6,240${nb}€ a year"

# JSON and CSV.
expect 0 "$bin/medtime-cost" --plan "$example" --format json
has '"schema": "medtime.cost/2"'
has '"weekly_delegated_hours": 13.05'
has '"payback_year": 1'
# Year 1 net: revenue 501.3 × 0.6 × 60 / 18 × 30 = 30 078; + aid 19 000 − 15 108
# − 2 960 = 31 010.
has '"net": 31010'
expect 0 "$bin/medtime-cost" --plan "$example" --format csv --sep ';' --decimal-comma
has "year;hours_freed;extra_consultations;revenue;personal_value;staff_cost;other_costs;aid;net;net_if_target_missed;cumulative_net;break_even"
has "1;501,30;1002,60;30078,00;0,00;15108,00;2960,00;19000,00;31010,00;31010,00;31010,00;0,00"
expect 0 "$bin/medtime-cost" --plan "$example" --format md --lang en
has "# Cost-benefit sheet for delegating"

# xlsx: a workbook for the accountant, read back with openpyxl (Debian's
# python3-openpyxl: the first python3 on PATH may be another one). Year 1's
# net is the JSON's, 31 010 (worked out above), stored as a number; staff
# cost 15 108 and other costs 2 960 come as negative amounts so that the
# column adds up to the net: 30 078 + 0 − 15 108 − 2 960 + 19 000 = 31 010.
py=
for p in python3 /usr/bin/python3; do
  if "$p" -c 'import openpyxl' 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || fail "no python3 with openpyxl: apt-get install python3-openpyxl"
expect 0 "$bin/medtime-cost" --plan "$example" --format json
cp "$tmp/out" "$tmp/sheet.json"
mkdir "$tmp/tmpdir"
TMPDIR=$tmp/tmpdir expect 0 "$bin/medtime-cost" --plan "$example" --format xlsx -o "$tmp/sheet.xlsx" --lang fr
[ -s "$tmp/sheet.xlsx" ] && [ ! -s "$tmp/out" ] || fail "xlsx written to the file only"
[ -z "$(ls -A "$tmp/tmpdir")" ] || fail "xlsx left a temporary file in TMPDIR"
cat >"$tmp/read_xlsx.py" <<'PY'
import json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = json.load(open(sys.argv[2], encoding="utf-8"))
assert book.sheetnames == ["Hypothèses", "Années", "Sensibilité"], book.sheetnames
years = book["Années"]
assert years.freeze_panes == "B2", years.freeze_panes
assert [c.value for c in years[1]][1:4] == ["Année 1", "Année 2", "Année 3"]
assert years["B1"].font.b, "bold header"
rows = {r[0].value: r[1:] for r in years.iter_rows(min_row=2)}
net = rows["Net de l'année"][0]
assert isinstance(net.value, (int, float)), net.value
assert "€" in net.number_format, net.number_format
assert net.value == sheet["years"][0]["net"] == 31010, net.value
assert rows["Coût du personnel"][0].value == -15108
assert rows["Autres coûts"][0].value == -2960
assert [c.value for c in rows["Net cumulé"]] == [y["cumulative_net"] for y in sheet["years"]]
inputs = book["Hypothèses"]
assert [c.value for c in inputs[1]] == ["Nom", "Libellé", "Valeur", "Unité", "Origine", "Source",
                                        "Date", "Estimation", "Note"]
lines = {r[0]: r for r in inputs.iter_rows(min_row=2, values_only=True)}
assert list(lines) == [i["name"] for i in sheet["inputs"]]
assert lines["consultation_fee"][2:5] == (30, "€", "plan"), lines["consultation_fee"]
rate = lines["staff.am.employer_rate"]
assert rate[4] == "paramètres" and rate[7] == "oui", rate
assert inputs.column_dimensions["B"].width > 20
sens = book["Sensibilité"]
table = [list(r) for r in sens.iter_rows(min_row=2, values_only=True)]
assert [r[0] for r in table] == [0, 0.25, 0.5, 0.75, 1], table
assert [r[1:] for r in table] == [r["net"] for r in sheet["sensitivity"]["rows"]], table
PY
"$py" "$tmp/read_xlsx.py" "$tmp/sheet.xlsx" "$tmp/sheet.json" || fail "xlsx read back with openpyxl"
expect 0 "$bin/medtime-cost" --plan "$example" --format xlsx -o "$tmp/sheet-en.xlsx" --lang en
"$py" -c 'import openpyxl, sys; n = openpyxl.load_workbook(sys.argv[1]).sheetnames; assert n == ["Inputs", "Years", "Sensitivity"], n' \
  "$tmp/sheet-en.xlsx" || fail "xlsx in English"
expect 2 "$bin/medtime-cost" --plan "$example" --format xlsx
has "medtime cost: erreur E339 : --format xlsx écrit un classeur, pas du texte pour un terminal : donnez -o FICHIER.xlsx" err
expect 2 "$bin/medtime-cost" --plan "$example" --format xlsx --explain -o "$tmp/explain.xlsx"
has "medtime cost: erreur E338 : --format xlsx écrit les chiffres du bilan : pas avec --explain ni --emit-plan" err
[ ! -e "$tmp/explain.xlsx" ] || fail "a usage error wrote the workbook"
# The scenarios as a workbook: the comparison, then each option's years.
expect 0 "$bin/medtime-cost" "$src/examples/medecin-rural.yaml" --scenarios --format xlsx -o "$tmp/s.xlsx"
expect 0 "$bin/medtime-cost" "$src/examples/medecin-rural.yaml" --scenarios --format json
cp "$tmp/out" "$tmp/s.json"
"$py" - "$tmp/s.xlsx" "$tmp/s.json" <<'PY' || fail "scenarios xlsx read back with openpyxl"
import json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
doc = json.load(open(sys.argv[2], encoding="utf-8"))
assert book.sheetnames == ["Comparaison", "Télésecr.", "AM 0,5", "AM 1", "Partagé"], book.sheetnames
rows = {r[0].value: r[1:] for r in book["Comparaison"].iter_rows(min_row=2) if r[0].value}
assert [c.value for c in rows["Net cumulé"]] == [o["cumulative_net"] for o in doc["options"]]
PY
TMPDIR=$tmp/missing expect 1 "$bin/medtime-cost" --plan "$example" --format xlsx -o "$tmp/nowhere.xlsx"
has "impossible d'écrire le classeur" err
has "$tmp/missing : fichier ou dossier introuvable" err
[ ! -e "$tmp/nowhere.xlsx" ] || fail "a failed workbook was written"

# From answers (a fixture questionnaire with the fixed ids), then the emitted
# plan run again gives the same years.
q=(--questionnaires "$data/set")
expect 0 "$bin/medtime-cost" "${q[@]}" "$data/answers-assistant.yaml" --format json
sed -n '/"years"/,/"payback_year"/{p;/"payback_year"/q;}' "$tmp/out" >"$tmp/years-answers"
expect 0 "$bin/medtime-cost" "${q[@]}" "$data/answers-assistant.yaml" --emit-plan -o "$tmp/plan.yaml"
grep -q "^# reinvest_share: 0.5" "$tmp/plan.yaml" && fail "indentation of defaults"
grep -qF "  # reinvest_share: 0.5" "$tmp/plan.yaml" || fail "default written as a comment"
grep -qF "  - {id: rendez_vous, hours_per_week: 4, share: 1, to: assistant}" "$tmp/plan.yaml" || fail "task"
expect 0 "$bin/medtime-check" "$tmp/plan.yaml"
expect 0 "$bin/medtime-cost" --plan "$tmp/plan.yaml" --format json
sed -n '/"years"/,/"payback_year"/{p;/"payback_year"/q;}' "$tmp/out" >"$tmp/years-plan"
diff "$tmp/years-answers" "$tmp/years-plan" >/dev/null || fail "emitted plan gives other years"

# What is missing in the answers: exit 1, said plainly.
printf 'answers:\n  temps: {version: 1, heures: {rendez_vous: 2}}\n  delegation:\n    version: 2\n    etp_envisage: mi_temps\n' >"$tmp/no-option.yaml"
expect 1 "$bin/medtime-cost" "${q[@]}" "$tmp/no-option.yaml"
has "medtime cost: $tmp/no-option.yaml:3:3: erreur E304 : les réponses au questionnaire delegation n'ont pas d'« option_envisagee »" err
# Without the time budget, no task has hours: said, with the command.
printf 'answers:\n  delegation:\n    version: 2\n    option_envisagee: secretaire\n' >"$tmp/no-budget.yaml"
expect 1 "$bin/medtime-cost" "${q[@]}" "$tmp/no-budget.yaml" --lang en
has "medtime cost: $tmp/no-budget.yaml: error E025: the time budget (questionnaire temps) is not answered: every lever's hours depend on it. Answer it with: medtime ask temps -o $tmp/no-budget.yaml" err

# Bad plans: positioned errors, exit 1.
printf 'staff:\n  - id: am\n    role: assistant_medical\n    fte: 0.33\n    aid: cnam_assistant_medical\ntasks:\n  - {id: a, hours_per_week: 2, share: 1, to: am}\n' >"$tmp/bad-aid.yaml"
expect 1 "$bin/medtime-cost" --plan "$tmp/bad-aid.yaml"
has "medtime cost: $tmp/bad-aid.yaml:5:10: erreur E330 : l'intervenant « am » : l'aide « cnam_assistant_medical » n'existe que pour 0.5 ou 1 ETP, pas pour fte 0.33" err
printf 'parameters: fr-2025\ntasks:\n  - {id: a, hours_per_week: 2, share: 1}\n' >"$tmp/bad-set.yaml"
expect 1 "$bin/medtime-cost" --plan "$tmp/bad-set.yaml"
has "medtime cost: $tmp/bad-set.yaml:1:13: erreur E316 : jeu de paramètres inconnu « fr-2025 » ; disponibles : fr-2026 ; vouliez-vous dire « fr-2026 » ?" err
printf 'tasks:\n  - {id: a, hours_per_week: 2, share: 1.5}\n  - {id: b, hours_per_week: -1, share: 1}\n' >"$tmp/bad-tasks.yaml"
expect 1 "$bin/medtime-cost" --plan "$tmp/bad-tasks.yaml"
has "$tmp/bad-tasks.yaml:2:39: erreur E080 : " err
has "$tmp/bad-tasks.yaml:3:29: erreur E080 : " err

# One printable HTML page: self-contained, every text escaped (an other
# cost's label is free text), well formed.
printf 'other_costs:\n  - {id: x, label: "<script>alert(1)</script>", monthly: 10}\ntasks:\n  - {id: a, hours_per_week: 2, share: 1}\n' >"$tmp/hostile.yaml"
expect 0 "$bin/medtime-cost" --plan "$tmp/hostile.yaml" --format html
has "<!DOCTYPE html>"
has "&lt;script&gt;alert(1)&lt;/script&gt;"
grep -qi "<script\|https\?:" "$tmp/out" && fail "html: a script or a network resource"
python3 - "$tmp/out" <<'PY' || fail "html: not well formed"
import html.parser, sys
class Check(html.parser.HTMLParser):
    void = {"meta", "br", "hr", "img", "input", "link"}
    def __init__(self):
        super().__init__()
        self.stack = []
    def handle_starttag(self, tag, attrs):
        if tag not in self.void:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()
c = Check()
c.feed(open(sys.argv[1], encoding="utf-8").read())
assert not c.stack, c.stack
PY
expect 0 "$bin/medtime-cost" --plan "$example" --format html --lang en
has "<h2>Year by year</h2>"
expect 2 "$bin/medtime-cost" --plan "$example" --format html --explain

# Options side by side: the four scenarios from the rural doctor's answers,
# in every format, and two plans with --compare.
rural=$src/examples/medecin-rural.yaml
expect 0 "$bin/medtime-cost" "$rural" --scenarios
has "COMPARAISON DES OPTIONS"
grep -q "Télésecr\. .*AM 0,5 .*AM 1 .*Partagé" "$tmp/out" || fail "four scenario columns"
# AM at half time: 0.5 × 1 950 × 12 × 1.079 = 12 624 a year, as in the single sheet.
grep -q "Coût du personnel/an .*12.624.€" "$tmp/out" || fail "scenario staff cost"
expect 0 "$bin/medtime-cost" "$rural" --scenarios --format md --lang en
has "| Hours freed/week |"
expect 0 "$bin/medtime-cost" "$rural" --scenarios --format csv
[[ $(wc -l <"$tmp/out") == 5 ]] || fail "scenarios csv: a header and four rows"
has "option,hours_freed_per_week,left_out_hours_per_week,staff_cost"
expect 0 "$bin/medtime-cost" "$rural" --scenarios --format json
has '"schema": "medtime.cost-compare/1"'
has '"schema": "medtime.cost/2"'
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["options"]) == 4' "$tmp/out" ||
  fail "scenarios json: four options"
expect 0 "$bin/medtime-cost" "$rural" --scenarios --format html
has "<h1>Comparaison des options</h1>"
has "<th class=\"num\">AM 0,5</th>"
expect 0 "$bin/medtime-cost" --compare "$example" "$example" --lang en
has "OPTIONS SIDE BY SIDE"
expect 2 "$bin/medtime-cost" --compare "$example"
has "medtime cost: erreur E340 : --compare demande au moins deux plans" err
expect 2 "$bin/medtime-cost" --plan "$example" --scenarios
has "medtime cost: erreur E342 : --scenarios tire les options d'un fichier de réponses" err

# --emit-plan never replaces a plan the doctor may have edited without --force.
expect 0 "$bin/medtime-cost" "$rural" --emit-plan -o "$tmp/emitted.yaml"
echo "# edited by hand" >>"$tmp/emitted.yaml"
expect 2 "$bin/medtime-cost" "$rural" --emit-plan -o "$tmp/emitted.yaml"
has "erreur E024 : le fichier existe ; --force pour le remplacer" err
grep -q "edited by hand" "$tmp/emitted.yaml" || fail "an edited plan was replaced"
expect 0 "$bin/medtime-cost" "$rural" --emit-plan -o "$tmp/emitted.yaml" --force
grep -q "edited by hand" "$tmp/emitted.yaml" && fail "--force did not replace the plan"

# The JSON documents follow their schema (schemas/, Draft 2020-12): a plan,
# a sheet derived from answers, and every option of a comparison.
validate() {
  python3 - "$src/schemas/medtime.cost-2.schema.json" "$tmp/out" "$1" <<'PY' || fail "json schema: $1"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
sheets = [o["sheet"] for o in doc["options"]] if sys.argv[3] == "compare" else [doc]
for sheet in sheets:
    jsonschema.validate(sheet, schema)
PY
}
expect 0 "$bin/medtime-cost" --plan "$example" --format json
validate sheet
expect 0 "$bin/medtime-cost" "$rural" --format json
validate sheet
expect 0 "$bin/medtime-cost" "$rural" --scenarios --format json
validate compare

# Usage errors: exit 2.
expect 2 "$bin/medtime-cost"
has "medtime cost: erreur E344 : donnez un fichier de réponses ou --plan PLAN" err
expect 2 "$bin/medtime-cost" --plan "$example" --parameters fr-2062
has "medtime cost: erreur E316 : jeu de paramètres inconnu « fr-2062 » ; disponibles : fr-2026 ; vouliez-vous dire « fr-2026 » ?" err
expect 2 "$bin/medtime-cost" --plan "$example" --format csv --explain
expect 2 "$bin/medtime-cost" --plan "$tmp/missing.yaml"
expect 0 "$bin/medtime-cost" --help
has "--emit-plan"

# -o never writes over the input, even with --force.
expect 2 "$bin/medtime-cost" --plan "$tmp/plan.yaml" -o "$tmp/plan.yaml" --force
has "erreur E023 : refus d'écrire par-dessus un fichier lu par cette commande" err

# medtime check validates plans and parameter sets.
expect 0 "$bin/medtime-check" "$example" "$src/parameters/fr-2026.yaml" "$data/parameters/round.yaml"
has "jeu de paramètres fr-2026, 35 valeurs"
has "plan de délégation, 7 tâches"
expect 1 "$bin/medtime-check" "$tmp/bad-aid.yaml"
