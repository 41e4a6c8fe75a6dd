// Small helpers shared by the unit tests: diagnostics as text, the fixture
// questionnaire set, temporary folders.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>
#include <algorithm>

#include "load/answers_loader.h"
#include "load/questionnaire_loader.h"
#include "util/diagnostics.h"
#include "render/style.h"
#include "util/files.h"

namespace medtime::test {

// The lines of `text` wider than `width` columns that are not one
// unbreakable token: a line holding only a path or a command word (after its
// indent, before a shell continuation " \\") may pass the width, since
// breaking it would break the path; a line with a space in it may not.
inline std::vector<std::string> overlong_lines(std::string_view text, size_t width) {
  std::vector<std::string> bad;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (display_width(line) <= width) {
      continue;
    }
    std::string_view token = line.substr(std::min(line.find_first_not_of(' '), line.size()));
    if (token.size() >= 2 && token.substr(token.size() - 2) == " \\") {
      token.remove_suffix(2);
    }
    if (token.find(' ') != std::string_view::npos) {
      bad.emplace_back(line);
    }
  }
  return bad;
}

// Writes `content` to `path` as it is (bytes, no newline added).
inline void spit(const std::string& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

// An answers file to the mini questionnaire (version 2) with `lines`.
inline std::string mini_answers(std::string_view lines) {
  return "answers:\n  mini:\n    version: 2\n" + std::string(lines);
}

// Every diagnostic of `diags`, formatted, one per line.
inline std::string messages(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.items()) {
    out += (out.empty() ? "" : "\n") + d.format();
  }
  return out;
}

// The fixture set of tests/data/set (the `mini` questionnaire).
inline const QuestionnaireSet& mini_set() {
  static const QuestionnaireSet set = load_questionnaire_set(MEDTIME_TEST_DATA "/set");
  return set;
}

inline const Questionnaire& mini() {
  return mini_set().items().front();
}

// Parses questionnaire `text` (named "q.yaml"); the diagnostics go to `diags`.
inline std::optional<Questionnaire> questionnaire(std::string_view text, Diagnostics& diags) {
  diags.set_file("q.yaml");
  return parse_questionnaire(text, "q.yaml", diags);
}

// Parses answers `text` (named "a.yaml") against the mini set.
inline Assessment answers(std::string_view text, Diagnostics& diags) {
  diags.set_file("a.yaml");
  return parse_assessment(text, mini_set(), "a.yaml", diags);
}

// A fresh temporary folder, removed with its files when the object goes.
class TempDir {
public:
  TempDir() {
    std::string pattern = "/tmp/medtime-test-XXXXXX";
    m_path = ::mkdtemp(pattern.data()) != nullptr ? pattern : std::string();
  }
  ~TempDir() {
    if (!m_path.empty()) {
      std::string command = "rm -rf '" + m_path + "'";
      [[maybe_unused]] int ignored = std::system(command.c_str());
    }
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return m_path; }
  std::string file(std::string_view name) const { return m_path + "/" + std::string(name); }

private:
  std::string m_path;
};

} // namespace medtime::test
