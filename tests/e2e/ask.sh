#!/usr/bin/env bash
# End-to-end tests of `medtime ask` with answers fed through stdin (one per
# line, prompts on stderr): a complete run, going back and changing an answer,
# skipping, invalid input, q then --resume, the end of input mid-way, and the
# files it refuses. Prints nothing on success.
source "$(dirname "$0")/lib.sh"
mini=(--questionnaires "$SET")
pair=(--questionnaires "$DATA/ask/set")
cd "$TMP"

# ask EXPECTED_RC INPUT ARGS...: runs medtime-ask (10 s at most) with INPUT on
# stdin; stdout in $OUT, stderr in $ERR.
ask() {
  local expected=$1 input=$2
  shift 2
  set +e
  printf '%s' "$input" | timeout 10 "$MEDTIME_BIN/medtime-ask" "$@" >"$OUT" 2>"$ERR"
  rc=$?
  set -e
  expect_rc "$expected"
}

has() { grep -qxF -- "$2" "$1" || fail "$1 has no line '$2'"; }
says() { expect_err_has "$1"; }

# --- A complete run, every question type of the mini fixture --------------
# staff 1 (none), tools 2 3, burden 2, phone 3, wants o, how_much 5 (shown
# because wants is yes), booking total (3), billing partial (2), note; then
# the time budget (ordered after mini): booking 4 h, billing 2 h, phone 3 h.
ask 0 $'dr-test\ngeneraliste\nsolo\n2026-11-22\n1\n2 3\n2\n3\no\n5\n3\n2\nRAS\n4\n2\n3\n' \
  "${mini[@]}" --lang en -o a.yaml
expect_no_out
[ "$(stat -c %a a.yaml)" = 600 ] || fail "a.yaml has mode $(stat -c %a a.yaml)"
cat >expected.yaml <<'YAML'
respondent:
  id: dr-test
  specialty: generaliste
  practice: solo
date: 2026-11-22
answers:
  mini:
    version: 2
    staff: none
    tools: [agenda, messaging]
    burden: 2
    phone_hours: 3
    wants: yes
    how_much: 5
    tasks:
      booking: total
      billing: partial
    note: RAS
  budget:
    version: 1
    hours:
      booking: 4
      billing: 2
      phone: 3
YAML
grep -v '^#' a.yaml | diff - expected.yaml >/dev/null || fail "a.yaml differs: $(grep -v '^#' a.yaml | diff - expected.yaml)"
# Steps: staff, tools, burden, phone, wants, two tasks' levels, note: 8 of
# mini, and the budget's three rows: 11; how_much once wants is yes: 12.
says "Step 1 of 11 (Mini questionnaire: 1 of 8). Section one."
says "Step 6 of 12 (Mini questionnaire: 6 of 9). Section two."
says "Step 10 of 12 (Time budget: 1 of 3). Your hours."
says "Category 1/3: appointments"
says "Done. Your answers are saved in a.yaml."
says "Mini questionnaire. answered: 8, unanswered: 0, not applicable: 0."
says "Time budget. answered: 1, unanswered: 0, not applicable: 0."
says "Your full report (levers, scores, every action):"
# (the command may be cut with " \" when the checkout lies in a deep folder)
sed -z 's/ \\\n */ /g' "$ERR" | grep -qF "  medtime report --questionnaires $MEDTIME_SRC/tests/data/set a.yaml" \
  || fail "the closing command is missing"
"$MEDTIME_BIN/medtime-score" "${mini[@]}" a.yaml >/dev/null || fail "medtime score rejects a.yaml"

# --- Back and change: the `when:` of how_much follows the new answer -------
ask 0 $'dr\n\n\n\n2\n<\n3\n1\n1\n0\no\n<\nn\nq\n' "${mini[@]}" --lang en -o b.yaml
has b.yaml "    staff: assistant"
has b.yaml "    wants: no"
grep -q how_much b.yaml && fail "how_much is hidden when wants is no"
says "Current answer: 2. secretary"
says "Step 6 of 11 (Mini questionnaire: 6 of 8). Section two."
says "Task 1/2: appointments"

# --- Skip: an empty key, so that resuming does not ask it first -------------
ask 0 $'dr\n\n\n\ns\n1\nq\n' "${mini[@]}" --lang en -o c.yaml
has c.yaml "    staff:"
has c.yaml "    tools: [none]"

