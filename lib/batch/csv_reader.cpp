#include "batch/csv_reader.h"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>

#include "util/utf8.h"

namespace medtime {

namespace {

constexpr size_t k_chunk = 64 * 1024;

std::string describe_char(unsigned char c) {
  if (c >= 0x20 && c < 0x7f) {
    return fmt::format(fmt::runtime(tr_message("« {} »", "'{}'")), static_cast<char>(c));
  }
  return fmt::format(fmt::runtime(tr_message("octet 0x{:02X}", "byte 0x{:02X}")), c);
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

// Records `m` as the error of `record` (a raw record or a split one).
template <typename Record>
void set_error(Record& record, Message m) {
  record.error = std::move(m.text);
  record.error_code = m.code;
}

} // namespace

bool is_blank_record(const CsvRawRecord& raw, char separator) {
  if (!raw.error.empty()) {
    return false;
  }
  for (char c : raw.text) { // stops at a response's first character
    if (c != separator && c != ' ' && c != '\t' && c != '"') {
      return false;
    }
  }
  return true;
}

std::optional<std::pair<SourcePos, Message>> check_csv_encoding(std::istream& in) {
  std::streampos start = in.tellg();
  if (start == std::streampos(-1)) {
    return std::nullopt;
  }
  // Whole lines at a time: a UTF-8 sequence never spans a line break.
  std::string chunk;
  std::string buffer(k_chunk, '\0'); // 64 KiB at a time: memory stays small
  int lines_before = 0;
  std::optional<std::pair<SourcePos, Message>> problem;
  for (;;) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    auto got = static_cast<size_t>(in.gcount());
    chunk.append(buffer.data(), got);
    size_t cut = got == 0 ? chunk.size() : chunk.rfind('\n');
    if (cut == std::string::npos) {
      continue; // one very long line so far
    }
    cut = got == 0 ? cut : cut + 1;
    std::string_view lines(chunk.data(), cut);
    if (auto found = check_utf8(lines)) {
      found->first.line += lines_before;
      problem = std::move(found);
      break;
    }
    lines_before += static_cast<int>(std::count(lines.begin(), lines.end(), '\n'));
    chunk.erase(0, cut);
    if (got == 0) {
      break;
    }
  }
  in.clear();
  in.seekg(start);
  return problem;
}

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
  raw.error_code = {};
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
  // One pass over the buffered bytes; the record is copied once per buffer.
  bool quoted = false;
  bool field_start = true;
  size_t opened = 0; // offset in the record of the quote that opened the current field
  const char separator = m_separator;
  for (;;) {
    const char* begin = m_buffer.data() + m_pos;
    const char* end = m_buffer.data() + m_buffer.size();
    const char* p = begin;
    bool done = false;
    while (p < end) {
      char c = *p;
      if (quoted) {
        if (c == '"') {
          if (p + 1 == end) {
            break; // is it doubled? decided after the next read
          }
          if (p[1] == '"') {
            p += 2;
            continue;
          }
          quoted = false;
          field_start = false;
        } else if (c == '\n') {
          ++m_line;
        }
        ++p;
        continue;
      }
      if (c == '\n' || c == '\r') {
        done = true;
        break;
      }
      if (c == '"' && field_start) {
        quoted = true;
        opened = raw.text.size() + static_cast<size_t>(p - begin);
      }
      field_start = c == separator;
      ++p;
    }
    raw.text.append(begin, static_cast<size_t>(p - begin));
    m_pos += static_cast<size_t>(p - begin);
    if (done) {
      end_line();
      return true;
    }
    if (raw.text.size() > k_max_csv_record) {
      // Blame a quote only when one is open.
      if (quoted) {
        set_error(raw, message("E400", k_max_csv_record));
        raw.error_pos = position_in(raw.text, opened, raw.line);
      } else {
        set_error(raw, message("E401", k_max_csv_record));
        raw.error_pos = {raw.line, 1};
      }
      m_stopped = true;
      return true;
    }
    // Out of buffered bytes (or a quote at the end of the buffer, which
    // needs the next byte): read more.
    bool more = m_pos < m_buffer.size() ? fill() : peek() >= 0;
    if (!more) {
      if (m_pos < m_buffer.size()) {
        // A quote was the last byte of the file: it closes the field.
        raw.text += '"';
        ++m_pos;
        quoted = false;
      }
      if (quoted) {
        set_error(raw, message("E402"));
        raw.error_pos = position_in(raw.text, opened, raw.line);
        m_stopped = true;
      }
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
  record.error_code = raw.error_code;
  record.error_pos = raw.error_pos;
  const char* const text = raw.text.data();
  const char* const end = text + raw.text.size();
  const char* p = text;
  // Positions: the line, where it starts, and the UTF-8 continuation bytes
  // seen on it (a column counts characters, not bytes).
  int line = raw.line;
  const char* line_start = text;
  int continuations = 0;
  auto column = [&](const char* at) {
    return static_cast<int>(at - line_start) - continuations + 1;
  };
  size_t count = 0;
  for (;;) {
    if (count == record.fields.size()) {
      record.fields.emplace_back();
    }
    CsvField& field = record.fields[count++];
    field.pos = {line, column(p)};
    field.quoted = p < end && *p == '"';
    if (!field.quoted) {
      const char* q = p;
      while (q < end && *q != separator) {
        continuations += (static_cast<unsigned char>(*q) & 0xC0) == 0x80;
        ++q;
      }
      field.text.clear(); // then append: cheaper than assign for short cells
      field.text.append(p, static_cast<size_t>(q - p));
      p = q;
    } else {
      field.text.clear();
      ++p;
      for (;;) {
        const char* q = p;
        while (q < end && *q != '"') {
          unsigned char c = static_cast<unsigned char>(*q);
          continuations += (c & 0xC0) == 0x80;
          if (c == '\n') {
            ++line;
            line_start = q + 1;
            continuations = 0;
          }
          ++q;
        }
        field.text.append(p, static_cast<size_t>(q - p));
        p = q;
        if (p == end) {
          break; // unclosed: raw.error says so
        }
        ++p; // the quote
        if (p < end && *p == '"') {
          field.text += '"';
          ++p;
          continue;
        }
        break;
      }
      if (p < end && *p != separator) {
        if (record.error.empty()) {
          set_error(record, message("E403", describe_char(static_cast<unsigned char>(*p))));
          record.error_pos = {line, column(p)};
        }
        while (p < end && *p != separator) {
          continuations += (static_cast<unsigned char>(*p) & 0xC0) == 0x80;
          ++p;
        }
      }
    }
    if (p == end) {
      break;
    }
    ++p; // the separator
  }
  record.fields.resize(count);
}

} // namespace medtime
