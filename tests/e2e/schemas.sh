#!/usr/bin/env bash
# The JSON outputs follow their JSON Schemas (schemas/, Draft 2020-12) and
# the invariants the schemas describe but cannot express:
# - every schema in schemas/ is itself a valid Draft 2020-12 schema;
# - `report --format json` (medtime.report/2) of every answers file of
#   examples/, examples/suivi/ and examples/msp/ (the members and their
#   consensus), in French and in English, of the report
#   fixtures (tests/data/report: plain, --profile, hostile texts) and of an
#   answers file without a date (nulls, empty plan) validates;
# - `score --format json` (medtime.score/2), with and without --explain, on
#   the same files and on the mini fixture validates, and --explain only adds
#   `items` and `reductions` to every lever;
# - the figures agree: hours at stake <= the time budget's hours, each
#   lever's potential hours <= both, the plan's hours <= the sum of its
#   actions' gains, each step's marginal gain <= its gain, the priority terms
#   add up, the report and the scores agree (within their rounding);
# - `team --format json` (medtime.team/1) of the team fixture and of the
#   MSP of examples/msp, in French and in English, validates; its counts
#   add up, every item has one answer per member, the items to settle come
#   first;
# - the schemas are strict: an unknown key or a wrong enum value is refused.
source "$(dirname "$0")/lib.sh"

SCHEMAS="$MEDTIME_SRC/schemas"
LIST="$TMP/list" # lines KIND<tab>FILE<tab>KEY: KIND report | score | score-explain
: >"$LIST"
n=0

# keep KIND [KEY]: the last run succeeded, silently; its JSON is kept for the
# checks below. KEY pairs a report with the scores of the same answers.
keep() {
  expect_rc 0
  expect_no_err
  n=$((n + 1))
  cp "$OUT" "$TMP/$n.json"
  printf '%s\t%s\t%s\n' "$1" "$TMP/$n.json" "${2:-}" >>"$LIST"
}

# Every answers file of the examples (plans and other files left out).
answers_files=()
for f in "$MEDTIME_SRC"/examples/*.yaml "$MEDTIME_SRC"/examples/suivi/*.yaml "$MEDTIME_SRC"/examples/msp/*.yaml; do
  [ "${f##*/}" != plan-assistant-medical.yaml ] || continue
  grep -q '^answers:' "$f" || continue
  answers_files+=("$f")
