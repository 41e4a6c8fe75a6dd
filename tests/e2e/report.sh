#!/usr/bin/env bash
# End-to-end tests of `medtime report` on the fixture of tests/data/report/:
# golden files of the four formats (reviewed by eye; the figures are worked
# out by hand in answers.yaml and in test_report.cpp), the HTML parsed by
# Python's html.parser, the formats cross-checked on every figure, the
# options and the exit codes. Prints nothing on success.
set -euo pipefail

bin="$MEDTIME_BIN"
data="$MEDTIME_SRC/tests/data/report"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$data" # so that "source" in the JSON is the stable "answers.yaml"

fail() {
  echo "report.sh: $*" >&2
  exit 1
}

report() {
  "$bin/medtime-report" --questionnaires set "$@"
}

# Runs the report expecting exit code $1, stderr in $tmp/err.
expect_exit() {
  local want=$1
  shift
  local got=0
  report "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
  [[ $got == "$want" ]] || fail "report $* exited $got, expected $want: $(cat "$tmp/err")"
}

# --- golden files ----------------------------------------------------------
for pair in text:txt md:md json:json html:html; do
  format=${pair%%:*}
  ext=${pair##*:}
  report answers.yaml --format "$format" --lang fr >"$tmp/report.fr.$ext"
  diff -u "golden/report.fr.$ext" "$tmp/report.fr.$ext" >&2 || fail "$format differs from golden/report.fr.$ext"
done
report answers.yaml --lang en >"$tmp/report.en.txt"
diff -u golden/report.en.txt "$tmp/report.en.txt" >&2 || fail "text differs from golden/report.en.txt"
report answers.yaml --lang en --format md >"$tmp/report.en.md"
diff -u golden/report.en.md "$tmp/report.en.md" >&2 || fail "md differs from golden/report.en.md"

# --- the HTML is well formed and self-contained ----------------------------
"$bin/medtime-report" --questionnaires hostile hostile-answers.yaml --format html >"$tmp/hostile.html"
python3 - "$tmp/report.fr.html" "$tmp/hostile.html" <<'EOF' || fail "HTML check failed"
import sys
from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}
SVG_LEAVES = {"rect", "circle", "line", "polygon", "polyline", "path"}

class Strict(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.seen, self.doctype = [], [], [], False

    def handle_decl(self, decl):
        self.doctype = decl.lower() == "doctype html"

    def handle_starttag(self, tag, attrs):
        self.seen.append(tag)
        if tag in ("script", "link", "iframe", "object", "embed", "img"):
            self.errors.append(f"forbidden <{tag}> at {self.getpos()}")
        for name, value in attrs:
            if name.startswith("on") or name in ("src", "href"):
                self.errors.append(f"attribute {name} at {self.getpos()}")
            if name == "xmlns" and value != "http://www.w3.org/2000/svg":
                self.errors.append(f"xmlns {value}")
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID and tag not in SVG_LEAVES:
            self.errors.append(f"self-closed <{tag}/> at {self.getpos()}")

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> at {self.getpos()} closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        self.stack.pop()

for path in sys.argv[1:]:
    p = Strict()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    if not p.doctype:
        p.errors.append("no <!DOCTYPE html>")
    if p.stack:
        p.errors.append(f"unclosed {p.stack}")
    for tag in ("html", "head", "body", "main", "style", "svg", "table"):
        if tag not in p.seen:
            p.errors.append(f"no <{tag}>")
    if p.seen.count("svg") != 3:
        p.errors.append("expected three charts (radar, priorities, time budget)")
    if "url(" in open(path, encoding="utf-8").read():
        p.errors.append("CSS url()")
    for e in p.errors:
        print(f"{path}: {e}", file=sys.stderr)
    if p.errors:
        sys.exit(1)
EOF

# --- the four formats agree on every figure ---------------------------------
python3 - "$tmp/report.fr.json" "$tmp/report.fr.txt" "$tmp/report.fr.md" "$tmp/report.fr.html" <<'EOF' || fail "formats disagree"
import json, re, sys
from html.parser import HTMLParser

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], False
    def handle_starttag(self, tag, attrs):
        self.skip = tag in ("style", "title")
    def handle_endtag(self, tag):
        self.skip = False
        self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

