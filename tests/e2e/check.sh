#!/usr/bin/env bash
# medtime check: kinds of files, folders, summaries, --strict, --quiet, exit codes.
source "$(dirname "$0")/lib.sh"

run medtime-check --questionnaires "$SET" "$SET/mini.yaml" "$ANSWERS" "$MEDTIME_SRC/profiles/default.yaml"
expect_rc 0
expect_out "$SET/mini.yaml : ok (questionnaire mini v2, 8 questions, 2 actions)"
expect_out "$ANSWERS : ok (fichier de réponses, 9 réponses à mini, budget)"
expect_out "$MEDTIME_SRC/profiles/default.yaml : ok (profil de priorité)"
expect_err "3 fichier(s) vérifié(s) : 0 erreur(s), 0 avertissement(s)"
expect_err_lines 1
run medtime-check --questionnaires "$SET" "$ANSWERS" --lang en
expect_err "1 file(s) checked: 0 error(s), 0 warning(s)"

# Without files: the questionnaires in use.
run medtime-check --questionnaires "$SET"
expect_rc 0
expect_out "$SET/mini.yaml : ok (questionnaire mini v2, 8 questions, 2 actions)"

# --quiet: nothing at all when every file is fine.
run medtime-check --questionnaires "$SET" -q "$SET/mini.yaml" "$ANSWERS"
expect_rc 0
expect_no_out
expect_no_err

# A folder: its *.yaml and *.yml files in name order, hidden files skipped.
mkdir "$TMP/dir"
cp "$ANSWERS" "$TMP/dir/b.yml"
cp "$SET/mini.yaml" "$TMP/dir/a.yaml"
printf 'not: [yaml\n' >"$TMP/dir/.hidden.yaml"
printf 'not yaml either: [\n' >"$TMP/dir/notes.txt"
run medtime-check --questionnaires "$SET" "$TMP/dir"
expect_rc 0
[ "$(sed 's/ : ok (.*//' "$OUT" | tr '\n' ' ')" = "$TMP/dir/a.yaml $TMP/dir/b.yml " ] || fail "folder expansion"

# Warnings: reported, fatal only with --strict.
# (beside its time budget, whose categories it names)
sed 's/^title: .*/title: Mini sans anglais/' "$SET/mini.yaml" >"$TMP/warn.yaml"
cp "$SET/budget.yaml" "$TMP/"
run medtime-check "$TMP/warn.yaml"
expect_rc 0
expect_err "medtime check: $TMP/warn.yaml:7:8: attention W050 : « title » du questionnaire : il manque le texte anglais"
expect_err "1 fichier(s) vérifié(s) : 0 erreur(s), 1 avertissement(s)"
run medtime-check --strict -q "$TMP/warn.yaml"
expect_rc 1
expect_err "medtime check: $TMP/warn.yaml:7:8: attention W050 : « title » du questionnaire : il manque le texte anglais"

# Files that are not medtime files.
printf 'hello: world\n' >"$TMP/other.yaml"
run medtime-check "$TMP/other.yaml"
expect_rc 1
expect_err "medtime check: $TMP/other.yaml:1:1: erreur E519 : ce n'est pas un fichier medtime ; attendu : un questionnaire (sections), un fichier de réponses (answers), un plan de délégation (tasks), un fichier d'objectifs, un profil de priorité (weights), un jeu de paramètres (values) ou une carte de colonnes (questionnaires)"
printf 'weights: {maturity: 2}\n' >"$TMP/profile.yaml"
run medtime-check "$TMP/profile.yaml"
expect_rc 1
expect_err "medtime check: $TMP/profile.yaml:1:21: erreur E080 : « weights » : « maturity » doit être entre 0 et 1, pas « 2 »"

# A missing file is a usage error (2), like in every command.
run medtime-check --questionnaires "$SET" "$ANSWERS" "$TMP/missing.yaml"
expect_rc 2
expect_err "medtime check: $TMP/missing.yaml: erreur E050 : impossible d'ouvrir le fichier : fichier ou dossier introuvable"
# An answers file needs the questionnaires: none to be found is a usage error.
run medtime-check --questionnaires "$TMP/nowhere" "$ANSWERS"
expect_rc 2
expect_err "medtime check: $TMP/nowhere: erreur E218 : impossible d'ouvrir le dossier des questionnaires"
