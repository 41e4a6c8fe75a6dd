#!/usr/bin/env bash
# End-to-end tests of `medtime team` on the four members of tests/data/team
# (their consensus worked out by hand in tests/test_team.cpp), then on the
# MSP of examples/msp: the consensus file that check, report and review
# accept, the four formats, the width, the errors.
source "$(dirname "$0")/lib.sh"

T="$DATA/team"
FIX=(--questionnaires "$SET")
MEMBERS=("$T/a.yaml" "$T/b.yaml" "$T/c.yaml" "$T/d.yaml")

json_get() {
  python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$OUT" "$1"
}
expect_json() {
  local got
  got=$(json_get "$1") || fail "stdout is not the expected JSON"
  [ "$got" == "$2" ] || fail "$1: expected $2, got $got"
}
# expect_line FILE TEXT: a line of FILE is exactly TEXT.
expect_line() { grep -qxF -- "$2" "$1" || fail "no line in $1: $2"; }

# The consensus, by hand (tests/test_team.cpp): staff none/secretary/
# assistant/secretary → secretary; tools: each option by half at most → [];
# burden 2, 3, 2, na → 2; phone_hours 1 2 3 6 → the lower middle 2; wants
# yes 3 of 4; how_much 3 5 8 → 5; tasks booking none partial partial total
# → partial; the budget's booking 1 2 3 4 → 2; the notes differ: left out.
run medtime-team "${FIX[@]}" "${MEMBERS[@]}" -o "$TMP/consensus.yaml" --lang en
expect_rc 0
expect_no_err
C="$TMP/consensus.yaml"
expect_line "$C" "  id: consensus"
expect_line "$C" "  members: \"a, b, c, d\""
expect_line "$C" "  practice: msp"
expect_line "$C" "date: 2026-02-01"
expect_line "$C" "    staff: secretary"
expect_line "$C" "    tools: []"
expect_line "$C" "    burden: 2"
expect_line "$C" "    phone_hours: 2"
expect_line "$C" "    wants: yes"
expect_line "$C" "    how_much: 5"
expect_line "$C" "      booking: partial"
expect_line "$C" "      booking: 2"
expect_line "$C" "    # To settle — disagreement (2 steps apart): a none ; b secretary ; c assistant ; d secretary"
expect_line "$C" "    # → no common answer"
grep -q "note:" "$C" && fail "texts that differ are written in the consensus"
# The report says where the consensus went, the disagreements first.
expect_out "Consensus written to $C"
expect_out "To settle in the meeting (7)"

# check, report and review accept the consensus.
run medtime-check "${FIX[@]}" "$C"
expect_rc 0
run medtime-report "${FIX[@]}" "$C" --lang en
expect_rc 0
expect_out_has "consensus"
run medtime-team "${FIX[@]}" "${MEMBERS[@]}" -o "$TMP/later.yaml" --date 2026-06-01
expect_rc 0
run medtime-review "${FIX[@]}" "$C" "$TMP/later.yaml" --lang en
expect_rc 0

# -o does not replace a file without --force; -o - writes the consensus alone.
run medtime-team "${FIX[@]}" "${MEMBERS[@]}" -o "$C"
expect_rc 2
expect_err_has "erreur E024 : le fichier existe"
run medtime-team "${FIX[@]}" "${MEMBERS[@]}" -o "$C" --force
expect_rc 0
run medtime-team "${FIX[@]}" "${MEMBERS[@]}" -o -
expect_rc 0
expect_out "answers:"
grep -q "^Équipe" "$OUT" && fail "-o - printed the report too"

# -o never writes over an input, even with --force.
cp "$T/a.yaml" "$T/b.yaml" "$TMP/"
run medtime-team "${FIX[@]}" "$TMP/a.yaml" "$TMP/b.yaml" -o "$TMP/a.yaml" --force
expect_rc 2
cmp -s "$T/a.yaml" "$TMP/a.yaml" || fail "-o replaced an input"

