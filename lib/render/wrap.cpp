#include "render/wrap.h"

#include <vector>

#include "render/style.h"

namespace medtime {

namespace {

// Punctuation that French sets after a space and that must not start a line.
bool sticks_to_previous(std::string_view word) {
  for (std::string_view mark : {":", ";", "?", "!", "»", "…"}) {
    if (word.substr(0, mark.size()) == mark) {
      return true;
    }
  }
  return false;
}

// The words of `paragraph`, French punctuation kept with its word: "secrétariat ?"
// and "« bonjour »" never break.
std::vector<std::string> units(std::string_view paragraph) {
  std::vector<std::string> out;
  bool glue_next = false;
  size_t start = 0;
  while (start <= paragraph.size()) {
    size_t end = paragraph.find(' ', start);
    if (end == std::string_view::npos) {
      end = paragraph.size();
    }
    std::string_view word = paragraph.substr(start, end - start);
    start = end + 1;
    if (word.empty()) {
      continue;
    }
    if (!out.empty() && (glue_next || sticks_to_previous(word))) {
      out.back() += ' ';
      out.back() += word;
    } else {
      out.emplace_back(word);
    }
    glue_next = word == "«";
  }
  return out;
}

void wrap_paragraph(std::string& out, std::string_view paragraph, size_t width,
                    std::string_view indent) {
  out += indent;
  if (width == 0) {
    out += paragraph;
    return;
  }
  size_t indent_width = display_width(indent);
  size_t column = indent_width;
  bool first = true;
  for (const auto& word : units(paragraph)) {
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
  }
}

} // namespace

std::string wrap_text(std::string_view text, size_t width, std::string_view indent) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    std::string_view paragraph =
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    wrap_paragraph(out, paragraph, width, indent);
    if (end == std::string_view::npos) {
      break;
    }
    out += '\n';
    start = end + 1;
  }
  return out;
}

} // namespace medtime
