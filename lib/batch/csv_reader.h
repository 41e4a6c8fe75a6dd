// An RFC 4180 CSV reader that streams records from any std::istream:
// quoted fields with doubled quotes, separators and line breaks inside
// quotes, CRLF or LF line ends, a UTF-8 byte order mark, and positions
// (line, column) for every field so that errors point into the file.
// Memory is one record at a time, whatever the file size.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.h"

namespace medtime {

struct CsvField {
  std::string text;
  bool quoted = false; // written between quotes ("" is quoted, nothing is not)
  SourcePos pos;       // of the field's first character (its opening quote)
};

struct CsvRecord {
  std::vector<CsvField> fields;
  int line = 0; // line where the record starts
  // A malformed record: what is wrong and where; `fields` holds what could be read.
  std::string error;
  std::string_view error_code; // its code in the catalogue (util/messages.h)
  SourcePos error_pos;

  bool ok() const { return error.empty(); }
};

// One record's bytes, not yet split into fields: what the reader hands to
// another thread, which splits it with `split_csv_record`.
struct CsvRawRecord {
  std::string text; // without the line break that ends it
  int line = 0;     // line where the record starts
  std::string error; // an unclosed quote or a record too long (the reader stops)
  std::string_view error_code;
  SourcePos error_pos;
};

// Longest record accepted: past it the file most likely has an unclosed
// quote, or is no CSV at all.
constexpr size_t k_max_csv_record = 1024 * 1024;

class CsvReader {
public:
  // Reads `in` (which must outlive the reader), named `file` in messages.
  // `separator` 0 detects it from the first line: the most frequent of `,`
  // `;` and tab outside quotes (`,` when there is none).
  CsvReader(std::istream& in, std::string file, char separator = 0);

  // Reads the next record into `record`, skipping empty lines; false at the
  // end of the input. A malformed record comes back with `error` set: a
  // character after a closing quote (the rest of the line is skipped), or an
  // unclosed quote or a record over `k_max_csv_record` bytes, after which
  // the reader stops.
  bool next(CsvRecord& record);
  // The same, without splitting the record into fields.
  bool next_raw(CsvRawRecord& raw);

  char separator() const { return m_separator; }
  const std::string& file() const { return m_file; }
  // Bytes consumed so far (for progress).
  size_t offset() const { return m_consumed + m_pos; }

private:
  int peek();
  bool fill();
  void detect_separator();
  void end_line();

  std::istream& m_in;
  std::string m_file;
  char m_separator;
  std::string m_buffer;
  size_t m_pos = 0;
  size_t m_consumed = 0; // bytes of earlier buffers
  bool m_eof = false;
  bool m_stopped = false;
  int m_line = 1;
  CsvRawRecord m_raw; // for next()
};

// Splits `raw` into `record`'s fields (reusing its buffers), with the
// position of each field. A character after a closing quote is an error of
// the record; an error of `raw` is copied.
void split_csv_record(const CsvRawRecord& raw, char separator, CsvRecord& record);

// True for a record of empty fields only: spaces, separators and empty
// quotes, as a spreadsheet writes an empty row (`;;;;`). It holds no
// response, so it makes no row.
bool is_blank_record(const CsvRawRecord& raw, char separator);

// Checks that the whole of `in` is UTF-8 before any row is scored, so that
// a file saved in Windows-1252 (as a French Excel saves CSV) stops at once
// instead of losing only the rows with an accent; then rewinds `in`.
// Returns the first problem (position, message), or nothing; nothing either
// when `in` cannot be rewound (its cells are then checked one by one).
std::optional<std::pair<SourcePos, Message>> check_csv_encoding(std::istream& in);

// The base and sub-column of a survey header: `Q1[SQ001]` gives {"Q1",
// "SQ001"}, `Q1` gives {"Q1", ""}.
std::pair<std::string_view, std::string_view> split_column(std::string_view header);

} // namespace medtime
