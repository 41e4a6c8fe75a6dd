// Small helpers for the interview's own sentences, in French (with French
// typography: a no-break space before « : ; ? ! » and inside « ») and English.
#pragma once

#include <fmt/format.h>
#include <string>
#include <string_view>

#include "util/i18n.h"

namespace medtime::ask {

// `fr` or `en` formatted with `args`: say(lang, "« {} »", "\"{}\"", x).
template <typename... Args>
std::string say(Lang lang, const char* fr, const char* en, Args&&... args) {
  return fmt::format(fmt::runtime(tr(lang, fr, en)), std::forward<Args>(args)...);
}

// What the respondent typed, quoted for a message (« x » or "x"), shortened
// past 40 characters.
std::string quoted(Lang lang, std::string_view typed);

// A number as a person writes it: 4, 2,5 (French) or 2.5.
std::string short_number(double value, Lang lang);

} // namespace medtime::ask