# --- Invalid input is explained and asked again ---------------------------
ask 0 $'dr\n\n\n31/02/2026\n22/11/2026\n7\n1 3\n2\n1 2\n2\nsept\nq\n' "${mini[@]}" --lang en -o d.yaml
says '"31/02/2026" is not a valid date: type it as 2026-11-22 or 22/11/2026.'
says '"7" is not an answer number: type a number from 1 to 3.'
says 'Only one answer: type a single number, from 1 to 3.'
says '"none" cannot be combined with other answers.'
has d.yaml "date: 2026-11-22"
has d.yaml "    staff: secretary"
has d.yaml "    tools: [agenda]"
grep -q burden d.yaml && fail "\"sept\" was taken as an answer"
says '"sept": type a whole number from 1 to 5.'

# --- q, then --resume continues at the first question not asked -----------
ask 0 $'dr\n\n\n\n1\n2\nq\n' "${mini[@]}" --lang en -o e.yaml
says "2 answers saved in e.yaml. To resume: medtime ask --questionnaires $MEDTIME_SRC/tests/data/set -o e.yaml"
ask 0 $'3\nq\n' "${mini[@]}" --lang en --resume -o e.yaml
grep -q "Step 1 of" "$ERR" && fail "--resume asked the first question again"
says "Step 3 of 11 (Mini questionnaire: 3 of 8). Section one."
says "Resuming: 2 answers already saved in e.yaml."
has e.yaml "    staff: none"
has e.yaml "    tools: [agenda]"
has e.yaml "    burden: 3"
# Without --resume, an existing file is resumed too; Enter keeps the date.
ask 0 $'<\n\nq\n' "${mini[@]}" --lang en -o e.yaml
says "Current answer: 3"

# --- The end of input mid-way leaves a valid file -------------------------
ask 0 $'dr\n\n\n\n1\n2\n4\n3' "${mini[@]}" --lang en -o f.yaml
says "End of input. 4 answers saved in f.yaml."
has f.yaml "    phone_hours: 3"
"$MEDTIME_BIN/medtime-score" "${mini[@]}" f.yaml >/dev/null || fail "medtime score rejects f.yaml"

# --- A control character typed is refused, so the file stays readable ------
# (an ESC from an arrow key or a paste: saved, every command would refuse it)
ask 0 $'dr-\e[31m\ndr\n\n\n\n1\n' "${mini[@]}" --lang en -o ctl.yaml
says "This text holds a control character (U+001B, a special key or a paste): type it again without it."
has ctl.yaml "  id: dr"
"$MEDTIME_BIN/medtime-score" "${mini[@]}" ctl.yaml >/dev/null || fail "medtime score rejects ctl.yaml"
ask 0 $'q\n' "${mini[@]}" --lang en -o ctl.yaml

# --- Files it refuses, and usage errors -----------------------------------
ask 2 '' "${mini[@]}" --resume -o missing.yaml
says "medtime ask: missing.yaml: erreur E523 : rien à reprendre : le fichier n'existe pas"
[ -e missing.yaml ] && fail "missing.yaml was created"
printf 'answers:\n  mini: {version: 2, staff: maybe}\n' >bad.yaml
cp bad.yaml bad.copy
ask 1 $'1\n' "${mini[@]}" -o bad.yaml
says 'medtime ask: bad.yaml:2:29: erreur E524 : '
says " ; medtime ask n'écrase pas un fichier qu'il ne peut pas relire : corrigez-le ou choisissez un autre -o"
cmp -s bad.yaml bad.copy || fail "bad.yaml was changed"
ask 2 '' "${mini[@]}" zz -o g.yaml
says 'medtime ask: erreur E224 : questionnaire inconnu : « zz »'
ask 2 '' "${mini[@]}"
says "erreur E003 : --output est obligatoire"
cp a.yaml last.yaml
ask 2 '' "${mini[@]}" --from last.yaml -o last.yaml
says "medtime ask: last.yaml: erreur E527 : -o doit être un nouveau fichier : --from last.yaml n'est jamais écrit (donnez le fichier de la nouvelle date)"
ask 2 '' "${mini[@]}" --from nowhere.yaml -o n.yaml
says "medtime ask: nowhere.yaml: erreur E526 : --from : fichier introuvable"
ask 2 '' "${mini[@]}" --from last.yaml --date 31/02/2027 -o n.yaml
says "medtime ask: erreur E528 : --date 31/02/2027 : ce n'est pas une date ; écrivez AAAA-MM-JJ ou JJ/MM/AAAA"
ask 2 '' "${mini[@]}" -o -
says "medtime ask: erreur E522 : medtime ask enregistre chaque réponse dans un fichier : donnez -o FICHIER, pas -"
ask 2 '' "${mini[@]}" -o nowhere/n.yaml
says "medtime ask: nowhere/n.yaml: erreur E525 : impossible d'écrire dans nowhere : "
# A file with the doctor's comments is copied first: they would be lost.
{ echo "# my notes"; cat a.yaml; } >commented.yaml
ask 0 $'q\n' "${mini[@]}" -o commented.yaml
says "medtime ask: attention W503 : commented.yaml est réécrit à chaque réponse ; ses commentaires sont gardés dans commented.yaml.orig"
has commented.yaml.orig "# my notes"
cmp -s a.yaml last.yaml || fail "last.yaml was changed"

