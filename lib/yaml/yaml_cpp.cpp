#include "yaml/yaml_cpp.h"

#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <limits>

#include "util/spell.h"
#include "util/utf8.h"
#include "yaml/node.h"

namespace medtime::yaml {

YAML::Node load_guarded(std::string_view text, const std::string& file) {
  parse(text, file); // the guard: throws on anything yaml-cpp would mishandle
  try {
    return YAML::Load(std::string(skip_bom(text)));
  } catch (const YAML::Exception& e) {
    throw Error(file, {e.mark.line + 1, e.mark.column + 1}, message("E063", e.msg));
  }
}

SourcePos pos_of(const YAML::Node& node) {
  if (!node.IsDefined()) {
    return {};
  }
  YAML::Mark mark = node.Mark();
  if (mark.is_null()) {
    return {};
  }
  return {mark.line + 1, mark.column + 1};
}

SourcePos pos_or_start(const YAML::Node& node) {
  SourcePos pos = pos_of(node);
  return pos.line == 0 ? SourcePos{1, 1} : pos;
}

std::string describe(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) {
    return tr_message("une valeur vide", "nothing");
  }
  if (node.IsMap()) {
    return tr_message("un dictionnaire", "a mapping");
  }
  if (node.IsSequence()) {
    return tr_message("une liste", "a list");
  }
  return tr_message("le texte ", "text ") + quote(node.Scalar());
}

std::optional<double> parse_number(std::string_view text) {
  if (text.empty() || text.size() > 40) {
    return std::nullopt;
  }
  if (text.front() == '+') {
    text.remove_prefix(1);
  }
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

bool is_identifier(std::string_view text) {
  if (text.empty() || text.size() > 64) {
    return false;
  }
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!alpha(text.front())) {
    return false;
  }
  for (char c : text) {
    if (!alpha(c) && !digit(c) && c != '_' && c != '-') {
      return false;
    }
  }
  return true;
}

MapReader::MapReader(const YAML::Node& node, Diagnostics& diags, std::string what)
    : m_node(node), m_diags(diags), m_what(std::move(what)) {
  if (!node.IsMap()) {
    m_diags.error(pos_or_start(node), message("E075", m_what, describe(node)));
    m_ok = false;
  }
}

namespace {

// Lookup through a const node: non-const operator[] may insert the key.
YAML::Node lookup(const YAML::Node& map, std::string_view key) {
  return map[std::string(key)];
}

} // namespace

bool MapReader::has(std::string_view key) const {
  if (!m_ok) {
    return false;
  }
  YAML::Node value = lookup(m_node, key);
  return value.IsDefined() && !value.IsNull();
}

YAML::Node MapReader::at(std::string_view key) const {
  if (!m_ok) {
    return YAML::Node(YAML::NodeType::Undefined);
  }
  return lookup(m_node, key);
}

SourcePos MapReader::pos_at(std::string_view key) const {
  YAML::Node value = at(key);
  return value.IsDefined() ? pos_of(value) : pos_or_start(m_node);
}

YAML::Node MapReader::get(std::string_view key, bool required) {
  m_known.emplace_back(key);
  if (!m_ok) {
    return YAML::Node(YAML::NodeType::Undefined);
  }
  YAML::Node value = lookup(m_node, key);
  if (required && (!value.IsDefined() || value.IsNull())) {
    m_diags.error(pos_or_start(m_node), message("E076", m_what, quote(key)));
  }
  return value;
}

std::optional<std::string> MapReader::string(std::string_view key, bool required) {
  YAML::Node value = get(key, required);
  if (!value.IsDefined() || value.IsNull()) {
    return std::nullopt;
  }
  if (!value.IsScalar()) {
    m_diags.error(pos_of(value), message("E077", quote(key), m_what, describe(value)));
    return std::nullopt;
  }
  return value.Scalar();
}

std::optional<std::string> MapReader::id(std::string_view key, bool required) {
  auto text = string(key, required);
  if (text && !is_identifier(*text)) {
    m_diags.error(pos_of(lookup(m_node, key)), message("E078", quote(key), m_what, quote(*text)));
    return std::nullopt;
  }
  return text;
}

namespace {

// For a number written with a decimal comma ("0,5"), which YAML reads as
// text: how to write it. Empty otherwise.
std::string decimal_comma_hint(const YAML::Node& value) {
  if (!value.IsScalar()) {
    return {};
  }
  std::string text = value.Scalar();
  auto comma = text.find(',');
  if (comma == std::string::npos || text.find(',', comma + 1) != std::string::npos) {
    return {};
  }
  text[comma] = '.';
  return parse_number(text)
             ? fmt::format(fmt::runtime(tr_message(" ; écrivez {0} avec un point décimal",
                                                   "; write {0} with a decimal point (écrivez {0})")),
                           text)
             : std::string();
}

} // namespace

