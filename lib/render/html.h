// HTML and SVG escaping, shared by every HTML renderer.
#pragma once

#include <string>
#include <string_view>

namespace medtime {

// `text` with & < > " ' escaped, safe in HTML and SVG text and attributes.
std::string html_escape(std::string_view text);

// The style every printable page shares (the report, the cost sheet): type,
// colours, headings, tables with right-aligned `num` cells, the footer, and
// A4 margins for print. A page appends its own rules after it.
const char* html_page_css();

} // namespace medtime
