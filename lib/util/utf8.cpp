#include "util/utf8.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <fmt/format.h>

namespace medtime {

namespace {

// Length of the valid UTF-8 sequence at the start of `s`, or 0 if invalid.
size_t sequence_length(std::string_view s) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  auto cont = [&](size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
  unsigned char c = b(0);
  if (c < 0x80) {
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    return cont(1) ? 2 : 0;
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) {
      return 0;
    }
    if (c == 0xE0 && b(1) < 0xA0) {
      return 0; // overlong
    }
    if (c == 0xED && b(1) >= 0xA0) {
      return 0; // UTF-16 surrogate
    }
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) {
      return 0;
    }
    if (c == 0xF0 && b(1) < 0x90) {
      return 0; // overlong
    }
    if (c == 0xF4 && b(1) >= 0x90) {
      return 0; // above U+10FFFF
    }
    return 4;
  }
  return 0;
}

// True when `text` is valid UTF-8 without NUL bytes. The fast pass of
// check_utf8: eight ASCII bytes at a time, no positions (they are only
// worked out when there is a problem to report).
bool valid_utf8(std::string_view text) {
  constexpr std::uint64_t k_high = 0x8080808080808080ULL;
  constexpr std::uint64_t k_ones = 0x0101010101010101ULL;
  size_t i = 0;
  while (i < text.size()) {
    while (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      bool zero = ((word - k_ones) & ~word & k_high) != 0;
      if ((word & k_high) != 0 || zero) {
        break;
      }
      i += 8;
    }
    if (i == text.size()) {
      break;
    }
    auto c = static_cast<unsigned char>(text[i]);
    if (c == 0) {
      return false;
    }
    size_t n = c < 0x80 ? 1 : sequence_length(text.substr(i));
    if (n == 0) {
      return false;
    }
    i += n;
  }
  return true;
}

} // namespace

std::string_view skip_bom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {
    text.remove_prefix(3);
  }
  return text;
}

std::optional<std::pair<SourcePos, Message>> check_utf8(std::string_view text) {
  if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF") {
    return std::pair{SourcePos{1, 1}, message("E093")};
  }
  text = skip_bom(text);
  if (valid_utf8(text)) {
    return std::nullopt;
  }
  SourcePos pos{1, 1};
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0) {
      return std::pair{pos, message("E094")};
    }
    size_t n = sequence_length(text.substr(i));
    if (n == 0) {
      return std::pair{pos, message("E095", fmt::format("0x{:02X}", c))};
    }
    if (c == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
    i += n;
  }
  return std::nullopt;
}

std::optional<unsigned> find_control(std::string_view text) {
  // Bytes that may start a control character: C0 (but tab, LF, CR), DEL,
  // and 0xC2, the lead byte of the C1 range. A table keeps the common case
  // (none of them) to one load per byte: this runs on every YAML scalar.
  static constexpr auto k_suspect = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c) {
      table[static_cast<size_t>(c)] = c != '\t' && c != '\n' && c != '\r';
    }
    table[0x7f] = true;
    table[0xC2] = true;
    return table;
  }();
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (!k_suspect[c]) {
      continue;
    }
    unsigned next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    bool c1 = c == 0xC2 && next >= 0x80 && next <= 0x9F && next != 0x85;
    if (c != 0xC2 || c1) {
      return c1 ? next : c;
    }
  }
  return std::nullopt;
}

} // namespace medtime
