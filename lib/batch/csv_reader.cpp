#include "batch/csv_reader.h"

#include <cstring>
#include <fmt/format.h>

namespace medtime {

namespace {

constexpr size_t k_chunk = 64 * 1024;

std::string describe_char(int c) {
  if (c >= 0x20 && c < 0x7f) {
    return fmt::format("'{}'", static_cast<char>(c));
  }
  return fmt::format("byte 0x{:02X}", c);
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

void CsvReader::advance_position(int c) {
  if (c == '\n') {
    ++m_line;
    m_column = 1;
  } else if ((c & 0xC0) != 0x80 && c != '\r') {
    ++m_column;
  }
}

int CsvReader::get() {
  int c = peek();
  if (c >= 0) {
    ++m_pos;
    advance_position(c);
  }
  return c;
}

void CsvReader::detect_separator() {
  // Look at the first line only (the header), outside quotes. The header of
  // a survey export fits in the first chunk; a longer one is read further.
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

bool CsvReader::next(CsvRecord& record) {
  record.error.clear();
  record.error_pos = {};
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
    get();
    if (c == '\r') {
      if (peek() == '\n') {
        get();
      } else {
        ++m_line;
        m_column = 1;
      }
    }
  }
  record.line = m_line;
  size_t count = 0;
  size_t size = 0;
  auto fail = [&](SourcePos pos, std::string message, bool stop) {
    if (record.error.empty()) {
      record.error = std::move(message);
      record.error_pos = pos;
    }
    m_stopped = m_stopped || stop;
  };
  // Appends the next `n` buffered bytes to `text`, keeping positions.
  auto take = [&](std::string& text, size_t n) {
    const char* begin = m_buffer.data() + m_pos;
    text.append(begin, n);
    for (size_t i = 0; i < n; ++i) {
      advance_position(static_cast<unsigned char>(begin[i]));
    }
    m_pos += n;
    size += n;
  };
  for (;;) {
    if (count == record.fields.size()) {
      record.fields.emplace_back();
    }
    CsvField& field = record.fields[count++];
    field.text.clear();
    field.quoted = false;
    field.pos = {m_line, m_column};
    if (peek() == '"') {
      get();
      field.quoted = true;
      for (;;) {
        if (peek() < 0) {
          fail(field.pos, "unclosed quote: the field that starts here never ends", true);
          record.fields.resize(count);
          return true;
        }
        const char* begin = m_buffer.data() + m_pos;
        size_t avail = m_buffer.size() - m_pos;
        const void* quote = std::memchr(begin, '"', avail);
        size_t n = quote != nullptr ? static_cast<size_t>(static_cast<const char*>(quote) - begin)
                                    : avail;
        take(field.text, n);
        if (size > k_max_csv_record) {
          fail(field.pos, fmt::format("record longer than {} bytes; is a quote left unclosed?",
                                      k_max_csv_record),
               true);
          record.fields.resize(count);
          return true;
        }
        if (quote == nullptr) {
          continue;
        }
        get();
        if (peek() == '"') {
          get();
          field.text += '"';
          continue;
        }
        break;
      }
      int c = peek();
      if (c >= 0 && c != m_separator && c != '\n' && c != '\r') {
        fail({m_line, m_column},
             fmt::format("unexpected {} after the closing quote of a field; a quote inside a "
                         "field is written twice (\"\")",
                         describe_char(c)),
             false);
        while ((c = peek()) >= 0 && c != '\n' && c != '\r') {
          get();
        }
      }
    } else {
      for (;;) {
        if (peek() < 0) {
          break;
        }
        const char* begin = m_buffer.data() + m_pos;
        size_t avail = m_buffer.size() - m_pos;
        size_t n = 0;
        while (n < avail && begin[n] != m_separator && begin[n] != '\n' && begin[n] != '\r') {
          ++n;
        }
        take(field.text, n);
        if (size > k_max_csv_record) {
          fail(field.pos, fmt::format("record longer than {} bytes", k_max_csv_record), true);
          record.fields.resize(count);
          return true;
        }
        if (n < avail) {
          break;
        }
      }
    }
    int c = get();
    if (c == m_separator) {
      continue;
    }
    if (c == '\r') {
      if (peek() == '\n') {
        get();
      } else {
        ++m_line;
        m_column = 1;
      }
    }
    break;
  }
  record.fields.resize(count);
  return true;
}

} // namespace medtime
