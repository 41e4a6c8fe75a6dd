// Text for a terminal: user-provided text (respondent ids, file names,
// questionnaire texts, CSV cells) reaches stdout and stderr with its
// terminal controls made visible, so that no file can drive the terminal
// (colours, OSC 8 hyperlinks, cursor moves, bells) or reorder what it shows
// (bidirectional overrides).
#pragma once

#include <string>
#include <string_view>

namespace medtime {

// True when `text` holds a character that `visible_controls` escapes: C0
// but tab, LF and the CR of a CRLF, DEL, C1 (U+0080-U+009F, CSI U+009B included) and the
// bidirectional embeddings, overrides and isolates (U+202A-U+202E,
// U+2066-U+2069). One table load per byte in the common case.
bool has_terminal_controls(std::string_view text);

// `text` with each of those characters written visibly: ESC as `\e`, the
// others as `\uXXXX` (`\u0007`, `\u009B`, `\u202E`). Text without any comes
// back unchanged. With `keep_sgr`, the colour sequences `ESC [ digits;... m`
// pass through: for a whole output whose own colours are on.
std::string visible_controls(std::string_view text, bool keep_sgr = false);

// Appends `text` to `out` as `visible_controls` writes it (the batch path:
// no temporary when there is nothing to escape).
void append_visible(std::string& out, std::string_view text);

} // namespace medtime
