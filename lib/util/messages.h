// The catalogue of diagnostics: every message a user can get from medtime
// has a stable code (E104, W203) and its words in French and English, in one
// table (messages.cpp), listed for users in doc/diagnostics.md (a test keeps
// the two equal). Messages are written in the run's language, which the apps
// set once at start-up (`set_message_lang`); scripts match the codes, which
// are the same in both languages.
#pragma once

#include <fmt/format.h>

#include <span>
#include <string>
#include <string_view>

#include "util/i18n.h"

namespace medtime {

// One entry of the catalogue. `fr` and `en` are fmt format strings whose
// arguments are the same in both (`{0}`, `{1}`... when the order differs).
struct MessageEntry {
  std::string_view code; // "E104": E for errors, W for warnings
  std::string_view fr;
  std::string_view en;
};

// Every entry, sorted by code.
std::span<const MessageEntry> message_catalogue();

// A range of codes and what its messages are about, for the documentation.
struct MessageRange {
  std::string_view first; // "E100"
  std::string_view last;  // "E199"
  std::string_view fr;
  std::string_view en;
};

// The ranges, in the catalogue's order.
std::span<const MessageRange> message_ranges();

// The entry of `code`; throws std::logic_error for a code not in the
// catalogue (a programming error, caught by the tests).
const MessageEntry& message_entry(std::string_view code);

// The language messages are written in: English unless set (so that the
// library's own tests read English), the run's language in the apps.
Lang message_lang();
void set_message_lang(Lang lang);

// A message of the catalogue, written in the run's language.
struct Message {
  std::string_view code;
  std::string text;
};

template <typename... Args>
Message message(std::string_view code, const Args&... args) {
  const MessageEntry& entry = message_entry(code);
  std::string_view format = message_lang() == Lang::en ? entry.en : entry.fr;
  return {entry.code, fmt::format(fmt::runtime(format), args...)};
}

// `text` in the run's language: a fragment that several messages share
// (`tr_message("attendu", "expected")`).
inline const char* tr_message(const char* fr, const char* en) {
  return tr(message_lang(), fr, en);
}

} // namespace medtime
