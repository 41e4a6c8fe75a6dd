// Languages and localised text. Questionnaire content and the commands' own
// output exist in French (required) and English; diagnostics are English,
// in the compiler style, so that scripts and support can grep them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace medtime {

enum class Lang { fr, en };

// A text in both languages; English falls back to French when missing.
struct LocalText {
  std::string fr;
  std::string en;

  const std::string& get(Lang lang) const { return lang == Lang::en && !en.empty() ? en : fr; }
  bool empty() const { return fr.empty() && en.empty(); }
};

// `fr` or `en` from a `--lang` value; nothing for any other value.
std::optional<Lang> parse_lang(std::string_view value);

// The language from the environment (LC_ALL, LC_MESSAGES, LANG, the first
// one set): English when it starts with "en", French otherwise.
Lang lang_from_environment();

// "fr" or "en".
std::string_view lang_code(Lang lang);

// The text for `lang` among two literals: `tr(lang, "Oui", "Yes")`.
inline const char* tr(Lang lang, const char* fr, const char* en) {
  return lang == Lang::en ? en : fr;
}

} // namespace medtime
