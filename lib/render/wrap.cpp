#include "render/wrap.h"

#include "render/style.h"

namespace medtime {

std::string wrap_text(std::string_view text, size_t width, std::string_view indent) {
  std::string out;
  size_t indent_width = display_width(indent);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    std::string_view paragraph =
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    out += indent;
    size_t column = indent_width;
    bool first = true;
    size_t i = 0;
    while (i < paragraph.size()) {
      while (i < paragraph.size() && paragraph[i] == ' ') {
        ++i;
      }
      size_t word_end = paragraph.find(' ', i);
      if (word_end == std::string_view::npos) {
        word_end = paragraph.size();
      }
      if (word_end == i) {
        break;
      }
      std::string_view word = paragraph.substr(i, word_end - i);
      size_t word_width = display_width(word);
      if (!first && column + 1 + word_width > width) {
        out += '\n';
        out += indent;
        column = indent_width;
        first = true;
      }
      if (!first) {
        out += ' ';
        ++column;
      }
      out += word;
      column += word_width;
      first = false;
      i = word_end;
    }
    if (end == std::string_view::npos) {
      break;
    }
    out += '\n';
    start = end + 1;
  }
  return out;
}

} // namespace medtime
