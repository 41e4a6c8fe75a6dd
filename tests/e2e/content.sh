#!/usr/bin/env bash
# The bundled content: every questionnaire, profile and example of the
# source tree passes `check --strict` (English is expected, so a missing
# translation fails here), and every example answers file scores. A folder
# that does not exist yet is skipped.
source "$(dirname "$0")/lib.sh"

folders=()
for folder in questionnaires profiles examples; do
  [ -d "$MEDTIME_SRC/$folder" ] && folders+=("$MEDTIME_SRC/$folder")
done
[ ${#folders[@]} -gt 0 ] || exit 0
find "${folders[@]}" -type f \( -name '*.yaml' -o -name '*.yml' \) ! -name '.*' | sort >"$TMP/files"
[ -s "$TMP/files" ] || exit 0
mapfile -t files <"$TMP/files"

questionnaires=()
if compgen -G "$MEDTIME_SRC/questionnaires/*.yaml" >/dev/null; then
  questionnaires=(--questionnaires "$MEDTIME_SRC/questionnaires")
fi
run medtime-check --strict ${questionnaires[@]+"${questionnaires[@]}"} "${files[@]}"
[ "$rc" -eq 0 ] || fail "the bundled content does not pass medtime check --strict"
for file in "${files[@]}"; do
  expect_out_has "$file : ok ("
done

# Every example answers file scores.
grep -F ' : ok (fichier de réponses' "$OUT" | sed 's/ : ok (fichier de réponses.*//' >"$TMP/answers" || true
while IFS= read -r file; do
  run medtime-score ${questionnaires[@]+"${questionnaires[@]}"} "$file" --format json
  expect_rc 0
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$OUT" || fail "score $file: not JSON"
done <"$TMP/answers"
