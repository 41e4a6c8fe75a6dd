#include "render/table.h"

#include <algorithm>

#include "render/style.h"
#include "render/wrap.h"

namespace medtime {

TextTable::TextTable(std::vector<std::string> headers, std::vector<Align> aligns)
    : m_headers(std::move(headers)), m_aligns(std::move(aligns)) {
  m_aligns.resize(m_headers.size(), Align::left);
}

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(m_headers.size());
  m_rows.push_back(std::move(cells));
}

std::string TextTable::render(size_t indent, size_t width) const {
  constexpr size_t k_min_last = 12;
  std::vector<size_t> widths(m_headers.size());
  for (size_t c = 0; c < m_headers.size(); ++c) {
    widths[c] = display_width(m_headers[c]);
    for (const auto& row : m_rows) {
      widths[c] = std::max(widths[c], display_width(row[c]));
    }
  }
  size_t others = indent;
  for (size_t c = 0; c + 1 < widths.size(); ++c) {
    others += widths[c] + 2;
  }
  size_t last_room = 0; // the last column's width when it is wrapped
  if (width > 0 && !widths.empty() && m_aligns.back() == Align::left && others + widths.back() > width) {
    last_room = std::max(k_min_last, width > others ? width - others : 0);
    widths.back() = std::min(widths.back(), last_room);
  }
  auto single = [&](const std::vector<std::string>& cells) {
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
  // A row whose last cell may take several lines.
  auto line = [&](const std::vector<std::string>& cells) {
    if (last_room == 0 || display_width(cells.back()) <= last_room) {
      return single(cells);
    }
    std::string out;
    std::vector<std::string> parts = wrap_lines(cells.back(), last_room);
    for (size_t i = 0; i < parts.size(); ++i) {
      std::vector<std::string> row = i == 0 ? cells : std::vector<std::string>(cells.size());
      row.back() = parts[i];
      out += single(row);
    }
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
