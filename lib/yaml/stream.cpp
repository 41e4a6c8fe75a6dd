#include "yaml/stream.h"

#include <cstdio>
#include <cstring>

namespace medtime::yaml {

namespace {

// `---` or `...` at the start of `line`, then a blank or the end of the line.
bool is_marker(const std::string& line, const char* marker) {
  if (line.compare(0, 3, marker) != 0) {
    return false;
  }
  return line.size() == 3 || std::strchr(" \t\r\n", line[3]) != nullptr;
}

// A line that holds no YAML content: blank, a comment, or a directive (`%YAML`).
bool is_empty_line(const std::string& line) {
  size_t i = line.find_first_not_of(" \t\r\n");
  return i == std::string::npos || line[i] == '#' || (i == 0 && line[0] == '%');
}

} // namespace

DocumentSplitter::DocumentSplitter(std::FILE* stream, size_t max_size)
    : m_stream(stream), m_max_size(max_size) {}

bool DocumentSplitter::read_line() {
  // Byte by byte (stdio buffers the reads), so that a NUL byte reaches the
  // UTF-8 check like any other; a line longer than the limit is not kept
  // whole in memory.
  m_line.clear();
  m_line_truncated = false;
  int c;
  bool any = false;
  while ((c = getc_unlocked(m_stream)) != EOF) {
    any = true;
    if (m_line.size() <= m_max_size) {
      m_line.push_back(static_cast<char>(c));
    } else {
      m_line_truncated = true;
    }
    if (c == '\n') {
      break;
    }
    if (c == '\r') {
      // CRLF, or a lone CR, which YAML also takes for a line break.
      int next = getc_unlocked(m_stream);
      if (next == '\n') {
        m_line.push_back('\n');
      } else if (next != EOF) {
        ungetc(next, m_stream);
      }
      break;
    }
  }
  if (!any) {
    return false;
  }
  if (++m_line_number == 1 && m_line.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    m_line.erase(0, 3); // a UTF-8 byte order mark
  }
  return true;
}

bool DocumentSplitter::next(StreamDocument& doc) {
  doc.text.clear();
  doc.too_large = false;
  doc.first_line = m_line_pending ? m_line_number : m_line_number + 1;
  doc.line = 0;
  bool has_marker = false;
  bool has_content = false;
  bool has_directive = false;
  for (;;) {
    if (m_line_pending) {
      m_line_pending = false;
    } else if (!read_line()) {
      break;
    }
    bool opens = is_marker(m_line, "---");
    bool closes = is_marker(m_line, "...");
    if (!has_marker && !has_content && !has_directive && !opens && !closes &&
        !m_line_truncated && is_empty_line(m_line) && (m_line.empty() || m_line[0] != '%')) {
      // Blank or comment lines before the document: not part of it, so
      // they never count against its size.
      doc.first_line = m_line_number + 1;
      continue;
    }
    if (opens && (has_marker || has_content)) {
      m_line_pending = true;
      break;
    }
    if (closes && !has_marker && !has_content) {
      // A stray end marker: nothing to end.
      doc.text.clear();
      doc.too_large = false;
      doc.first_line = m_line_number + 1;
      continue;
    }
    if (opens) {
      has_marker = true;
      doc.line = m_line_number;
    } else if (!closes && !is_empty_line(m_line) && !has_content) {
      has_content = true;
      doc.line = doc.line == 0 ? m_line_number : doc.line;
    } else if (!m_line.empty() && m_line[0] == '%' && !has_content && !has_marker) {
      has_directive = true; // goes with the next `---`, or is an error at the end
      doc.line = doc.line == 0 ? m_line_number : doc.line;
    }
    if (doc.text.size() + m_line.size() > m_max_size || m_line_truncated) {
      doc.too_large = true;
    } else if (!doc.too_large) {
      doc.text += m_line;
    }
    if (closes) {
      break;
    }
  }
  return has_marker || has_content || has_directive;
}

} // namespace medtime::yaml
