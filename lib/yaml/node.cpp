#include "yaml/node.h"

#include <fmt/format.h>

#include "util/utf8.h"

namespace medtime::yaml {

bool Node::is_null() const {
  if (kind == Kind::null) {
    return true;
  }
  // string_view comparisons check the length first: no memcmp call for
  // most texts (this runs for every answer).
  std::string_view t = text;
  return kind == Kind::scalar && plain &&
         (t.empty() || t == "~" || t == "null" || t == "Null" || t == "NULL");
}

const Node* Node::find(std::string_view name) const {
  for (size_t i = 0; i < entry_count(); ++i) {
    if (key(i).text == name) {
      return &value(i);
    }
  }
  return nullptr;
}

std::string Node::describe() const {
  switch (kind) {
  case Kind::null:
    return tr_message("une valeur vide", "nothing");
  case Kind::scalar:
    return is_null() ? tr_message("une valeur vide", "nothing")
                     : tr_message("le texte ", "text ") + quote(text);
  case Kind::sequence:
    return tr_message("une liste", "a list");
  case Kind::mapping:
    return tr_message("un dictionnaire", "a mapping");
  }
  return "?";
}

Node parse(std::string_view text, const std::string& file, Limits limits) {
  if (auto problem = check_utf8(text)) {
    throw Error(file, problem->first, problem->second);
  }
  text = skip_bom(text);
  EventReader events(text, file, limits);
  Node root;
  if (!events.next_document()) {
    return root;
  }
  events.read_node(events.next(), root);
  events.next(); // the end of the document
  if (events.next_document()) {
    throw Error(file, {events.document_line(), 1}, message("E074"));
  }
  return root;
}

} // namespace medtime::yaml