std::optional<double> MapReader::number(std::string_view key, bool required,
                                        std::optional<double> min, std::optional<double> max) {
  YAML::Node value = get(key, required);
  if (!value.IsDefined() || value.IsNull()) {
    return std::nullopt;
  }
  std::optional<double> number = value.IsScalar() ? parse_number(value.Scalar()) : std::nullopt;
  if (!number) {
    m_diags.error(pos_of(value), message("E079", quote(key), m_what, describe(value),
                                         decimal_comma_hint(value)));
    return std::nullopt;
  }
  if ((min && *number < *min) || (max && *number > *max)) {
    std::string range =
        min && max ? fmt::format(fmt::runtime(tr_message("entre {} et {}", "from {} to {}")), *min, *max)
        : min      ? fmt::format(fmt::runtime(tr_message("au moins {}", "at least {}")), *min)
                   : fmt::format(fmt::runtime(tr_message("au plus {}", "at most {}")), *max);
    m_diags.error(pos_of(value), message("E080", quote(key), m_what, range, quote(value.Scalar())));
    return std::nullopt;
  }
  return number;
}

std::optional<int> MapReader::integer(std::string_view key, bool required, std::optional<int> min,
                                      std::optional<int> max) {
  auto value = number(key, required, min, max);
  constexpr double k_lowest = std::numeric_limits<int>::min();
  constexpr double k_highest = std::numeric_limits<int>::max();
  if (value && (*value < k_lowest || *value > k_highest)) {
    // Converting a double outside int's range is undefined behaviour.
    m_diags.error(pos_of(lookup(m_node, key)), message("E081", quote(key), m_what, k_lowest,
                                                       k_highest, quote(lookup(m_node, key).Scalar())));
    return std::nullopt;
  }
  if (value && std::floor(*value) != *value) {
    m_diags.error(pos_of(lookup(m_node, key)), message("E082", quote(key), m_what, *value));
    return std::nullopt;
  }
  return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

std::optional<bool> MapReader::boolean(std::string_view key) {
  YAML::Node value = get(key);
  if (!value.IsDefined() || value.IsNull()) {
    return std::nullopt;
  }
  if (value.IsScalar()) {
    const std::string& s = value.Scalar();
    if (s == "true" || s == "yes") {
      return true;
    }
    if (s == "false" || s == "no") {
      return false;
    }
  }
  m_diags.error(pos_of(value), message("E083", quote(key), m_what, describe(value)));
  return std::nullopt;
}

std::optional<LocalText> read_local_text(const YAML::Node& node, Diagnostics& diags,
                                         const std::string& what, bool want_english) {
  if (node.IsScalar()) {
    if (want_english) {
      diags.warning(pos_of(node), message("W050", what));
    }
    return LocalText{node.Scalar(), {}};
  }
  if (!node.IsMap()) {
    diags.error(pos_of(node), message("E084", what, describe(node)));
    return std::nullopt;
  }
  LocalText text;
  for (const auto& entry : node) {
    std::string lang = entry.first.Scalar();
    if (!entry.second.IsScalar()) {
      diags.error(pos_of(entry.second), message("E085", what, quote(lang), describe(entry.second)));
      continue;
    }
    if (lang == "fr") {
      text.fr = entry.second.Scalar();
    } else if (lang == "en") {
      text.en = entry.second.Scalar();
    } else {
      diags.error(pos_of(entry.first), message("E086", what, quote(lang)));
    }
  }
  if (text.fr.empty()) {
    diags.error(pos_of(node), message("E087", what));
    return std::nullopt;
  }
  if (text.en.empty() && want_english) {
    diags.warning(pos_of(node), message("W051", what));
  }
  return text;
}

std::optional<LocalText> MapReader::local_text(std::string_view key, bool required,
                                               bool want_english) {
  YAML::Node value = get(key, required);
  if (!value.IsDefined() || value.IsNull()) {
    return std::nullopt;
  }
    // The subject of read_local_text's messages: `"title" of question "q1"`;
  // in French « title » de la question, du questionnaire, des actions.
  std::string what;
  if (message_lang() == Lang::fr) {
    std::string_view of = m_what;
    std::string link = of.starts_with("le ") ? (of.remove_prefix(3), "du ")
                       : of.starts_with("les ") ? (of.remove_prefix(4), "des ")
                                                 : "de ";
    what = quote(key) + " " + link + std::string(of);
  } else {
    what = quote(key) + " of " + m_what;
  }
  return read_local_text(value, m_diags, what, want_english);
}

std::optional<std::string> MapReader::choice(std::string_view key,
                                             const std::vector<std::string>& choices,
                                             bool required) {
  auto text = string(key, required);
  if (!text) {
    return std::nullopt;
  }
  for (const auto& c : choices) {
    if (c == *text) {
      return text;
    }
  }
  m_diags.error(pos_of(lookup(m_node, key)),
                message("E088", quote(key), m_what, fmt::format("{}", fmt::join(choices, ", ")),
                        quote(*text), did_you_mean(*text, choices)));
  return std::nullopt;
}

void MapReader::finish() {
  if (!m_ok) {
    return;
  }
  for (const auto& entry : m_node) {
    std::string key = entry.first.Scalar();
    bool known = false;
    for (const auto& k : m_known) {
      known = known || k == key;
    }
    if (!known) {
      m_diags.error(pos_of(entry.first), message("E089", quote(key), m_what, did_you_mean(key, m_known)));
    }
  }
}

} // namespace medtime::yaml
