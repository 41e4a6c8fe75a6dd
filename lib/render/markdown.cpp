#include "render/markdown.h"

namespace medtime {

std::string markdown_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' ||
        c == '>' || c == '|' || c == '#' || c == '&') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string markdown_line(std::string_view text) {
  std::string out = markdown_escape(text);
  for (char& c : out) {
    if (c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return out;
}

} // namespace medtime
