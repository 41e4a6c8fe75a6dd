#include "util/terminal.h"

#include <array>
#include <fmt/format.h>

namespace medtime {

namespace {

// Bytes that may start an escaped character: C0 (but tab and LF), DEL,
// 0xC2 (the lead byte of C1) and 0xE2 (of U+202A-U+202E and U+2066-U+2069).
constexpr auto k_suspect = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) {
    table[static_cast<size_t>(c)] = c != '\t' && c != '\n';
  }
  table[0x7f] = true;
  table[0xC2] = true;
  table[0xE2] = true;
  return table;
}();

// True when a character to escape starts at `text[i]` (a suspect byte):
// its code point goes to `code`, its length in bytes to `length`.
bool control_at(std::string_view text, size_t i, unsigned& code, size_t& length) {
  auto byte = [&](size_t k) {
    return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u;
  };
  unsigned c = byte(0);
  if (c < 0x80) {
    // C0 or DEL (only suspect bytes get here); CR before LF is a line break.
    code = c;
    length = 1;
    return c != '\r' || byte(1) != '\n';
  }
  if (c == 0xC2 && byte(1) >= 0x80 && byte(1) <= 0x9F) {
    code = byte(1);
    length = 2;
    return true;
  }
  if (c == 0xE2 && (byte(1) & 0xC0) == 0x80 && (byte(2) & 0xC0) == 0x80) {
    unsigned point = 0x2000 + ((byte(1) & 0x3F) << 6) + (byte(2) & 0x3F);
    if ((point >= 0x202A && point <= 0x202E) || (point >= 0x2066 && point <= 0x2069)) {
      code = point;
      length = 3;
      return true;
    }
  }
  return false;
}

// Length of the SGR sequence `ESC [ digits;... m` at `text[i]`, or 0.
size_t sgr_at(std::string_view text, size_t i) {
  if (i + 2 >= text.size() || text[i] != '\x1b' || text[i + 1] != '[') {
    return 0;
  }
  for (size_t k = i + 2; k < text.size(); ++k) {
    char c = text[k];
    if (c == 'm') {
      return k + 1 - i;
    }
    if ((c < '0' || c > '9') && c != ';') {
      return 0;
    }
  }
  return 0;
}

void append(std::string& out, std::string_view text, bool keep_sgr) {
  size_t done = 0;
  for (size_t i = 0; i < text.size();) {
    if (!k_suspect[static_cast<unsigned char>(text[i])]) {
      ++i;
      continue;
    }
    if (size_t sgr = keep_sgr ? sgr_at(text, i) : 0; sgr > 0) {
      i += sgr; // one of our own colours
      continue;
    }
    unsigned code = 0;
    size_t length = 0;
    if (!control_at(text, i, code, length)) {
      ++i; // 0xC2 or 0xE2 starting a plain character
      continue;
    }
    out.append(text, done, i - done);
    out += code == 0x1b ? std::string("\\e") : fmt::format("\\u{:04X}", code);
    i += length;
    done = i;
  }
  out.append(text, done, text.size() - done);
}

} // namespace

bool has_terminal_controls(std::string_view text) {
  unsigned code = 0;
  size_t length = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (k_suspect[static_cast<unsigned char>(text[i])] && control_at(text, i, code, length)) {
      return true;
    }
  }
  return false;
}

std::string visible_controls(std::string_view text, bool keep_sgr) {
  std::string out;
  if (!has_terminal_controls(text)) {
    out.assign(text);
    return out;
  }
  out.reserve(text.size() + 16);
  append(out, text, keep_sgr);
  return out;
}

void append_visible(std::string& out, std::string_view text) {
  append(out, text, false);
}

} // namespace medtime
