#include "batch/csv_reader.h"

#include <cstring>
#include <fmt/format.h>

namespace medtime {

namespace {

constexpr size_t k_chunk = 64 * 1024;

std::string describe_char(unsigned char c) {
  if (c >= 0x20 && c < 0x7f) {
    return fmt::format("'{}'", static_cast<char>(c));
  }
  return fmt::format("byte 0x{:02X}", c);
}

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Line and column of byte `offset` of a record that starts at `line`, column 1.
SourcePos position_in(std::string_view text, size_t offset, int line) {
  SourcePos pos{line, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if (!is_continuation(text[i]) && text[i] != '\r') {
      ++pos.column;
    }
  }
  return pos;
}

} // namespace

std::pair<std::string_view, std::string_view> split_column(std::string_view header) {
  size_t open = header.find('[');
  if (open == std::string_view::npos || header.back() != ']' || open == 0) {
    return {header, {}};
  }
  return {header.substr(0, open), header.substr(open + 1, header.size() - open - 2)};
}

CsvReader::CsvReader(std::istream& in, std::string file, char separator)
    : m_in(in), m_file(std::move(file)), m_separator(separator) {
  fill();
  if (m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    m_pos = 3;
  }
  if (m_separator == 0) {
    detect_separator();
  }
}

bool CsvReader::fill() {
  if (m_eof) {
    return false;
  }
  m_consumed += m_pos;
  m_buffer.erase(0, m_pos);
  m_pos = 0;
  size_t old = m_buffer.size();
  m_buffer.resize(old + k_chunk);
  m_in.read(m_buffer.data() + old, static_cast<std::streamsize>(k_chunk));
  size_t got = static_cast<size_t>(m_in.gcount());
  m_buffer.resize(old + got);
  if (got == 0) {
    m_eof = true;
  }
  return got > 0;
}

int CsvReader::peek() {
  if (m_pos == m_buffer.size() && !fill()) {
    return -1;
  }
  return static_cast<unsigned char>(m_buffer[m_pos]);
}

void CsvReader::detect_separator() {
  // Look at the first line only (the header), outside quotes.
  size_t counts[3] = {0, 0, 0};
  const char candidates[3] = {',', ';', '\t'};
  bool quoted = false;
  for (size_t i = m_pos;; ++i) {
    if (i == m_buffer.size()) {
      size_t keep = m_pos;
      if (!fill()) {
        break;
      }
      i -= keep; // fill() dropped the bytes before m_pos
    }
    char c = m_buffer[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted) {
      for (int k = 0; k < 3; ++k) {
        counts[k] += c == candidates[k] ? 1 : 0;
      }
    }
  }
  m_separator = ',';
  size_t best = 0;
  for (int k = 0; k < 3; ++k) {
    if (counts[k] > best) {
      best = counts[k];
      m_separator = candidates[k];
    }
  }
}

// Consumes the line break at m_pos (LF, CRLF or a lone CR).
void CsvReader::end_line() {
  char c = m_buffer[m_pos++];
  if (c == '\r' && peek() == '\n') {
    ++m_pos;
  }
  ++m_line;
}

bool CsvReader::next_raw(CsvRawRecord& raw) {
  raw.text.clear();
  raw.error.clear();
  raw.error_pos = {};
  if (m_stopped) {
    return false;
  }
  for (;;) { // empty lines are skipped
    int c = peek();
    if (c < 0) {
      return false;
    }
    if (c != '\n' && c != '\r') {
      break;
    }
    end_line();
  }
  raw.line = m_line;
  bool quoted = false;
  bool field_start = true;
  size_t opened = 0; // offset of the quote that opened the current quoted field
  auto stop = [&](size_t offset, std::string message) {
    raw.error = std::move(message);
    raw.error_pos = position_in(raw.text, offset, raw.line);
    m_stopped = true;
  };
  for (;;) {
    if (raw.text.size() > k_max_csv_record) {
      stop(0, fmt::format("record longer than {} bytes; is a quote left unclosed?", k_max_csv_record));
      return true;
    }
    if (peek() < 0) {
      if (quoted) {
        stop(opened, "unclosed quote: the field that starts here never ends");
      }
      return true;
    }
    const char* begin = m_buffer.data() + m_pos;
    size_t avail = m_buffer.size() - m_pos;
    if (quoted) {
      const void* quote = std::memchr(begin, '"', avail);
      size_t n = quote != nullptr ? static_cast<size_t>(static_cast<const char*>(quote) - begin) + 1
                                  : avail;
      for (size_t i = 0; i < n; ++i) {
        m_line += begin[i] == '\n' ? 1 : 0;
      }
      raw.text.append(begin, n);
      m_pos += n;
      if (quote != nullptr) {
        if (peek() == '"') { // a doubled quote: still inside
          raw.text += '"';
          ++m_pos;
        } else {
          quoted = false;
          field_start = false;
        }
      }
      continue;
    }
    size_t n = 0;
    bool end = false;
    for (; n < avail; ++n) {
      char c = begin[n];
      if (c == '\n' || c == '\r') {
        end = true;
        break;
      }
      if (c == '"' && field_start) {
        quoted = true;
        opened = raw.text.size() + n;
        ++n;
        break;
      }
      field_start = c == m_separator;
    }
    raw.text.append(begin, n);
    m_pos += n;
    if (end) {
      end_line();
      return true;
    }
  }
}

bool CsvReader::next(CsvRecord& record) {
  if (!next_raw(m_raw)) {
    return false;
  }
  split_csv_record(m_raw, m_separator, record);
  return true;
}

void split_csv_record(const CsvRawRecord& raw, char separator, CsvRecord& record) {
  record.line = raw.line;
  record.error = raw.error;
  record.error_pos = raw.error_pos;
  std::string_view text = raw.text;
  size_t count = 0;
  size_t i = 0;
  int line = raw.line;
  int column = 1;
  // Advances over text[i] and keeps the position.
  auto step = [&] {
    char c = text[i++];
    if (c == '\n') {
      ++line;
      column = 1;
    } else if (!is_continuation(c) && c != '\r') {
      ++column;
    }
  };
  for (;;) {
    if (count == record.fields.size()) {
      record.fields.emplace_back();
    }
    CsvField& field = record.fields[count++];
    field.text.clear();
    field.quoted = false;
    field.pos = {line, column};
    if (i < text.size() && text[i] == '"') {
      field.quoted = true;
      step();
      for (;;) {
        size_t quote = text.find('"', i);
        size_t stop = quote == std::string_view::npos ? text.size() : quote;
        field.text.append(text.substr(i, stop - i));
        while (i < stop) {
          step();
        }
        if (i == text.size()) {
          break; // unclosed: raw.error says so
        }
        step(); // the quote
        if (i < text.size() && text[i] == '"') {
          field.text += '"';
          step();
          continue;
        }
        break;
      }
      if (i < text.size() && text[i] != separator) {
        if (record.error.empty()) {
          record.error = fmt::format("unexpected {} after the closing quote of a field; a quote "
                                     "inside a field is written twice (\"\")",
                                     describe_char(static_cast<unsigned char>(text[i])));
          record.error_pos = {line, column};
        }
        while (i < text.size() && text[i] != separator) {
          step();
        }
      }
    } else {
      size_t stop = text.find(separator, i);
      stop = stop == std::string_view::npos ? text.size() : stop;
      field.text.append(text.substr(i, stop - i));
      while (i < stop) {
        step();
      }
    }
    if (i == text.size()) {
      break;
    }
    step(); // the separator
  }
  record.fields.resize(count);
}

} // namespace medtime
