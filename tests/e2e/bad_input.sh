#!/usr/bin/env bash
# Bad input, end to end: each case exits 1 (never a crash, a hang or an
# uncaught exception) with its exact `path:line:col: message`. Answers files
# go through `score` (first error) and `check` (every error); questionnaires
# through `check` and through `--questionnaires DIR`.
source "$(dirname "$0")/lib.sh"

Q="$TMP/q"      # questionnaires under test, one per file
A="$TMP/a"      # answers files under test
mkdir -p "$Q" "$A"

# bad_answers NAME LINE:COL MESSAGE: answers file $A/NAME fails with that
# diagnostic (`erreur CODE : words`) in both `score` and `check`.
bad_answers() {
  local file="$A/$1" where=$2 message=$3
  expect_invalid medtime-score --questionnaires "$SET" "$file" -- \
    "medtime score: $file${where:+:$where}: $message"
  expect_no_out
  expect_invalid medtime-check --questionnaires "$SET" "$file" -- \
    "medtime check: $file${where:+:$where}: $message"
}

# bad_questionnaire NAME LINE:COL MESSAGE: questionnaire $Q/NAME fails `check`
# with that diagnostic.
bad_questionnaire() {
  local file="$Q/$1" where=$2 message=$3
  expect_invalid medtime-check "$file" -- "medtime check: $file${where:+:$where}: $message"
}

# The first lines of an answers file to mini (version 2); answers follow on line 4.
answers_head() { printf 'answers:\n  mini:\n    version: 2\n'; }

# ---- answers files -------------------------------------------------------

printf 'answers:\n  mini: [1, 2\n' >"$A/malformed.yaml"
bad_answers malformed.yaml 3:1 "erreur E063 : YAML invalide : while parsing a flow sequence did not find expected ',' or ']'"

{ answers_head; echo "    phone_hours: beaucoup"; } >"$A/text-for-number.yaml"
bad_answers text-for-number.yaml 4:18 'erreur E105 : la question « phone_hours » attend un nombre entre 0 et 40, pas « beaucoup »'

{ answers_head; echo "    phone_hours: 41"; } >"$A/above-max.yaml"
bad_answers above-max.yaml 4:18 'erreur E105 : la question « phone_hours » attend un nombre entre 0 et 40, pas « 41 »'

{ answers_head; echo "    burden: 0"; } >"$A/below-min.yaml"
bad_answers below-min.yaml 4:13 'erreur E105 : la question « burden » attend un nombre entier entre 1 et 5, pas « 0 »'

{ answers_head; echo "    staf: none"; } >"$A/unknown-question.yaml"
bad_answers unknown-question.yaml 4:5 'erreur E115 : question inconnue « staf » dans « mini » ; vouliez-vous dire « staff » ?'

{ answers_head; echo "    staff: secretery"; } >"$A/unknown-option.yaml"
bad_answers unknown-option.yaml 4:12 'erreur E101 : la question « staff » n'"'"'a pas d'"'"'option « secretery » ; attendu : none, secretary, assistant ; vouliez-vous dire « secretary » ?'

{ answers_head; echo "    tools: [agenda, fax]"; } >"$A/unknown-option-in-list.yaml"
bad_answers unknown-option-in-list.yaml 4:21 'erreur E101 : la question « tools » n'"'"'a pas d'"'"'option « fax » ; attendu : none, agenda, messaging'

printf 'answers:\n  minii:\n    version: 2\n' >"$A/unknown-questionnaire.yaml"
bad_answers unknown-questionnaire.yaml 2:3 'erreur E116 : questionnaire inconnu « minii » ; vouliez-vous dire « mini » ?'

printf 'answers:\n  mini:\n    version: 1\n    staff: none\n' >"$A/other-version.yaml"
bad_answers other-version.yaml 3:14 'erreur E113 : les réponses sont pour la version 1 de « mini », mais le questionnaire est en version 2 ; convertissez le fichier avec `medtime upgrade FICHIER`'

{ answers_head; echo "    staff: none"; echo "    staff: assistant"; } >"$A/duplicate-key.yaml"
bad_answers duplicate-key.yaml 5:5 'erreur E066 : clé « staff » en double (déjà présente ligne 4)'

: >"$A/empty.yaml"
expect_invalid medtime-score --questionnaires "$SET" "$A/empty.yaml" -- \
  "medtime score: $A/empty.yaml:1:1: erreur E123 : fichier vide ; un fichier de réponses est attendu (respondent, date, answers)"
expect_invalid medtime-check --questionnaires "$SET" "$A/empty.yaml" -- \
  "medtime check: $A/empty.yaml:1:1: erreur E518 : fichier vide ; attendu : un questionnaire, un fichier de réponses, un plan de délégation, un fichier d'objectifs, un profil de priorité, un jeu de paramètres ou une carte de colonnes"

