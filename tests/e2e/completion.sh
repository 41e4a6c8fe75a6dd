#!/usr/bin/env bash
# End-to-end tests of the generated bash completion (issue 18, item 3): a
# command prefix, an option prefix, the values of --format, the
# questionnaire ids after `medtime show`, files, and every command of
# `medtime --help`. The zsh and fish scripts are parsed by their shell when
# it is installed. Prints nothing on success.
source "$(dirname "$0")/lib.sh"
: "${MEDTIME_DOCS:?set MEDTIME_DOCS to the folder of the generated man pages and completions}"
BASH_COMPLETION="$MEDTIME_DOCS/completion/medtime"
[ -f "$BASH_COMPLETION" ] || fail "no bash completion: $BASH_COMPLETION"

# complete WORD...: the completions of the last WORD (empty: a new word) of
# `medtime WORD...`, sorted, one line, in $OUT.
complete() {
  bash -c 'source "$1"; shift; COMP_WORDS=(medtime "$@"); COMP_CWORD=$#; _medtime
           printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' \
    _ "$BASH_COMPLETION" "$@" >"$OUT" 2>"$ERR" || fail "_medtime failed on: medtime $*"
  [ ! -s "$ERR" ] || fail "_medtime wrote on stderr for: medtime $*"
}
# expect_completions WORDS: $OUT is exactly WORDS (sorted, space-separated).
expect_completions() {
  [ "$(cat "$OUT")" = "$1 " ] || fail "expected completions '$1', got '$(cat "$OUT")'"
}

complete rep
expect_completions "report"
complete re
expect_completions "report review"
complete --lang en sc
expect_completions "score"
complete --l
expect_completions "--lang"
complete --lang ''
expect_completions "en fr"
complete report --form
expect_completions "--format"
complete report --f
expect_completions "--force --format"
complete report --format ''
expect_completions "html json md text"
complete batch --format j
expect_completions "json jsonl"
complete cost --parameters fr-
expect_completions "fr-2026"
complete batch -j ''
expect_completions ""

# The questionnaire ids: those `medtime list` gives.
run medtime-list --format json
ids=$(python3 -c 'import json,sys; print(" ".join(sorted(q["id"] for q in json.load(open(sys.argv[1]))["questionnaires"])))' "$OUT")
[ -n "$ids" ] || fail "medtime list gave no questionnaire"
complete show ''
expect_completions "$ids"
complete template temps ''
expect_completions "$ids"
complete show tem
expect_completions "temps"

# Files: an answers file after report, -o, --plan.
mkdir "$TMP/files" && cd "$TMP/files"
touch moi.yaml moi-2026.yaml plan.yaml
complete report mo
expect_completions "moi-2026.yaml moi.yaml"
complete report moi.yaml -o pl
expect_completions "plan.yaml"
complete cost --plan p
expect_completions "plan.yaml"

# Every command that `medtime --help` lists is completed.
run medtime --help --lang en
commands=$(awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {exit}' "$OUT" | sort | tr '\n' ' ')
[ -n "$commands" ] || fail "no command in medtime --help"
complete ''
for c in $commands; do
  grep -qw -- "$c" "$OUT" || fail "command $c is not completed"
done

# zsh and fish read their scripts without a syntax error.
if command -v zsh >/dev/null; then
  zsh -n "$MEDTIME_DOCS/completion/_medtime" || fail "zsh: syntax error in _medtime"
fi
if command -v fish >/dev/null; then
  fish -n "$MEDTIME_DOCS/completion/medtime.fish" || fail "fish: syntax error in medtime.fish"
fi
true
