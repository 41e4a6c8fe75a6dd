#include "yaml/node.h"

#include <yaml.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <optional>
#include <fmt/format.h>

#include "util/utf8.h"

namespace medtime::yaml {

bool Node::is_null() const {
  if (kind == Kind::null) {
    return true;
  }
  return kind == Kind::scalar && plain &&
         (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL");
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
    return "nothing";
  case Kind::scalar:
    return is_null() ? "nothing" : "text " + quote(text);
  case Kind::sequence:
    return "a list";
  case Kind::mapping:
    return "a mapping";
  }
  return "?";
}

namespace {

SourcePos position(const yaml_mark_t& mark) {
  return {static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
}

struct EventGuard {
  yaml_event_t event{};
  ~EventGuard() { yaml_event_delete(&event); }
};

} // namespace

namespace {

// The position of byte `offset` of `text`, counting characters as check_utf8 does.
SourcePos position_at(std::string_view text, size_t offset) {
  SourcePos pos{1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++pos.column;
    }
  }
  return pos;
}

} // namespace

struct Reader::Impl {
  yaml_parser_t parser{};
  std::string file;
  std::optional<std::string_view> text; // the input, when it is not a stream
  Limits limits;
  bool stream_started = false;
  bool finished = false;

  Impl(std::string name, Limits l) : file(std::move(name)), limits(l) {
    if (yaml_parser_initialize(&parser) == 0) {
      throw Error(file, {}, "out of memory initialising the YAML parser");
    }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  }
  ~Impl() { yaml_parser_delete(&parser); }

  [[noreturn]] void fail(SourcePos pos, std::string message) const {
    throw Error(file, pos, std::move(message));
  }

  // True when the character at `pos` of `text` is a tab (libyaml says
  // "found character that cannot start any token", which helps nobody).
  static bool tab_at(std::string_view text, SourcePos pos) {
    size_t line = 1, i = 0;
    while (i < text.size() && line < static_cast<size_t>(pos.line)) {
      line += text[i++] == '\n' ? 1 : 0;
    }
    size_t at = i + static_cast<size_t>(pos.column > 0 ? pos.column - 1 : 0);
    return at < text.size() && text[at] == '\t';
  }

  void parse_event(yaml_event_t& event) {
    if (yaml_parser_parse(&parser, &event) == 0) {
      SourcePos pos = position(parser.problem_mark);
      std::string problem = parser.problem != nullptr ? parser.problem : "syntax error";
      if (parser.error == YAML_READER_ERROR) {
        // Reader errors (bad bytes, control characters) have a byte offset only.
        if (!text) {
          fail({}, fmt::format("invalid YAML: {} at byte {}", problem, parser.problem_offset));
        }
        fail(position_at(*text, parser.problem_offset), "invalid YAML: " + problem);
      }
      if (parser.context != nullptr) {
        problem = fmt::format("{} {}", parser.context, problem);
      }
      if (text && tab_at(*text, pos)) {
        fail(pos, "invalid YAML: a tab character; indent with spaces");
      }
      fail(pos, "invalid YAML: " + problem);
    }
  }

  // Escapes such as "\e[31m" in a quoted scalar give control characters
  // that would drive a terminal when printed: no medtime text needs them.
  void check_controls(const Node& node) const {
    // Bytes that may start a control character: C0 (but tab, LF, CR), DEL,
    // and 0xC2, the lead byte of the C1 range. A table keeps the common
    // case (none of them) to one load per byte: this runs on every scalar.
    static constexpr auto k_suspect = [] {
      std::array<bool, 256> table{};
      for (int c = 0; c < 0x20; ++c) {
        table[static_cast<size_t>(c)] = c != '\t' && c != '\n' && c != '\r';
      }
      table[0x7f] = true;
      table[0xC2] = true;
      return table;
    }();
    const std::string& t = node.text;
    for (size_t i = 0; i < t.size(); ++i) {
      auto c = static_cast<unsigned char>(t[i]);
      if (!k_suspect[c]) {
        continue;
      }
      // C1 controls (CSI U+009B opens escape sequences too); NEL U+0085 is a
      // YAML line break and harmless.
      unsigned next = i + 1 < t.size() ? static_cast<unsigned char>(t[i + 1]) : 0;
      bool c1 = c == 0xC2 && next >= 0x80 && next <= 0x9F && next != 0x85;
      if (c != 0xC2 || c1) {
        unsigned code = c1 ? next : c;
        fail(node.pos, fmt::format("control character U+{:04X} in text {}; remove it", code,
                                   quote(t)));
      }
    }
  }

  void check_duplicates(const Node& mapping) const {
    size_t n = mapping.entry_count();
    if (n <= 16) {
      for (size_t i = 1; i < n; ++i) {
        for (size_t j = 0; j < i; ++j) {
          if (mapping.key(i).text == mapping.key(j).text) {
            report_duplicate(mapping.key(i), mapping.key(j));
          }
        }
      }
      return;
    }
    // Sort key indices (no allocation up to 256 keys), ties in file order.
    std::array<std::uint32_t, 256> small;
    std::vector<std::uint32_t> large;
    std::uint32_t* order = small.data();
    if (n > small.size()) {
      large.resize(n);
      order = large.data();
    }
    for (size_t i = 0; i < n; ++i) {
      order[i] = static_cast<std::uint32_t>(i);
    }
    std::sort(order, order + n, [&](std::uint32_t a, std::uint32_t b) {
      int c = mapping.key(a).text.compare(mapping.key(b).text);
      return c < 0 || (c == 0 && a < b);
    });
    for (size_t i = 1; i < n; ++i) {
      if (mapping.key(order[i]).text == mapping.key(order[i - 1]).text) {
        report_duplicate(mapping.key(order[i]), mapping.key(order[i - 1]));
      }
    }
  }