# Not UTF-8: a Latin-1 "é" (column 9 counts characters), UTF-16 (FF FE), a NUL byte.
{ answers_head; printf '    note: caf\xe9\n'; } >"$A/latin1.yaml"
bad_answers latin1.yaml 4:14 "erreur E095 : octet 0xE9 invalide en UTF-8 ; enregistrez le fichier en UTF-8"
printf '\xff\xfea\x00n\x00s\x00:\x00\n\x00' >"$A/utf16.yaml"
bad_answers utf16.yaml 1:1 "erreur E093 : le fichier est encodé en UTF-16 ; enregistrez-le en UTF-8"
{ answers_head; printf '    note: a\x00b\n'; } >"$A/nul.yaml"
bad_answers nul.yaml 4:12 "erreur E094 : octet NUL dans le texte ; le fichier n'est pas du texte UTF-8"

# A control character (an escape pasted from a terminal), at its own position.
{ answers_head; printf '    note: ab\x1b[0m\n'; } >"$A/control.yaml"
bad_answers control.yaml 4:13 "erreur E063 : YAML invalide : control characters are not allowed"

# 100,000 levels of nesting stop at the depth bound, at once.
python3 -c "print('[' * 100000)" >"$A/deep-list.yaml"
bad_answers deep-list.yaml 1:65 "erreur E070 : imbrication de plus de 64 niveaux"
python3 -c "print('answers: {mini: ' + '{a: ' * 100000)" >"$A/deep-map.yaml"
bad_answers deep-map.yaml 1:265 "erreur E070 : imbrication de plus de 64 niveaux"

# The "billion laughs": nine levels of anchors, each nine aliases of the one before.
python3 - "$A/alias-bomb.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    out.write("answers:\n  mini:\n    version: 2\n")
    out.write("    note: &l0 lol\n")
    for i in range(1, 10):
        out.write(f"    x{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n")
PY
bad_answers alias-bomb.yaml 5:14 "erreur E067 : les alias (*nom) ne sont pas acceptés dans ce fichier"

# Above the 16 MiB size limit (sparse: no disk used), checked before reading.
truncate -s 16777217 "$A/huge.yaml"
bad_answers huge.yaml "" "erreur E052 : le fichier fait 16777217 octets, au-delà de la limite de 16777216 octets"

# `check` reports every problem of a file, then a summary.
{ answers_head; echo "    staf: none"; echo "    burden: 9"; echo "    wants: maybe"; } >"$A/several.yaml"
run medtime-check --questionnaires "$SET" "$A/several.yaml"
expect_rc 1
expect_err "medtime check: $A/several.yaml:4:5: erreur E115 : question inconnue « staf » dans « mini » ; vouliez-vous dire « staff » ?"
expect_err "medtime check: $A/several.yaml:5:13: erreur E105 : la question « burden » attend un nombre entier entre 1 et 5, pas « 9 »"
expect_err "medtime check: $A/several.yaml:6:12: erreur E104 : la question « wants » attend oui ou non, pas le texte « maybe »"
expect_err "1 fichier(s) vérifié(s) : 3 erreur(s), 0 avertissement(s)"
expect_err_lines 4

# ---- questionnaires --------------------------------------------------------

# Lines 1-8: the head of a questionnaire; questions follow from line 9.
q_head() {
  cat <<'YAML'
id: q
version: 1
lever: l
title: {fr: Titre, en: Title}
sections:
  - id: s
    title: {fr: S, en: S}
    questions:
YAML
}
# A first question, lines 9-12.
first() {
  cat <<'YAML'
      - id: a
        type: yesno
        text: {fr: A, en: A}
        dimension: maturity
YAML
}

{ q_head; first; cat <<'YAML'; } >"$Q/good.yaml"
      - id: b
        type: yesno
        text: {fr: B, en: B}
        when: a == yes
YAML
run medtime-check "$Q/good.yaml"
expect_rc 0
expect_out "$Q/good.yaml : ok (questionnaire q v1, 2 questions, 0 actions)"

{ q_head; first; cat <<'YAML'; } >"$Q/duplicate-id.yaml"
      - id: a
        type: yesno
        text: {fr: B, en: B}
YAML
bad_questionnaire duplicate-id.yaml 13:9 'erreur E225 : question en double : identifiant « a » (déjà à la ligne 9)'

{ q_head; first; cat <<'YAML'; } >"$Q/when-unknown.yaml"
      - id: b
        type: yesno
        text: {fr: B, en: B}
        when: "aa == yes and zz == no"
YAML
bad_questionnaire when-unknown.yaml 16:30 'erreur E282 : la condition nomme une question inconnue : « zz »'
expect_err "medtime check: $Q/when-unknown.yaml:16:16: erreur E282 : la condition nomme une question inconnue : « aa » ; vouliez-vous dire « a » ?"

{ q_head; first; cat <<'YAML'; } >"$Q/when-later.yaml"
      - id: b
        type: yesno
        text: {fr: B, en: B}
        when: c == yes
      - id: c
        type: yesno
        text: {fr: C, en: C}
