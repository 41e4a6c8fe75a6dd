#include "ask/wording.h"

#include <cmath>

#include "render/number.h"

namespace medtime::ask {

std::string quoted(Lang lang, std::string_view typed) {
  std::string text;
  size_t count = 0;
  for (size_t i = 0; i < typed.size(); ++i) {
    bool starts = (static_cast<unsigned char>(typed[i]) & 0xC0) != 0x80;
    if (starts && ++count > 40) {
      text += "…";
      break;
    }
    text += typed[i];
  }
  return lang == Lang::fr ? "«\u00a0" + text + "\u00a0»" : "\"" + text + "\"";
}

std::string short_number(double value, Lang lang) {
  if (std::floor(value) == value && std::fabs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(value));
  }
  std::string text = format_number(value, 2, lang);
  while (!text.empty() && text.back() == '0') {
    text.pop_back();
  }
  return text;
}

} // namespace medtime::ask
