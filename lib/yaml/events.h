// libyaml's event parser behind the project's guards, one event at a time.
//
// libyaml is about ten times faster than yaml-cpp (doc/method.md#performance-targets). Answers
// files are read straight from these events into the answers model (no
// tree), and every other YAML input goes through here as a tree (node.h)
// before yaml-cpp sees it. The reader bounds nesting depth and node count,
// rejects aliases (no format of ours uses them, and they make alias bombs),
// keys that are not plain text, duplicate keys and control characters, and
// reports each with its position.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.h"

namespace medtime::yaml {

struct Limits {
  int max_depth = 64;
  size_t max_nodes = 500000;
};

struct Node;

struct Event {
  enum class Type : unsigned char {
    scalar,
    sequence_start,
    sequence_end,
    mapping_start,
    mapping_end,
    document_end,
  };

  Type type = Type::document_end;
  bool plain = false; // an unquoted scalar: may be a number, a boolean, null
  SourcePos pos;
  std::string_view text; // the scalar's value; valid until the next event

  bool is_start() const { return type == Type::sequence_start || type == Type::mapping_start; }
  bool is_end() const { return type == Type::sequence_end || type == Type::mapping_end; }
};

class EventReader {
public:
  // Reads `text`, which must outlive the reader, checked to be UTF-8 by the
  // caller. `file` names it in errors; positions start at line `first_line`
  // (a document cut out of a longer stream).
  EventReader(std::string_view text, std::string file, Limits limits = {},
              std::int64_t first_line = 1);
  ~EventReader();
  EventReader(const EventReader&) = delete;
  EventReader& operator=(const EventReader&) = delete;

  // Starts the next document; false at the end of the text. Its events
  // follow, then `document_end`.
  bool next_document();
  // Line where the current document starts.
  std::int64_t document_line() const { return m_document_line; }

  // The next event of the current document. Throws `Error` with the
  // position of malformed YAML, an alias, a duplicate key (when its mapping
  // ends), a key that is not plain text, a control character, or nesting or
  // size beyond the limits.
  const Event& next();

  // Reads the node that `first` (the event just returned) starts into
  // `node`, reusing its buffers and those of its children.
  void read_node(const Event& first, Node& node);
  // Skips the node that `first` starts.
  void skip(const Event& first);

  const std::string& file() const { return m_file; }
  [[noreturn]] void fail(SourcePos pos, Message message) const;

private:
  struct Open {
    bool mapping = false;
    std::uint32_t children = 0;  // events directly inside so far (keys and values)
    std::uint32_t first_key = 0; // index of its first key in m_keys
  };
  struct Key {
    std::uint32_t offset = 0; // in m_key_text
    std::uint32_t size = 0;
    std::uint32_t hash = 0; // key_hash() of the text
    SourcePos pos;
    std::string_view text(const std::string& all) const { return {all.data() + offset, size}; }
  };

  struct Parser; // libyaml's parser and its current event

  void parse_event();
  void check_controls(std::string_view text, SourcePos pos) const;
  void check_duplicates(std::uint32_t first_key) const;
  [[noreturn]] void report_duplicate(const Key& key, const Key& first) const;

  std::unique_ptr<Parser> m_parser;
  Event m_event;
  std::string m_file;
  std::string_view m_text;
  Limits m_limits;
  std::int64_t m_line_offset = 0;
  std::int64_t m_document_line = 0;
  bool m_started = false;
  bool m_finished = false;
  size_t m_nodes = 0;
  std::vector<Open> m_open;
  std::vector<Key> m_keys;
  std::string m_key_text;
};

} // namespace medtime::yaml
