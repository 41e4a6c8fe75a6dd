// Byte-level validation of text files before any YAML parser sees them:
// yaml-cpp 0.7 accepts invalid UTF-8 and reads files starting FF FE or 00 as
// UTF-16 (doc/formats.md#limits), so every file goes through here first.
#pragma once

#include <optional>
#include <string_view>

#include "util/diagnostics.h"

namespace medtime {

// Checks that `text` is UTF-8 without overlong forms, surrogates or NUL bytes.
// A UTF-8 byte order mark is allowed at the start (and skipped by the
// caller); UTF-16/32 marks are rejected. Returns the position and message of
// the first problem, or nothing when the text is valid.
std::optional<std::pair<SourcePos, Message>> check_utf8(std::string_view text);

// The first control character of `text` that would drive a terminal, and
// that no medtime text needs: C0 (but tab, LF and CR), DEL, and C1 (CSI
// U+009B opens escape sequences too) but NEL U+0085, a YAML line break.
// Returns its code point, or nothing. `text` is valid UTF-8.
std::optional<unsigned> find_control(std::string_view text);

// `text` without a leading UTF-8 byte order mark.
std::string_view skip_bom(std::string_view text);

} // namespace medtime
