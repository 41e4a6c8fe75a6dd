#include "util/diagnostics.h"

#include <fmt/format.h>

namespace medtime {

std::string Diagnostic::format() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (pos.line > 0) {
      out += fmt::format(":{}", pos.line);
      if (pos.column > 0) {
        out += fmt::format(":{}", pos.column);
      }
    }
    out += ": ";
  }
  bool fr = message_lang() == Lang::fr;
  out += severity == Severity::warning ? (fr ? "attention" : "warning") : (fr ? "erreur" : "error");
  if (!code.empty()) {
    out += ' ';
    out += code;
  }
  out += fr ? " : " : ": ";
  out += message;
  return out;
}

Error::Error(Diagnostic diagnostic)
    : std::runtime_error(diagnostic.format()), m_diagnostic(std::move(diagnostic)) {}

Error::Error(std::string file, SourcePos pos, Message message)
    : Error(Diagnostic{Severity::error, std::move(file), pos, std::move(message.text),
                       message.code}) {}

void Diagnostics::error(SourcePos pos, Message message) {
  add(Diagnostic{Severity::error, m_file, pos, std::move(message.text), message.code});
}

void Diagnostics::warning(SourcePos pos, Message message) {
  add(Diagnostic{Severity::warning, m_file, pos, std::move(message.text), message.code});
}

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::error) {
    ++m_error_count;
  }
  m_items.push_back(std::move(diagnostic));
}

void Diagnostics::truncate(size_t count) {
  while (m_items.size() > count) {
    m_error_count -= m_items.back().severity == Severity::error ? 1 : 0;
    m_items.pop_back();
  }
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items()) {
    add(d);
  }
}

void Diagnostics::throw_if_errors() const {
  for (const auto& d : m_items) {
    if (d.severity == Severity::error) {
      throw Error(d);
    }
  }
}

std::string quote(std::string_view text) {
  constexpr size_t k_max_length = 60;
  bool fr = message_lang() == Lang::fr;
  std::string out = fr ? "« " : "\"";
  size_t count = 0;
  for (char c : text) {
    if (count++ == k_max_length) {
      out += "...";
      break;
    }
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7f) {
      out += fmt::format("\\x{:02x}", u);
    } else {
      out += c;
    }
  }
  out += fr ? " »" : "\"";
  return out;
}

} // namespace medtime
