// Terminal styling: ANSI colours when enabled, plain text otherwise. The
// apps decide (TTY and NO_COLOR); renderers only ask.
#pragma once

#include <string>
#include <string_view>

namespace medtime {

class Style {
public:
  explicit Style(bool color = false) : m_color(color) {}
  bool color() const { return m_color; }

  std::string bold(std::string_view text) const { return wrap("1", text); }
  std::string dim(std::string_view text) const { return wrap("2", text); }
  std::string red(std::string_view text) const { return wrap("31", text); }
  std::string green(std::string_view text) const { return wrap("32", text); }
  std::string yellow(std::string_view text) const { return wrap("33", text); }
  std::string blue(std::string_view text) const { return wrap("34", text); }
  std::string cyan(std::string_view text) const { return wrap("36", text); }

private:
  std::string wrap(std::string_view code, std::string_view text) const;
  bool m_color;
};

// True when colour should be used on the stream with descriptor `fd`: a
// terminal, and NO_COLOR unset or empty.
bool use_color(int fd);

// Display width of UTF-8 `text` in terminal columns (ANSI sequences count 0,
// each code point 1).
size_t display_width(std::string_view text);

} // namespace medtime