def norm(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))

def fig(x):  # one decimal, French comma
    return f"{x:.1f}".replace(".", ",")

def hours(x):  # gains as written: no trailing zeros
    return (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")

doc = json.load(open(sys.argv[1], encoding="utf-8"))
html = Text()
html.feed(open(sys.argv[4], encoding="utf-8").read())
docs = {"text": norm(open(sys.argv[2], encoding="utf-8").read()),
        "md": norm(open(sys.argv[3], encoding="utf-8").read()).replace("\\", ""),
        "html": norm("".join(html.parts))}

expected = []
for lever in doc["levers"]:
    if lever["priority"] is not None:
        t = lever["terms"]
        # the terms add up to the priority, as shown
        assert abs(t["maturity"] + t["readiness"] + t["hours"] - lever["priority"]) < 1e-9, lever["id"]
        expected += [f"Priorité {fig(lever['priority'])} sur 100",
                     f"{fig(t['maturity'])} (maturité", f"+ {fig(t['readiness'])} (disposition à agir",
                     f"+ {fig(t['hours'])} (", f"= {fig(lever['priority'])}",
                     f"{fig(lever['potential_hours'])} h/sem. en jeu"]
    if lever["maturity"] is not None:
        expected.append(f"maturité {fig(lever['maturity'])}")
    if lever["readiness"] is not None:
        expected.append(f"disposition à agir {fig(lever['readiness'])}")
    for action in lever["actions"]:
        expected.append(f"{action['title']}")
        lo, hi = action["gain_hours"]
        expected.append(f"{hours(lo)}–{hours(hi)} h/sem.")
for item in doc["plan"]:
    lo, hi = item["gain_hours"]
    expected.append(f"{hours(lo)}–{hours(hi)} h/sem.")
lo, hi = doc["plan_gain_hours"]
expected.append(f"libérer {hours(lo)}–{hours(hi)} h/sem.")
budget = doc["time_budget"]
assert budget["hours_at_stake"] == doc["hours_at_stake"] <= budget["total_hours"], budget
expected.append(f"En tout, {fig(doc['hours_at_stake'])} h/sem. sont en jeu sur les "
                f"{fig(budget['total_hours'])} h/sem. de votre budget temps")
for row in budget["categories"]:
    if row["hours"] > 0:
        expected.append(row["label"])
        expected.append(f"{fig(row['hours'])}")
        expected.append(f"{fig(row['at_stake'])}")
expected.append("Prochaine auto-évaluation : le 22 février 2027")
expected.append(doc["respondent"]["id"])
expected.append(doc["date"])

bad = [(name, e) for name, text in docs.items() for e in expected if e not in text]
for name, e in bad:
    print(f"{name} lacks {e!r}", file=sys.stderr)
sys.exit(1 if bad else 0)
EOF

# --- options ------------------------------------------------------------------
# Piped with NO_COLOR (set by CTest): no escape codes.
report answers.yaml >"$tmp/piped.txt"
if grep -q $'\x1b' "$tmp/piped.txt"; then fail "colour codes with NO_COLOR"; fi
NO_COLOR= report answers.yaml >"$tmp/piped.txt"
if grep -q $'\x1b' "$tmp/piped.txt"; then fail "colour codes when not a terminal"; fi

# -o writes the same bytes as stdout, atomically, and never over an input.
report answers.yaml --format html -o "$tmp/out.html"
cmp -s "$tmp/out.html" golden/report.fr.html || fail "-o wrote something else"
expect_exit 2 answers.yaml -o answers.yaml --force
grep -qx "medtime report: answers.yaml: erreur E023 : refus d'écrire par-dessus un fichier lu par cette commande" "$tmp/err" ||
  fail "overwrite message: $(cat "$tmp/err")"

# --profile: readiness weighs 0.8, default readiness 20.
#   deleguer:  0.1 × (100 − 50) + 0.8 × 75 + 0.1 × 100 × 4/5 = 5 + 60 + 8 = 73
#   numerique: 0.1 × (100 − 20) + 0.8 × 20 + 0.1 × 100 × min(6/5, 1) = 8 + 16 + 10 = 34
report answers.yaml --profile profile.yaml --format json >"$tmp/profile.json"
python3 - "$tmp/profile.json" <<'EOF' || fail "--profile not applied"
import json, sys
doc = json.load(open(sys.argv[1]))
levers = {l["id"]: l for l in doc["levers"]}
assert [l["id"] for l in doc["levers"][:2]] == ["deleguer", "numerique"], doc["levers"]
assert levers["deleguer"]["priority"] == 73.0 and levers["deleguer"]["rank"] == 1
assert levers["numerique"]["priority"] == 34.0
assert levers["numerique"]["terms"] == {"maturity": 8.0, "readiness": 16.0, "hours": 10.0}
assert doc["profile"]["source"] == "profile.yaml" and doc["profile"]["default_readiness"] == 20
EOF
# (flattened: lines joined, no-break spaces as spaces)
report answers.yaml --profile profile.yaml --lang en >"$tmp/profile.txt"
flat=$(tr '\n' ' ' <"$tmp/profile.txt" | sed 's/\xc2\xa0/ /g; s/  */ /g')
[[ $flat == *'16.0 (readiness assumed 20, no readiness answers)'* ]] ||
  fail "text does not say the readiness is assumed 20"

# The git-style dispatcher runs it too.
"$bin/medtime" report --questionnaires set answers.yaml --format json >"$tmp/dispatched.json"
cmp -s "$tmp/dispatched.json" golden/report.fr.json || fail "medtime report did not run medtime-report"

# --- errors and exit codes -----------------------------------------------------
expect_exit 2 missing.yaml
grep -qx "medtime report: missing.yaml: erreur E050 : impossible d'ouvrir le fichier : fichier ou dossier introuvable" "$tmp/err" ||
  fail "missing file message: $(cat "$tmp/err")"
expect_exit 2 answers.yaml --format pdf
grep -q 'erreur E004 : --format : la valeur « pdf » n'"'"'est pas parmi {text,md,json,html}' "$tmp/err" || fail "bad format message: $(cat "$tmp/err")"
expect_exit 2 answers.yaml --lang de

printf 'respondent: {id: x}\ndate: 2026-01-01\nanswers:\n  deleguer:\n    version: 1\n    envie: 9\n' >"$tmp/bad.yaml"
expect_exit 1 "$tmp/bad.yaml"
grep -qx "medtime report: $tmp/bad.yaml:6:12: erreur E105 : la question « envie » attend un nombre entier entre 1 et 5, pas « 9 »" "$tmp/err" ||
  fail "bad answer message: $(cat "$tmp/err")"

# Without the time budget no hour can be counted: said, with the command
# that answers it.
printf 'respondent: {id: x}\ndate: 2026-01-01\nanswers:\n  deleguer:\n    version: 1\n    envie: 3\n' >"$tmp/no-budget.yaml"
expect_exit 1 "$tmp/no-budget.yaml"
grep -qx "medtime report: $tmp/no-budget.yaml: erreur E025 : le budget temps (questionnaire temps) n'est pas renseigné : les heures de chaque levier en dépendent. Répondez-y avec : medtime ask temps -o $tmp/no-budget.yaml" "$tmp/err" ||
  fail "no time budget message: $(cat "$tmp/err")"

# --next-review: the date of the next self-assessment (default: 3 months on).
report answers.yaml --format json --next-review 2027-01-15 >"$tmp/next.json"
grep -q '"next_review": "2027-01-15"' "$tmp/next.json" || fail "--next-review not applied"
report answers.yaml --next-review 2027-01-15 --lang en >"$tmp/next.txt"
grep -q 'Next self-assessment: 15 January 2027' "$tmp/next.txt" || fail "--next-review not in the text"
expect_exit 2 answers.yaml --next-review 15/01/2027

printf 'weights: {maturity: 2}\n' >"$tmp/bad-profile.yaml"
expect_exit 1 answers.yaml --profile "$tmp/bad-profile.yaml"
grep -q "^medtime report: $tmp/bad-profile.yaml:1:21: erreur E080 : .*« weights ».*« maturity » doit être entre 0 et 1, pas « 2 »$" "$tmp/err" ||
  fail "bad profile message: $(cat "$tmp/err")"
exit 0
