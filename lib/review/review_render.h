// Renderers of `medtime review` (doc/method.md#periodic-review): the review as text for a
// terminal (trend marks and sparklines, coloured when `style` says so),
// Markdown, JSON "medtime.review/1" and one self-contained HTML page with a
// line chart per lever and per indicator (inline SVG). They only present a
// computed Review.
#pragma once

#include "render/style.h"
#include "review/review.h"
#include "util/i18n.h"

#include <nlohmann/json.hpp>
#include <string>

namespace medtime {

// The "medtime.review/1" document (language-independent: ids, numbers, dates).
nlohmann::ordered_json review_json(const Review& review);

// The review as the minutes of a review meeting, for a terminal.
std::string render_review_text(const Review& review, Lang lang, const Style& style,
                               size_t width = 80);

// The same in Markdown.
std::string render_review_md(const Review& review, Lang lang);

// One printable HTML page, no network, every user text escaped.
std::string render_review_html(const Review& review, Lang lang);

} // namespace medtime
