// HTML and SVG escaping, shared by every HTML renderer.
#pragma once

#include <string>
#include <string_view>

namespace medtime {

// `text` with & < > " ' escaped, safe in HTML and SVG text and attributes.
std::string html_escape(std::string_view text);

} // namespace medtime
