// Diagnostics: positioned errors and warnings, in the compiler style
// `path:line:col: erreur E104 : message` (`error E104: message` in English),
// their words and codes from the catalogue (util/messages.h). The library
// never prints: it records diagnostics or throws `Error`, and the apps decide
// what to show.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "util/messages.h"

namespace medtime {

// A 1-based position in a source file; 0 means unknown. The line is 64-bit:
// a stream read from stdin may run past 2^31 lines.
struct SourcePos {
  std::int64_t line = 0;
  int column = 0;
};

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;
  SourcePos pos;
  std::string message;
  std::string_view code = {}; // from the catalogue (util/messages.h)

  // `file:line:col: erreur E104 : message` in French, `file:line:col: error
  // E104: message` in English (the message language; parts that are unknown
  // are left out), "attention"/"warning" for warnings.
  std::string format() const;
};

// The one domain exception type: a failure with a position. Every message
// comes from the catalogue (util/messages.h): there is no constructor from
// a bare string, so a message without a code cannot be written.
class Error : public std::runtime_error {
public:
  explicit Error(Diagnostic diagnostic);
  Error(std::string file, SourcePos pos, Message message);
  const Diagnostic& diagnostic() const { return m_diagnostic; }

private:
  Diagnostic m_diagnostic;
};

// A usage error (missing file, bad option value): exit code 2, not 1.
class UsageError : public Error {
public:
  using Error::Error;
};

// Collects the diagnostics of one file (or one run) so that `check` can report
// every problem at once instead of stopping at the first.
class Diagnostics {
public:
  explicit Diagnostics(std::string file = {}) : m_file(std::move(file)) {}

  void error(SourcePos pos, Message message);
  void warning(SourcePos pos, Message message);
  void add(Diagnostic diagnostic);
  void append(const Diagnostics& other);
  // Forgets every diagnostic after the first `count`.
  void truncate(size_t count);

  bool has_errors() const { return m_error_count > 0; }
  size_t error_count() const { return m_error_count; }
  const std::vector<Diagnostic>& items() const { return m_items; }
  const std::string& file() const { return m_file; }
  void set_file(std::string file) { m_file = std::move(file); }

  // Throws the first error as `Error` if there is one.
  void throw_if_errors() const;

private:
  std::string m_file;
  std::vector<Diagnostic> m_items;
  size_t m_error_count = 0;
};

// `« text »` (French) or `"text"` (English: the message language) with
// control characters escaped and long values shortened, for quoting a bad
// value in a message.
std::string quote(std::string_view text);

} // namespace medtime
