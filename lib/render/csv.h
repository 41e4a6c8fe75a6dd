// CSV cells as spreadsheets read them, shared by the CSV outputs of batch
// and cost: RFC 4180 quoting, and text a spreadsheet would run as a
// formula neutralised.
#pragma once

#include <string>
#include <string_view>

namespace medtime {

struct CsvStyle {
  char separator = ',';
  bool decimal_comma = false; // 12,5 instead of 12.5 (French spreadsheets)
};

// A text cell: terminal controls made visible (util/terminal.h), neutralised when a spreadsheet would run it as a formula
// (leading `=`, `+`, `-`, `@`, tab or CR get a `'` in front), then quoted
// when it holds the separator, a quote or a line break (quotes doubled).
std::string csv_text(std::string_view text, const CsvStyle& style);

} // namespace medtime
