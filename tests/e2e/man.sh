#!/usr/bin/env bash
# End-to-end tests of the generated man pages (issue 18, item 2): a page per
# command of `medtime --help`, in English and in French, that names every
# option its --help shows; medtime(1) and medtime-files(5); each page
# formats without a warning from groff. Prints nothing on success.
source "$(dirname "$0")/lib.sh"
: "${MEDTIME_DOCS:?set MEDTIME_DOCS to the folder of the generated man pages and completions}"
MAN="$MEDTIME_DOCS/man"

# check_page FILE: groff formats FILE with no warning and no error (but a line
# it cannot justify around a long path or id, the "break" warning).
check_page() {
  [ -s "$1" ] || fail "no page $1"
  if command -v groff >/dev/null; then
    groff -K utf8 -man -Tutf8 -ww -Wbreak -z "$1" 2>"$ERR" || fail "groff failed on $1"
    [ ! -s "$ERR" ] || fail "groff warns on $1"
  fi
}

run medtime --help --lang en
commands=$(awk '/^Commands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {exit}' "$OUT")
[ -n "$commands" ] || fail "no command in medtime --help"
for page in "$MAN/man1/medtime.1" "$MAN/fr/man1/medtime.1" "$MAN/man5/medtime-files.5"; do
  check_page "$page"
done
for c in $commands; do
  grep -qF "medtime\\-$c (1)" "$MAN/man1/medtime.1" || fail "medtime(1) does not list $c"
  for lang in en fr; do
    page="$MAN/man1/medtime-$c.1"
    [ "$lang" = en ] || page="$MAN/fr/man1/medtime-$c.1"
    check_page "$page"
    run "medtime-$c" --help --lang "$lang"
    expect_rc 0
    # The options of --help: the first words of its option lines.
    for option in $(grep -oE '^ +-[^ ]+' "$OUT" | grep -oE -- '--[a-z][a-z-]*'); do
      grep -qF -- "\\fB${option//-/\\-}\\fR" "$page" || fail "$page lacks $option"
    done
  done
done
# The French pages are French, the English ones English.
grep -q '^\.SH NOM' "$MAN/fr/man1/medtime-report.1" || fail "the French page has no NOM"
grep -q '^\.SH NAME' "$MAN/man1/medtime-report.1" || fail "the English page has no NAME"
# medtime-files(5) is doc/formats.md: each of its sections is there.
for section in $(grep -oE '^## [A-Za-z]+' "$MEDTIME_SRC/doc/formats.md" | cut -c4-); do
  grep -qi "^\.SH $section" "$MAN/man5/medtime-files.5" || fail "medtime-files(5) lacks $section"
done
true
