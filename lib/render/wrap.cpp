#include "render/wrap.h"

#include "render/style.h"

namespace medtime {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// Words of `text`; French punctuation that takes a space before it (":",
// "?", "»"…) stays with the word before, "«" with the word after, so that a
// line never starts with a colon.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  bool glue_next = false;
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && is_space(text[i])) {
      ++i;
    }
    size_t start = i;
    while (i < text.size() && !is_space(text[i])) {
      ++i;
    }
    if (start == i) {
      break;
    }
    std::string word(text.substr(start, i - start));
    bool closing = word == ":" || word == ";" || word == "?" || word == "!" || word == "»";
    if ((closing || glue_next) && !words.empty()) {
      words.back() += " " + word;
    } else {
      words.push_back(word);
    }
    glue_next = word == "«";
  }
  return words;
}

} // namespace

std::vector<std::string> wrap_lines(std::string_view text, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t line_width = 0;
  for (const std::string& word : words_of(text)) {
    size_t w = display_width(word);
    if (line_width > 0 && line_width + 1 + w > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
  }
  if (!line.empty()) {
    lines.push_back(std::move(line));
  }
  return lines;
}


std::string wrap_text(std::string_view text, size_t width, std::string_view indent) {
  std::string out;
  size_t indent_width = display_width(indent);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    std::string_view paragraph =
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    out += indent;
    if (width == 0) {
      out += paragraph;
    } else {
      size_t room = width > indent_width ? width - indent_width : 1;
      bool first = true;
      for (const auto& line : wrap_lines(paragraph, room)) {
        out += first ? "" : "\n" + std::string(indent);
        out += line;
        first = false;
      }
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
