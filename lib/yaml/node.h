// A small YAML tree with positions, built from libyaml's event parser.
//
// libyaml is about ten times faster than yaml-cpp (PRODUCT.md §10), so
// answers files are read through here. The reader also guards every YAML
// input of the project before yaml-cpp sees it: it bounds nesting depth and
// node count, rejects aliases (no format of ours uses them, and they make
// alias bombs) and duplicate keys, and reports each with its position.
#pragma once

#include <cstdio>
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

struct Node {
  enum class Kind : unsigned char { null, scalar, sequence, mapping };

  Kind kind = Kind::null;
  bool plain = false; // an unquoted scalar: may be a number, a boolean, null
  SourcePos pos;
  std::string text; // scalar value
  // Sequence items, or mapping entries as key, value, key, value...
  std::vector<Node> children;

  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_mapping() const { return kind == Kind::mapping; }
  bool is_sequence() const { return kind == Kind::sequence; }
  // A plain `~`, `null`, empty value: YAML's null.
  bool is_null() const;
  size_t entry_count() const { return kind == Kind::mapping ? children.size() / 2 : 0; }
  const Node& key(size_t i) const { return children[2 * i]; }
  const Node& value(size_t i) const { return children[2 * i + 1]; }
  // The value for scalar key `name` in a mapping, or null.
  const Node* find(std::string_view name) const;
  // "a mapping", "a list", "text "x"", for messages.
  std::string describe() const;
};

// Reads the YAML documents of one text or stream, one at a time.
class Reader {
public:
  // Reads from `text`, which must outlive the reader. `file` names it in errors.
  Reader(std::string_view text, std::string file, Limits limits = {});
  // Reads from an open stream (for `-`), which must outlive the reader.
  Reader(std::FILE* stream, std::string file, Limits limits = {});
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  // Reads the next document into `root`; false at the end of the stream.
  // Throws `Error` with the position of malformed YAML, an alias, a duplicate
  // key, a non-scalar key, or nesting or size beyond the limits.
  bool next(Node& root);
  // Line where the last document read starts.
  int document_line() const { return m_document_line; }

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
  int m_document_line = 0;
};

// Parses `text` as exactly one YAML document (an empty text gives a null
// root). Checks UTF-8 first. Throws `Error` as `Reader::next` does, and when
// the text holds several documents.
Node parse(std::string_view text, const std::string& file, Limits limits = {});

} // namespace medtime::yaml
