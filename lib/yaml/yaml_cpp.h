// yaml-cpp for the small, richly structured files (questionnaires, plans,
// objectives, profiles, parameter sets), behind the libyaml guard of node.h,
// and a field reader that turns a mapping into checked values with
// positioned diagnostics (unknown keys, wrong types, out-of-range numbers).
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.h"
#include "util/i18n.h"

namespace medtime::yaml {

// Parses `text` (one document) with yaml-cpp after checking it with the
// libyaml guard (UTF-8, depth, size, aliases, duplicate keys). Throws `Error`
// with a position on any problem.
YAML::Node load_guarded(std::string_view text, const std::string& file);

// 1-based position of `node` (yaml-cpp marks are 0-based); unknown (0) for
// an undefined node.
SourcePos pos_of(const YAML::Node& node);

// The position of `node`, or 1:1 when it has none (an empty file's null
// document): a diagnostic about a whole file still points into it.
SourcePos pos_or_start(const YAML::Node& node);

// "a mapping", "a list", "text "x"": what a node is, for messages.
std::string describe(const YAML::Node& node);

// Parses a plain number (int or decimal, `.` separator); nothing otherwise.
std::optional<double> parse_number(std::string_view text);

// Reads the fields of one mapping. Each getter records a diagnostic and
// returns nothing when the field is missing (if required) or malformed;
// `finish()` reports keys that no getter asked for.
class MapReader {
public:
  // `what` names the mapping in messages ("question \"q1\"").
  MapReader(const YAML::Node& node, Diagnostics& diags, std::string what);

  bool ok() const { return m_ok; }
  const YAML::Node& node() const { return m_node; }
  SourcePos pos() const { return pos_of(m_node); }
  bool has(std::string_view key) const;

  // The raw node under `key` (marks it as known); an undefined node if absent.
  YAML::Node get(std::string_view key, bool required = false);
  // The node under `key` without marking it known: an undefined node when
  // absent or when this is not a mapping (never yaml-cpp's exception).
  YAML::Node at(std::string_view key) const;
  // Position of the value under `key`, or of the mapping when it is absent.
  SourcePos pos_at(std::string_view key) const;
  std::optional<std::string> string(std::string_view key, bool required = false);
  // An identifier: letters, digits, `_` and `-`, starting with a letter.
  std::optional<std::string> id(std::string_view key, bool required = false);
  std::optional<double> number(std::string_view key, bool required = false,
                               std::optional<double> min = {}, std::optional<double> max = {});
  std::optional<int> integer(std::string_view key, bool required = false,
                             std::optional<int> min = {}, std::optional<int> max = {});
  std::optional<bool> boolean(std::string_view key);
  // `{fr: ..., en: ...}` or a plain string (taken as French). French is
  // required whenever the text is present; a missing English text is a
  // warning when `want_english`.
  std::optional<LocalText> local_text(std::string_view key, bool required = false,
                                      bool want_english = true);
  // One of `choices`, with a "did you mean" otherwise.
  std::optional<std::string> choice(std::string_view key, const std::vector<std::string>& choices,
                                    bool required = false);

  // Reports every key that no getter asked for.
  void finish();

  Diagnostics& diagnostics() { return m_diags; }

private:
  YAML::Node m_node;
  Diagnostics& m_diags;
  std::string m_what;
  std::vector<std::string> m_known;
  bool m_ok = true;
};

// True for a valid identifier (see MapReader::id).
bool is_identifier(std::string_view text);

// A LocalText read from `node` (mapping or scalar); diagnostics as MapReader.
std::optional<LocalText> read_local_text(const YAML::Node& node, Diagnostics& diags,
                                         const std::string& what, bool want_english = true);

} // namespace medtime::yaml
