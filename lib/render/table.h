// A plain text table with aligned columns, for terminal output.
#pragma once

#include <string>
#include <vector>

namespace medtime {

class TextTable {
public:
  enum class Align { left, right };

  // Column headers and alignments; one alignment per header.
  TextTable(std::vector<std::string> headers, std::vector<Align> aligns);
  void add_row(std::vector<std::string> cells);
  // The table, each line ending in a newline; a rule of `─` under the
  // headers. With a `width` (columns, 0: none) that the table exceeds, the
  // last column, when left-aligned, is wrapped between words to fit, its
  // next lines under its start (never narrower than 12 columns).
  std::string render(size_t indent = 0, size_t width = 0) const;

private:
  std::vector<std::string> m_headers;
  std::vector<Align> m_aligns;
  std::vector<std::vector<std::string>> m_rows;
};

} // namespace medtime
