#!/usr/bin/env bash
# medtime show: a questionnaire as text or Markdown, in both languages.
source "$(dirname "$0")/lib.sh"

run medtime-show --questionnaires "$SET" mini
expect_rc 0
expect_no_err
expect_out "Mini questionnaire"
expect_out "mini · version 2 · 8 questions"
expect_out "Section un"
expect_out "──────────"
expect_out "1. Personnel ? [staff]"
expect_out "     ○ secrétaire"
expect_out "   (plusieurs réponses possibles)"
expect_out "   Échelle 1 → 5"
expect_out "     1 = faible"
expect_out "   Réponse : ______ de 0 à 40 h/semaine"
expect_out "     ☐ Oui / ☐ Non"
expect_out "   Seulement si : question 5 = « oui »"
expect_out "   Pour chaque tâche : la déléguer ? (choix : non / en partie / en totalité)"
expect_out "     - rendez-vous ____"
# The time budget: hours per category.
run medtime-show --questionnaires "$SET" budget
expect_rc 0
expect_out "   Pour chaque catégorie : vos heures par semaine."
expect_out "     - téléphone ____"$'\xc2\xa0'"h"
# Off a terminal there is no colour, NO_COLOR or not.
run NO_COLOR= medtime-show --questionnaires "$SET" mini
if grep -q $'\x1b' "$OUT"; then fail "colour escape codes off a terminal"; fi

run medtime-show --questionnaires "$SET" mini --lang en
expect_rc 0
expect_out "1. Staff? [staff]"
expect_out "   (several answers possible)"
expect_out "   Answer: ______ from 0 to 40 h/week"
expect_out "6. How much? [how_much]"
expect_out "   Only if: question 5 = \"yes\""
expect_out "   Scale 0 → 10"
expect_out "     ☐ Yes / ☐ No"
run LANG=en_US.UTF-8 medtime-show --questionnaires "$SET" mini
expect_out "1. Staff? [staff]"

run medtime-show --questionnaires "$SET" mini --format md
expect_rc 0
expect_out "# Mini questionnaire"
expect_out "_mini · version 2 · 8 questions_"
expect_out "## Section deux"
expect_out "**6. Combien ?** \`how_much\`"
expect_out "_Seulement si : question 5 = « oui »_"
expect_out "- ☐ secrétaire"
expect_out "| tâche | non / en partie / en totalité |"
expect_out "| facturation | |"

run medtime-show --questionnaires "$SET" mini --format md --lang en
expect_out "## Section two"
expect_out "**6. How much?** \`how_much\`"
expect_out "_Only if: question 5 = \"yes\"_"
expect_out "| task | no / partly / totally |"

# -o writes the same text to a file, and nothing to stdout.
run medtime-show --questionnaires "$SET" mini --format md --lang en
cp "$OUT" "$TMP/expected.md"
run medtime-show --questionnaires "$SET" mini --format md --lang en -o "$TMP/mini.md"
expect_rc 0
expect_no_out
cmp -s "$TMP/mini.md" "$TMP/expected.md" || fail "show -o wrote something else"
run medtime-show --questionnaires "$SET" mini -o "$TMP/no/such/dir/mini.txt"
expect_rc 2
expect_err "medtime show: $TMP/no/such/dir/mini.txt: erreur E057 : impossible d'écrire dans $TMP/no/such/dir : fichier ou dossier introuvable"

# -o never writes over the questionnaire it shows, even with --force.
mkdir "$TMP/set"
cp "$SET/mini.yaml" "$SET/budget.yaml" "$TMP/set/"
run medtime-show --questionnaires "$TMP/set" mini -o "$TMP/set/mini.yaml" --force
expect_rc 2
expect_err "medtime show: $TMP/set/mini.yaml: erreur E023 : refus d'écrire par-dessus un fichier lu par cette commande"
cmp -s "$TMP/set/mini.yaml" "$SET/mini.yaml" || fail "show -o wrote over the questionnaire"

# Usage errors.
run medtime-show --questionnaires "$SET" mnii
expect_rc 2
expect_no_out
expect_err 'medtime show: erreur E224 : questionnaire inconnu : « mnii » ; vouliez-vous dire « mini » ?'
run medtime-show --questionnaires "$SET" mini --format pdf
expect_rc 2
expect_err "medtime show: erreur E004 : --format : la valeur « pdf » n'est pas parmi {text,md} (voir --help)"

# The bundled questionnaires, in both languages, fit 80 columns.
for q in delegation numerique cooperation patients; do
  for lang in fr en; do
    run medtime-show "$q" --lang "$lang"
    expect_rc 0
    expect_width 80
  done
done