YAML
bad_questionnaire when-later.yaml 16:15 'erreur E247 : le « when » de la question « b » renvoie à la question « c », qui vient après ; une condition ne peut utiliser que des réponses précédentes'

{ q_head; first; cat <<'YAML'; } >"$Q/when-cycle.yaml"
      - id: b
        type: yesno
        text: {fr: B, en: B}
        when: c == yes
      - id: c
        type: yesno
        text: {fr: C, en: C}
        when: b == no
YAML
bad_questionnaire when-cycle.yaml 16:15 'erreur E246 : les conditions « when » forment un cycle : b -> c -> b'
expect_err_lines 2 # the cycle and the summary: no "comes later" on top

{ q_head; first; cat <<'YAML'; } >"$Q/band-gap.yaml"
scoring:
  bands:
    - {id: x, to: 40, label: {fr: x, en: x}}
    - {id: y, from: 45, label: {fr: y, en: y}}
YAML
bad_questionnaire band-gap.yaml 16:7 'erreur E228 : trou entre les niveaux : une maturité de 40 à 45 ne tombe dans aucun niveau (le niveau « y » commence à 45)'

{ q_head; first; cat <<'YAML'; } >"$Q/band-overlap.yaml"
scoring:
  bands:
    - {id: x, to: 50, label: {fr: x, en: x}}
    - {id: y, from: 40, label: {fr: y, en: y}}
YAML
bad_questionnaire band-overlap.yaml 16:7 'erreur E229 : les niveaux se chevauchent : le niveau « y » commence à 40 mais le précédent finit à 50'

{ q_head; cat <<'YAML'; } >"$Q/no-french.yaml"
      - id: a
        type: yesno
        text: {en: A}
        dimension: maturity
YAML
bad_questionnaire no-french.yaml 11:15 'erreur E087 : « text » de la question « a » : il manque le texte français (« fr »)'

{ q_head; first; echo "        weight: heavy"; } >"$Q/text-for-number.yaml"
bad_questionnaire text-for-number.yaml 13:17 'erreur E079 : la question « a » : « weight » doit être un nombre, pas le texte « heavy »'

{ q_head; first; echo "scoring: {min_answered: 1.5}"; } >"$Q/out-of-range.yaml"
bad_questionnaire out-of-range.yaml 13:25 'erreur E080 : « scoring » : « min_answered » doit être entre 0 et 1, pas « 1.5 »'

{ q_head; first; echo "        dimenson: maturity"; } >"$Q/unknown-key.yaml"
bad_questionnaire unknown-key.yaml 13:9 'erreur E089 : clé inconnue « dimenson » dans la question « a » ; vouliez-vous dire « dimension » ?'

{ q_head; first; echo "title: {fr: Encore, en: Again}"; } >"$Q/duplicate-key.yaml"
bad_questionnaire duplicate-key.yaml 13:1 'erreur E066 : clé « title » en double (déjà présente ligne 4)'

{ q_head; echo "      - {id: a, type: yesno"; } >"$Q/malformed.yaml"
bad_questionnaire malformed.yaml 10:1 "erreur E063 : YAML invalide : while parsing a flow mapping did not find expected ',' or '}'"

python3 - "$Q/alias-bomb.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    out.write("id: q\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
    for i in range(1, 10):
        out.write(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n")
PY
bad_questionnaire alias-bomb.yaml 3:10 "erreur E067 : les alias (*nom) ne sont pas acceptés dans ce fichier"

python3 -c "print('id: q\nsections: ' + '[' * 100000)" >"$Q/deep.yaml"
bad_questionnaire deep.yaml 2:74 "erreur E070 : imbrication de plus de 64 niveaux"

printf 'id: caf\xc3\xa9\xff\n' >"$Q/not-utf8.yaml"
bad_questionnaire not-utf8.yaml 1:9 "erreur E095 : octet 0xFF invalide en UTF-8 ; enregistrez le fichier en UTF-8"

# The same files as the questionnaire folder of a command: exit 1, the first error.
for name in alias-bomb deep duplicate-id when-cycle; do
  mkdir -p "$TMP/set-$name"
  cp "$Q/$name.yaml" "$TMP/set-$name/"
  run medtime-score --questionnaires "$TMP/set-$name" "$ANSWERS"
  expect_rc 1
  grep -qF "medtime score: $TMP/set-$name/$name.yaml:" "$ERR" || fail "$name as a set"
  grep -qF ": erreur " "$ERR" || fail "$name as a set: not an error"
  expect_err_lines 1
done

# Several files at once: each is checked, the run fails if one does.
run medtime-check "$Q/good.yaml" "$Q/band-gap.yaml" "$Q/no-french.yaml"
expect_rc 1
expect_out "$Q/good.yaml : ok (questionnaire q v1, 2 questions, 0 actions)"
expect_err "3 fichier(s) vérifié(s) : 2 erreur(s), 0 avertissement(s)"
