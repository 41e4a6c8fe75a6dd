#include "render/wrap.h"

#include <algorithm>
#include <cctype>

#include "render/style.h"

namespace medtime {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// True when the last word ends with a digit ("19" in "19 000 €").
bool after_number(const std::vector<std::string>& words) {
  return !words.empty() && !words.back().empty() &&
         std::isdigit(static_cast<unsigned char>(words.back().back())) != 0;
}

// Three digits, maybe followed by punctuation: a thousands group written with
// a plain space ("000", "000,")
bool is_digit_group(const std::string& word) {
  size_t digits = 0;
  while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits])) != 0) {
    ++digits;
  }
  return digits == 3 && (word.size() == 3 || std::ispunct(static_cast<unsigned char>(word[3])) != 0);
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
    bool closing = word == ":" || word == ";" || word == "?" || word == "!" || word == "»" ||
                   word == "→" ||
                   word == "€" || word == "%" || (after_number(words) && is_digit_group(word));
    if ((closing || glue_next) && !words.empty()) {
      words.back() += " " + word;
    } else {
      words.push_back(word);
    }
    glue_next = word == "«" || word == "→";
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

std::string wrap_hanging(std::string_view text, std::string_view first, size_t hang, size_t width,
                         const std::function<std::string(const std::string&)>& paint) {
  size_t lead = text.find_first_not_of(' ');
  lead = lead == std::string_view::npos ? text.size() : lead;
  std::string prefix = std::string(first) + std::string(lead, ' ');
  std::string pad(hang + lead, ' ');
  size_t prefix_width = display_width(prefix);
  size_t room = width > std::max(prefix_width, pad.size()) + 10
                    ? width - std::max(prefix_width, pad.size())
                    : 10;
  std::string out;
  bool first_line = true;
  for (const std::string& line : wrap_lines(text.substr(lead), room)) {
    out += (first_line ? prefix : pad) + (paint ? paint(line) : line) + "\n";
    first_line = false;
  }
  return out;
}

std::string shell_quote(std::string_view word) {
  auto plain = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
           std::string_view("-_./:=+,@%").find(c) != std::string_view::npos;
  };
  if (!word.empty() && std::all_of(word.begin(), word.end(), plain)) {
    return std::string(word);
  }
  std::string out = "'";
  for (char c : word) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

std::string wrap_command(const std::vector<std::string>& words, std::string_view indent,
                         size_t width) {
  std::string whole(indent);
  for (size_t i = 0; i < words.size(); ++i) {
    whole += (i == 0 ? "" : " ") + words[i];
  }
  if (display_width(whole) <= width) {
    return whole + "\n";
  }
  std::string out;
  std::string line(indent);
  bool empty = true;
  const std::string more = std::string(indent) + "  ";
  for (const std::string& word : words) {
    // The line must keep room for " \" when it is continued.
    if (!empty && display_width(line) + 1 + display_width(word) + 2 > width) {
      out += line + " \\\n";
      line = more;
      empty = true;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  return out + line + "\n";
}

size_t widest_line(std::string_view text) {
  size_t widest = 0;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    widest = std::max(widest, display_width(text.substr(start, end - start)));
    start = end + 1;
  }
  return widest;
}

} // namespace medtime
