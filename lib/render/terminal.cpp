#include "render/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace medtime {

std::optional<size_t> parse_columns(std::string_view text) {
  if (text.empty() || text.size() > 5 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  size_t value = 0;
  for (char c : text) {
    value = value * 10 + static_cast<size_t>(c - '0');
  }
  return value > 0 ? std::optional<size_t>(value) : std::nullopt;
}

size_t output_width(int fd, std::optional<size_t> forced) {
  size_t width = k_default_width;
  if (forced) {
    width = *forced;
  } else if (::isatty(fd) != 0) {
    const char* env = std::getenv("COLUMNS");
    struct winsize size {};
    if (auto columns = parse_columns(env != nullptr ? env : "")) {
      width = *columns;
    } else if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
      width = size.ws_col;
    }
  }
  return std::max(width, k_min_width);
}

std::optional<size_t> terminal_lines(int fd) {
  struct winsize size {};
  if (::isatty(fd) == 0 || ::ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0) {
    return std::nullopt;
  }
  return size.ws_row;
}

} // namespace medtime