done
[ ${#answers_files[@]} -ge 4 ] || fail "expected at least 4 answers files in examples/, got ${#answers_files[@]}"

# An answers file without a date and with nothing to plan: date and
# next_review null, an empty plan.
cat >"$TMP/nodate.yaml" <<'EOF'
answers:
  temps:
    version: 1
    heures:
      rendez_vous: 2
  delegation:
    version: 2
EOF
answers_files+=("$TMP/nodate.yaml")

for f in "${answers_files[@]}"; do
  for lang in fr en; do
    run medtime report "$f" --format json --lang "$lang"
    keep report "${f##*/}"
  done
  run medtime score "$f" --format json
  keep score "${f##*/}"
  run medtime score "$f" --format json --explain
  keep score-explain "${f##*/}"
done

# The report fixtures, from their folder as report.sh runs them.
cd "$DATA/report"
for lang in fr en; do
  run medtime-report --questionnaires set answers.yaml --format json --lang "$lang"
  keep report fixture
done
run medtime-report --questionnaires set answers.yaml --format json --profile profile.yaml
keep report
run medtime-report --questionnaires set answers.yaml --format json --next-review 2027-01-04
keep report
run medtime-report --questionnaires hostile hostile-answers.yaml --format json
keep report hostile
run medtime-score --questionnaires set answers.yaml --format json
keep score fixture
run medtime-score --questionnaires set answers.yaml --format json --explain
keep score-explain fixture
run medtime-score --questionnaires hostile hostile-answers.yaml --format json --explain
keep score-explain hostile
cd - >/dev/null

# The mini fixture of score.sh.
run medtime-score --questionnaires "$SET" "$ANSWERS" --format json
keep score mini
run medtime-score --questionnaires "$SET" "$ANSWERS" --format json --explain
keep score-explain mini

# The team fixture and the MSP example (medtime.team/1).
for lang in fr en; do
  run medtime-team --questionnaires "$SET" "$DATA"/team/[abcd].yaml --format json --lang "$lang"
  keep team
  run medtime team "$MEDTIME_SRC"/examples/msp/dr-*.yaml --format json --lang "$lang"
  keep team
done

python3 - "$SCHEMAS" "$LIST" <<'PY' || fail "JSON schemas or invariants (see above)"
import copy, glob, json, os, sys
from jsonschema import Draft202012Validator

schemas_dir, listing = sys.argv[1], sys.argv[2]
EPS = 1e-9
errors = []

def check(cond, where, what):
    if not cond:
        errors.append(f"{where}: {what}")

# Every schema of schemas/ is a valid Draft 2020-12 schema.
files = sorted(glob.glob(os.path.join(schemas_dir, "*.schema.json")))
for path in files:
    schema = json.load(open(path, encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema", path
names = {os.path.basename(p) for p in files}
assert {"medtime.report-2.schema.json", "medtime.score-2.schema.json"} <= names, names
report_v = Draft202012Validator(json.load(open(os.path.join(schemas_dir, "medtime.report-2.schema.json"))))
score_v = Draft202012Validator(json.load(open(os.path.join(schemas_dir, "medtime.score-2.schema.json"))))
team_v = Draft202012Validator(json.load(open(os.path.join(schemas_dir, "medtime.team-1.schema.json"))))

def validate(validator, doc, where):
    for e in validator.iter_errors(doc):
        errors.append(f"{where}: schema: at /{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")

def check_report(d, w):
    tb = d["time_budget"]
    total, stake = tb["total_hours"], d["hours_at_stake"]
    check(stake == tb["hours_at_stake"], w, "hours_at_stake differs from time_budget.hours_at_stake")
    check(stake <= total + EPS, w, f"hours_at_stake {stake} > time_budget.total_hours {total}")
    cats = tb["categories"]
    check(abs(sum(c["hours"] for c in cats) - total) <= 0.05 * len(cats) + EPS, w, "categories' hours do not add up to total_hours")
    for c in cats:
        check(c["at_stake"] <= c["hours"] + EPS, w, f"category {c['id']}: at_stake > hours")
    levers = {l["id"]: l for l in d["levers"]}
    check(len(levers) == len(d["levers"]), w, "two levers with one id")
    # Ranked levers first, by rank.
    ranks = [l["rank"] for l in d["levers"]]
    ranked = [r for r in ranks if r is not None]
    check(ranks[:len(ranked)] == list(range(1, len(ranked) + 1)), w, f"lever ranks out of order: {ranks}")
    check(d["assessed_levers"] == sum(l["status"] != "not_assessed" for l in d["levers"]), w, "assessed_levers")
    ref = d["profile"]["reference_hours"]
    weights = d["profile"]["weights"]
    check(abs(sum(weights.values()) - 1) <= 1e-6, w, "profile weights do not add up to 1")
    for l in d["levers"]:
        lw = f"{w}: lever {l['id']}"
        h = l["potential_hours"]
        check(h <= total + EPS, lw, f"potential_hours {h} > time_budget.total_hours {total}")
        if l["status"] != "not_assessed":
            check(h <= stake + EPS, lw, f"potential_hours {h} > hours_at_stake {stake}")
        check(l["hours_capped"] == (h > ref) or abs(h - ref) <= 0.05, lw, "hours_capped against reference_hours")
        if l["terms"] is not None:
            t = l["terms"]
            check(abs(t["maturity"] + t["readiness"] + t["hours"] - l["priority"]) <= 1e-6, lw, "terms do not add up to priority")
        keys = [a["gain_per_effort"] for a in l["actions"]]
        check(keys == sorted(keys, reverse=True), lw, f"actions not by gain_per_effort: {keys}")
        for a in l["actions"]:
            lo, hi = a["gain_hours"]
            check(lo <= hi, lw, f"action {a['id']}: gain_hours low > high")
            effort = {"low": 1, "medium": 2, "high": 3}[a["effort"]]
            check(abs((lo + hi) / 2 / effort - a["gain_per_effort"]) <= 0.0051, lw, f"action {a['id']}: gain_per_effort")
    plan = d["plan"]
    check([p["rank"] for p in plan] == list(range(1, len(plan) + 1)), w, "plan steps not 1, 2, 3")
    reasons = [p["reason"] for p in plan]
    check(reasons == sorted(reasons, key=lambda r: r != "lever_rank"), w, f"best_remaining before lever_rank: {reasons}")
    check(len({p["action"] for p in plan}) == len(plan), w, "an action twice in the plan")
    for p in plan:
        pw = f"{w}: plan step {p['rank']}"
        lever = levers.get(p["lever"])
        check(lever is not None, pw, f"unknown lever {p['lever']}")
        if lever is None:
            continue
        check(p["lever_rank"] == lever["rank"], pw, "lever_rank is not the lever's rank")
        actions = {a["id"]: a for a in lever["actions"]}
        a = actions.get(p["action"])
        check(a is not None, pw, f"action {p['action']} is not among the lever's actions")
        if a is not None:
            check((a["gain_hours"], a["title"], a["effort"]) == (p["gain_hours"], p["title"], p["effort"]), pw, "differs from the lever's action")
        g, m = p["gain_hours"], p["marginal_gain_hours"]
        check(g[0] <= g[1] and m[0] <= m[1], pw, "a range with low > high")
        check(m[1] <= g[1] + EPS, pw, f"marginal_gain_hours {m} above gain_hours {g}")
    pg = d["plan_gain_hours"]
    tol = 0.005 * len(plan) + EPS  # each step's figure rounded to 2 decimals
    check(pg[0] <= pg[1], w, "plan_gain_hours low > high")
    check(pg[1] <= sum(p["gain_hours"][1] for p in plan) + tol, w, f"plan_gain_hours {pg} above the sum of its gains")
    check(sum(p["marginal_gain_hours"][0] for p in plan) <= pg[0] + tol, w, "plan_gain_hours[0] below the sum of the smaller marginal gains")
    check(pg[1] <= sum(p["marginal_gain_hours"][1] for p in plan) + tol, w, "plan_gain_hours[1] above the sum of the larger marginal gains")
    if not plan:
        check(pg == [0, 0], w, "an empty plan with hours")
    if d["date"] is not None and d["next_review"] is not None:
        check(d["next_review"] > d["date"], w, "next_review not after date")

def check_score(d, w):
    tb = d["time_budget"]
    total, stake = tb["total_hours"], tb["hours_at_stake"]
    check(stake <= total + EPS, w, f"hours_at_stake {stake} > total_hours {total}")
    cats = {c["id"]: c for c in tb["categories"]}
    check(abs(sum(c["hours"] for c in cats.values()) - total) <= 0.005 * len(cats) + EPS, w, "categories' hours do not add up to total_hours")
    for c in cats.values():
        check(c["at_stake"] <= c["hours"] + EPS, w, f"category {c['id']}: at_stake > hours")
    if not tb["answered"]:
        check(total == 0 and stake == 0, w, "hours without a time budget")
    for l in d["levers"]:
        lw = f"{w}: lever {l['id']}"
        h = l["potential_hours"]
        check(h <= total + EPS, lw, f"potential_hours {h} > total_hours {total}")
        if l["status"] != "not_assessed":
            check(h <= stake + EPS, lw, f"potential_hours {h} > hours_at_stake {stake}")
        if "reductions" in l:
            rs = l["reductions"]
            check(h <= sum(r["hours"] for r in rs) + 0.005 * (len(rs) + 1) + EPS, lw, "potential_hours above the sum of its reductions")
            for r in rs:
                c = cats.get(r["category"])
                check(c is not None, lw, f"reduction on unknown category {r['category']}")
                if c is not None:
                    check(abs(c["hours"] * r["share"] - r["hours"]) <= 0.006 + c["hours"] * 5e-5, lw, f"reduction {r}: hours is not h_c × share")
        if "items" in l:
            for dim in ("maturity", "readiness"):
                its = [i for i in l["items"] if i["dimension"] == dim]
                if l[dim] is not None:
                    check(abs(sum(i["contribution"] for i in its) - l[dim]) <= 0.005 * (len(its) + 1), lw, f"{dim}: contributions do not add up")
            for i in l["items"]:
                if i["dimension"] == "none":
                    check(i["weight"] == 0 and i["contribution"] == 0, lw, f"unscored question {i['question']} with a weight")

def check_team(d, w):
    items, counts = d["items"], d["counts"]
    check(counts["items"] == len(items), w, "counts.items")
    for k in ("disagreement", "close", "unanimous", "unanswered"):
        check(counts[k] == sum(i["agreement"] == k for i in items), w, f"counts.{k}")
    check(counts["tie"] == sum(i["tie"] for i in items), w, "counts.tie")
    check(counts["to_settle"] == sum(i["to_settle"] for i in items), w, "counts.to_settle")
    groups = [0 if i["agreement"] == "disagreement" else 1 if i["to_settle"] else 2 for i in items]
    check(groups == sorted(groups), w, "items not in the meeting's order")
    for i in items:
        iw = f"{w}: {i['id']}"
        check(len(i["answers"]) == len(d["members"]), iw, "not one answer per member")
        check(i["to_settle"] == (not i["personal"] and (i["agreement"] == "disagreement" or i["tie"] or i["texts_differ"])), iw, "to_settle")
        check(not (i["personal"] and i["agreement"] == "disagreement"), iw, "a disagreement on the time budget")
        check((i["row"] is None) == (i["id"].count(".") == 1), iw, "row and id disagree")
        given = [a for a in i["answers"] if a is not None and a != "na"]
        if i["agreement"] == "unanimous":
            check(all(a == given[0] for a in given), iw, "unanimous with different answers")
        if i["type"] in ("scale", "number", "budget") and given and i["consensus"] not in (None, "na"):
            check(min(given) <= i["consensus"] <= max(given), iw, "a median outside the answers")

docs = {}  # (kind, key) -> [documents]
for line in open(listing):
    kind, path, key = line.rstrip("\n").split("\t")
    d = json.load(open(path, encoding="utf-8"))
    w = f"{kind} {key} ({path})"
    if kind == "report":
        validate(report_v, d, w)
        check_report(d, w)
    elif kind == "team":
        validate(team_v, d, w)
        check_team(d, w)
        continue
    else:
        validate(score_v, d, w)
        check_score(d, w)
        explained = ["items" in l and "reductions" in l for l in d["levers"]]
        check(all(explained) if kind == "score-explain" else not any(explained), w, "items/reductions on some levers only, or without --explain")
    if key:
        docs.setdefault((kind, key), []).append(d)

# --explain only adds items and reductions; the report and the scores agree.
for (kind, key), ds in docs.items():
    if kind != "score":
        continue
    plain = ds[0]
    for ex in docs.get(("score-explain", key), []):
        stripped = copy.deepcopy(ex)
        for l in stripped["levers"]:
            l.pop("items", None)
            l.pop("reductions", None)
        check(stripped == plain, key, "score --explain differs from score beyond items and reductions")
    for r in docs.get(("report", key), []):
        rb, sb = r["time_budget"], plain["time_budget"]
        check(abs(rb["total_hours"] - sb["total_hours"]) <= 0.05 + EPS and abs(rb["hours_at_stake"] - sb["hours_at_stake"]) <= 0.05 + EPS, key, "report and score disagree on the time budget")
        check([c["id"] for c in rb["categories"]] == [c["id"] for c in sb["categories"]], key, "report and score list other categories")
        for rc, sc in zip(rb["categories"], sb["categories"]):
            check(abs(rc["hours"] - sc["hours"]) <= 0.05 + EPS and abs(rc["at_stake"] - sc["at_stake"]) <= 0.05 + EPS, key, f"category {rc['id']}: report and score disagree")
        scores = {l["id"]: l for l in plain["levers"]}
        check(sorted(scores) == sorted(l["id"] for l in r["levers"]), key, "report and score list other levers")
        for l in r["levers"]:
            s = scores.get(l["id"])
            if s is None:
                continue
            check(l["status"] == s["status"] and l["band"] == s["band"], key, f"lever {l['id']}: status or band differ")
            check(abs(l["potential_hours"] - s["potential_hours"]) <= 0.05 + EPS, key, f"lever {l['id']}: potential_hours differ")
            for dim in ("maturity", "readiness"):
                check((l[dim] is None) == (s[dim] is None) and (l[dim] is None or abs(l[dim] - s[dim]) <= 0.05 + EPS), key, f"lever {l['id']}: {dim} differs")

# The schemas are strict: an unknown key, a wrong enum value, a range of
# three numbers are refused.
report = next(json.load(open(l.split("\t")[1])) for l in open(listing) if l.startswith("report\t"))
for mutate in (lambda d: d.update(extra=1),
               lambda d: d["levers"][0].update(extra=1),
               lambda d: d["levers"][0].update(status="done"),
               lambda d: d["time_budget"]["categories"][0].update(extra=1),
               lambda d: d.update(plan_gain_hours=[1, 2, 3]),
               lambda d: d.update(date="16/11/2026")):
    bad = copy.deepcopy(report)
    mutate(bad)
    check(not report_v.is_valid(bad), "strictness", "the report schema accepts a wrong document")

team = next(json.load(open(l.split("\t")[1])) for l in open(listing) if l.startswith("team\t"))
for mutate in (lambda d: d.update(extra=1),
               lambda d: d["items"][0].update(extra=1),
               lambda d: d["items"][0].update(agreement="maybe"),
               lambda d: d["items"][0].update(answers=[{"id": 1}, None]),
               lambda d: d["members"][0].update(date="16/11/2026"),
               lambda d: d.update(schema="medtime.team/2")):
    bad = copy.deepcopy(team)
    mutate(bad)
    check(not team_v.is_valid(bad), "strictness", "the team schema accepts a wrong document")

if errors:
    print("\n".join(errors[:50]), file=sys.stderr)
    sys.exit(1)
PY