# --- --from: last time's answers, Enter takes them; the date is --date -----
# 16 steps: respondent 3, date, 6 questions, 2 levels, note, 3 budget rows.
ask 0 $'\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n' "${mini[@]}" --lang en --from last.yaml --date 15/02/2027 -o n.yaml
says "Last time (2026-11-22): dr-test"
says "Last time (2026-11-22): 3. totally"
says "Last time (2026-11-22): 4 h/week"
has n.yaml "date: 2027-02-15"
grep -v '^#' n.yaml | sed 's/2027-02-15/2026-11-22/' | diff - expected.yaml >/dev/null ||
  fail "n.yaml is not last.yaml at a new date: $(grep -v '^#' n.yaml | diff - expected.yaml)"

# --- Only the questionnaires named; answers to the others are kept --------
# The time budget comes with any lever and is asked first: na for all of it
# here, so every row's level is asked (3 steps; envie waits).
ask 0 $'dr\n\n\n2026-01-05\nna\nna\n' "${pair[@]}" --lang en second -o h.yaml
grep -q "first:" h.yaml && fail "first was asked"
has h.yaml "    heures: na"
has h.yaml "    taches: na"
says "Step 1 of 6 (Time budget: 1 of 3). Your hours."
says "Step 2 of 4 (Second questionnaire: 1 of 3). Tasks."
ask 0 $'2\n\n' "${pair[@]}" --lang en first -o h.yaml
has h.yaml "    taches: na"
has h.yaml "    statut: salarie"
has h.yaml "date: 2026-01-05"

# --- The time budget before the lever: a row of 0 hours asks no level -------
# courrier 2 h, agenda 0, compta 1 h; then courrier's level total (3), no
# agenda, compta's none (1); 2 h delegable: envie 4.
ask 0 $'dr\n\n\n2026-01-05\n2\n0\n1\n3\n1\n4\n' "${pair[@]}" --lang en temps second -o j.yaml
says "Step 1 of 6 (Time budget: 1 of 3). Your hours."
says "Step 4 of 5 (Second questionnaire: 1 of 2). Tasks."
says "2 h/week according to your time budget. How far could you delegate it?"
says "Step 6 of 6 (Second questionnaire: 3 of 3). Tasks."
[ "$(grep -c agenda j.yaml)" = 1 ] || fail "agenda's level was asked: $(cat j.yaml)"
has j.yaml "      agenda: 0"
has j.yaml "      courrier: total"
has j.yaml "      compta: non"
has j.yaml "    envie: 4"

# --- French by default, with its typography -------------------------------
ask 0 $'dr\n\n\n\n1\n' "${pair[@]}" first -o i.yaml
says $'\u00c9tape 1 sur 5 (Premier questionnaire\u00a0: 1 sur 2). Organisation.'
says $'Le num\u00e9ro de votre r\u00e9ponse (1 \u00e0 2)\u00a0; na si la question ne vous concerne pas'
says "Fin de l'entrée. 1 réponse enregistrée dans i.yaml."
