// A small YAML tree with positions, built from libyaml's events (events.h)
// with the same guards. Every YAML input of the project goes through here
// (or through the events directly, for answers files) before yaml-cpp sees it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.h"
#include "yaml/events.h"

namespace medtime::yaml {

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

// Fills the children of a node reused from an earlier use (a reader's
// scratch tree, a CSV row's answer): the old children are overwritten in
// place, so their strings and lists keep their capacity, and `finish` cuts
// off those left over.
class ChildWriter {
public:
  explicit ChildWriter(Node& node) : m_node(node) {}

  Node& add() {
    if (m_used == m_node.children.size()) {
      m_node.children.emplace_back();
    }
    return m_node.children[m_used++];
  }
  size_t size() const { return m_used; }
  Node& operator[](size_t i) { return m_node.children[i]; }
  void finish() { m_node.children.resize(m_used); }

private:
  Node& m_node;
  size_t m_used = 0;
};

// Parses `text` as exactly one YAML document (an empty text gives a null
// root). Checks UTF-8 first. Throws `Error` as `EventReader::next` does, and
// when the text holds several documents.
Node parse(std::string_view text, const std::string& file, Limits limits = {});

} // namespace medtime::yaml
