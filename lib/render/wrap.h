// Word wrapping of UTF-8 text for terminal output.
#pragma once

#include <string>
#include <string_view>

namespace medtime {

// `text` wrapped at `width` columns (0: not wrapped), every line (the first
// included) starting with `indent`; existing newlines are kept. Words longer
// than a line are left whole; French punctuation stays with its word (no
// line starts with « : ; ? ! » », none ends with « « »).
std::string wrap_text(std::string_view text, size_t width, std::string_view indent = {});

} // namespace medtime
