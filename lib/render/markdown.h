// Markdown escaping, shared by every Markdown renderer (report, cost,
// review, show): a text from a file shows as written, never as markup or
// raw HTML.
#pragma once

#include <string>
#include <string_view>

namespace medtime {

// `text` with Markdown's active characters (\ ` * _ [ ] < > | # &)
// backslash-escaped, so that it shows as written and holds no raw HTML.
// Line breaks are kept.
std::string markdown_escape(std::string_view text);

// The same on one line, line breaks turned into spaces: for a heading, a
// list item or a table cell, which a line break would end.
std::string markdown_line(std::string_view text);

} // namespace medtime