  [[noreturn]] void report_duplicate(const Node& key, const Node& first) const {
    fail(key.pos, fmt::format("duplicate key {} (first at line {})", quote(key.text),
                              first.pos.line));
  }

  // Reads one document's events into `root`. Returns false at stream end.
  bool read_document(Node& root, int& document_line) {
    if (finished) {
      return false;
    }
    EventGuard e;
    if (!stream_started) {
      parse_event(e.event);
      stream_started = true; // YAML_STREAM_START_EVENT
      yaml_event_delete(&e.event);
      e.event = {};
    }
    parse_event(e.event);
    if (e.event.type == YAML_STREAM_END_EVENT) {
      finished = true;
      return false;
    }
    document_line = position(e.event.start_mark).line;
    root = Node{};
    // Children are gathered in one scratch list and moved into their parent,
    // sized exactly, when it closes: no reallocation while a mapping grows.
    // Both lists keep their capacity from one document to the next.
    thread_local std::vector<Node> scratch;
    thread_local std::vector<std::pair<Node, size_t>> stack; // open node, its first child in scratch
    scratch.clear();
    stack.clear();
    size_t nodes = 0;
    bool have_root = false;
    auto place = [&](Node&& node) {
      if (stack.empty()) {
        root = std::move(node);
      } else {
        scratch.push_back(std::move(node));
      }
    };
    for (;;) {
      yaml_event_delete(&e.event);
      e.event = {};
      parse_event(e.event);
      const yaml_event_t& ev = e.event;
      SourcePos pos = position(ev.start_mark);
      if (ev.type == YAML_DOCUMENT_END_EVENT) {
        return true;
      }
      if (ev.type == YAML_ALIAS_EVENT) {
        fail(pos, "aliases (*name) are not allowed in this file");
      }
      if (ev.type == YAML_SEQUENCE_END_EVENT || ev.type == YAML_MAPPING_END_EVENT) {
        Node node = std::move(stack.back().first);
        size_t first = stack.back().second;
        stack.pop_back();
        node.children.assign(std::make_move_iterator(scratch.begin() + static_cast<std::ptrdiff_t>(first)),
                             std::make_move_iterator(scratch.end()));
        scratch.resize(first);
        if (node.kind == Node::Kind::mapping) {
          check_duplicates(node);
        }
        place(std::move(node));
        continue;
      }
      if (++nodes > limits.max_nodes) {
        fail(pos, fmt::format("too many YAML nodes (limit {})", limits.max_nodes));
      }
      if (stack.empty()) {
        if (have_root) {
          fail(pos, "unexpected second root node");
        }
        have_root = true;
      } else {
        const auto& [parent, first] = stack.back();
        if (parent.kind == Node::Kind::mapping && (scratch.size() - first) % 2 == 0 &&
            ev.type != YAML_SCALAR_EVENT) {
          fail(pos, "keys must be plain text, not a list or a mapping");
        }
      }
      Node node;
      node.pos = pos;
      switch (ev.type) {
      case YAML_SCALAR_EVENT:
        node.kind = Node::Kind::scalar;
        node.plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        node.text = std::string(reinterpret_cast<const char*>(ev.data.scalar.value),
                                ev.data.scalar.length);
        check_controls(node);
        place(std::move(node));
        break;
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT:
        node.kind = ev.type == YAML_SEQUENCE_START_EVENT ? Node::Kind::sequence
                                                         : Node::Kind::mapping;
        if (static_cast<int>(stack.size()) >= limits.max_depth) {
          fail(pos, fmt::format("nesting deeper than {} levels", limits.max_depth));
        }
        stack.emplace_back(std::move(node), scratch.size());
        break;
      default:
        fail(pos, "unexpected YAML event");
      }
    }
  }
};

Reader::Reader(std::string_view text, std::string file, Limits limits)
    : m_impl(std::make_unique<Impl>(std::move(file), limits)) {
  m_impl->text = text;
  yaml_parser_set_input_string(&m_impl->parser,
                               reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

Reader::Reader(std::FILE* stream, std::string file, Limits limits)
    : m_impl(std::make_unique<Impl>(std::move(file), limits)) {
  yaml_parser_set_input_file(&m_impl->parser, stream);
}

Reader::~Reader() = default;

bool Reader::next(Node& root) {
  return m_impl->read_document(root, m_document_line);
}

Node parse(std::string_view text, const std::string& file, Limits limits) {
  if (auto problem = check_utf8(text)) {
    throw Error(file, problem->first, problem->second);
  }
  text = skip_bom(text);
  Reader reader(text, file, limits);
  Node root;
  if (!reader.next(root)) {
    return root;
  }
  Node extra;
  if (reader.next(extra)) {
    throw Error(file, {reader.document_line(), 1},
                "several YAML documents in one file; expected one");
  }
  return root;
}

} // namespace medtime::yaml
