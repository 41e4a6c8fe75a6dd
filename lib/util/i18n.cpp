#include "util/i18n.h"

#include <cstdlib>

namespace medtime {

std::optional<Lang> parse_lang(std::string_view value) {
  if (value == "fr") {
    return Lang::fr;
  }
  if (value == "en") {
    return Lang::en;
  }
  return std::nullopt;
}

Lang lang_from_environment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') {
      return std::string_view(value).substr(0, 2) == "en" ? Lang::en : Lang::fr;
    }
  }
  return Lang::fr;
}

std::string_view lang_code(Lang lang) {
  return lang == Lang::en ? "en" : "fr";
}

} // namespace medtime