# Hostile member names: terminal controls shown, not obeyed; a line break
# or a YAML line separator cannot end a comment of the consensus.
# (the loader refuses ESC and C1 controls; a bidi override and line breaks pass)
printf '%s\n' 'respondent: {id: "x\u202E\ny: 1\u2028z: 2", practice: msp}' >"$TMP/x.yaml"
tail -n +3 "$T/a.yaml" >>"$TMP/x.yaml"
run medtime-team "${FIX[@]}" "$TMP/x.yaml" "$T/b.yaml" --lang en
expect_rc 0
grep -q $'\u202e' "$OUT" && fail "a bidi override from a respondent id reached the terminal"
expect_out_has 'x\u202E'
run medtime-team "${FIX[@]}" "$TMP/x.yaml" "$T/b.yaml" -o "$TMP/x-consensus.yaml"
expect_rc 0
run medtime-check "${FIX[@]}" "$TMP/x-consensus.yaml"
expect_rc 0
expect_out_has "ok (fichier de réponses"

# JSON.
run medtime-team "${FIX[@]}" "${MEMBERS[@]}" --format json
expect_rc 0
expect_json 'j["schema"]' "medtime.team/1"
expect_json '[m["name"] for m in j["members"]]' "['a', 'b', 'c', 'd']"
expect_json 'j["counts"]["disagreement"]' "6"
expect_json 'j["items"][0]["id"]' "mini.staff"
expect_json 'j["items"][0]["consensus"]' "secretary"
expect_json '[i["consensus"] for i in j["items"] if i["id"] == "mini.phone_hours"]' "[2]"
expect_json 'j["consensus"]["file"]' "None"

# Markdown and HTML.
run medtime-team "${FIX[@]}" "${MEMBERS[@]}" --format md --lang en
expect_rc 0
expect_out "# Team — 4 members: a, b, c, d"
expect_out "## To settle in the meeting"
run medtime-team "${FIX[@]}" "${MEMBERS[@]}" --format html
expect_rc 0
expect_out_has "<th>Consensus</th>"
tail -n 1 "$OUT" | grep -qxF '</html>' || fail "the HTML page is not complete"

# Errors: one file is a usage error; another version, the same member twice.
run medtime-team "${FIX[@]}" "$T/a.yaml"
expect_rc 2
printf 'respondent: {id: old}\nanswers:\n  mini:\n    version: 1\n' >"$TMP/old.yaml"
run medtime-team "${FIX[@]}" "$T/a.yaml" "$TMP/old.yaml"
expect_rc 1
expect_err "medtime team: $TMP/old.yaml:3:3: erreur E512 : ce fichier répond à la version 1 de « mini », mais $T/a.yaml répond à la version 2 ; une équipe compare des réponses à une même version (convertissez le fichier le plus ancien avec \`medtime upgrade FICHIER\`)"
cp "$T/b.yaml" "$TMP/b-again.yaml"
run medtime-team "${FIX[@]}" "$T/a.yaml" "$T/b.yaml" "$TMP/b-again.yaml"
expect_rc 1
expect_err_has "erreur E514 : le répondant « b » est déjà dans $T/b.yaml"
run medtime-team "${FIX[@]}" "$T/a.yaml" "$TMP/missing.yaml"
expect_rc 2

# --help in both languages.
run medtime-team --help --lang en
expect_rc 0
expect_out_has "consensus"
expect_out_has "medtime team examples/msp/dr-*.yaml -o consensus.yaml"
run medtime-team --help --lang fr
expect_rc 0
expect_out_has "Auto-évaluations des membres"

# The MSP of examples/msp, as the README runs it, from the source tree:
# its consensus is the one committed, the text fits 60 columns.
cd "$MEDTIME_SRC"
run medtime-team examples/msp/dr-*.yaml -o "$TMP/msp.yaml"
expect_rc 0
expect_no_err
diff -u examples/msp/consensus.yaml "$TMP/msp.yaml" >&2 || fail "examples/msp/consensus.yaml is not what medtime team writes"
run medtime-check examples/msp/consensus.yaml
expect_rc 0
run medtime-report examples/msp/consensus.yaml
expect_rc 0
for lang in fr en; do
  run medtime-team examples/msp/dr-*.yaml --width 60 --lang "$lang"
  expect_rc 0
  python3 -c 'import sys
bad = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if len(l) > 60 and " " in l.strip()]
print("\n".join(bad), file=sys.stderr)
sys.exit(1 if bad else 0)' "$OUT" || fail "a line over 60 columns ($lang)"
done
