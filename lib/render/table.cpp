#include "render/table.h"

#include <algorithm>

#include "render/style.h"

namespace medtime {

TextTable::TextTable(std::vector<std::string> headers, std::vector<Align> aligns)
    : m_headers(std::move(headers)), m_aligns(std::move(aligns)) {
  m_aligns.resize(m_headers.size(), Align::left);
}

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(m_headers.size());
  m_rows.push_back(std::move(cells));
}

std::string TextTable::render(size_t indent) const {
  std::vector<size_t> widths(m_headers.size());
  for (size_t c = 0; c < m_headers.size(); ++c) {
    widths[c] = display_width(m_headers[c]);
    for (const auto& row : m_rows) {
      widths[c] = std::max(widths[c], display_width(row[c]));
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out(indent, ' ');
    for (size_t c = 0; c < cells.size(); ++c) {
      size_t pad = widths[c] - display_width(cells[c]);
      bool last = c + 1 == cells.size();
      if (m_aligns[c] == Align::right) {
        out.append(pad, ' ');
        out += cells[c];
      } else {
        out += cells[c];
        if (!last) {
          out.append(pad, ' ');
        }
      }
      if (!last) {
        out += "  ";
      }
    }
    out += '\n';
    return out;
  };
  std::string out = line(m_headers);
  size_t total = 0;
  for (size_t w : widths) {
    total += w;
  }
  total += 2 * (widths.empty() ? 0 : widths.size() - 1);
  out += std::string(indent, ' ');
  for (size_t i = 0; i < total; ++i) {
    out += "─";
  }
  out += '\n';
  for (const auto& row : m_rows) {
    out += line(row);
  }
  return out;
}

} // namespace medtime
