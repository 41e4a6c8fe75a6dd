// Word wrapping of UTF-8 text for terminal output.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace medtime {

// `text` wrapped at `width` columns (0: not wrapped), every line (the first
// included) starting with `indent`; existing newlines are kept. Words longer
// than a line are left whole; French punctuation stays with its word (no
// line starts with « : ; ? ! » », none ends with « « »).
std::string wrap_text(std::string_view text, size_t width, std::string_view indent = {});

// `text` as one paragraph (every run of spaces, tabs and newlines is one
// space) cut into lines of at most `width` columns; a word longer than a
// line gets a line of its own. French punctuation that takes a space before
// it (: ; ? ! ») stays with the word before and « with the word after, so
// that no line starts with a colon; so do € and % and the thousands groups
// of a number written with plain spaces ("19 000 €"), and an arrow with the
// words on both sides ("2026-08-31 → 2026-11-16").
std::vector<std::string> wrap_lines(std::string_view text, size_t width);

// `text` as one paragraph wrapped to `width` columns: its first line after
// `first` (a prefix such as "  - "), the others after `hang` spaces, each
// line passed through `paint` (colour) and ended with a newline; an empty
// text gives nothing. Spaces at the start of `text` are added to the prefix
// and to the hang.
std::string wrap_hanging(std::string_view text, std::string_view first, size_t hang,
                         size_t width = 80,
                         const std::function<std::string(const std::string&)>& paint = {});

// `word` as one shell word: unchanged when it holds only characters that
// no shell reads specially (letters, digits, `-_./:=+,@%`), else between
// single quotes ('it'\''s' for a quote inside).
std::string shell_quote(std::string_view word);

// A shell command (`words` already quoted) cut to `width` columns, each line
// after `indent`: lines that continue end with " \\" and the next ones are
// indented two more spaces. A word longer than a line gets a line of its
// own and stays whole: a path or a command is never broken.
std::string wrap_command(const std::vector<std::string>& words, std::string_view indent,
                         size_t width);

// The display width of the widest line of `text`.
size_t widest_line(std::string_view text);

} // namespace medtime
