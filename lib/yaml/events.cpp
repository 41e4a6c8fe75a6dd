#include "yaml/events.h"

#include <yaml.h>

#include <algorithm>
#include <fmt/format.h>

#include "util/utf8.h"
#include "yaml/node.h"

namespace medtime::yaml {

struct EventReader::Parser {
  yaml_parser_t parser{};
  yaml_event_t event{};
  bool has_event = false;

  ~Parser() {
    release();
    yaml_parser_delete(&parser);
  }
  void release() {
    if (has_event) {
      yaml_event_delete(&event);
      has_event = false;
    }
  }
};

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

// True when the character at `pos` (line and column within `text`) is a tab:
// libyaml says "found character that cannot start any token", which helps nobody.
bool tab_at(std::string_view text, SourcePos pos) {
  size_t line = 1, i = 0;
  while (i < text.size() && line < static_cast<size_t>(pos.line)) {
    line += text[i++] == '\n' ? 1 : 0;
  }
  size_t at = i + static_cast<size_t>(pos.column > 0 ? pos.column - 1 : 0);
  return at < text.size() && text[at] == '\t';
}

// A fingerprint that tells most different keys apart in one comparison:
// their length and three of their bytes (no loop over the text).
std::uint32_t key_hash(std::string_view text) {
  if (text.empty()) {
    return 0;
  }
  auto byte = [&](size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i])); };
  return static_cast<std::uint32_t>(text.size() & 0xff) | byte(0) << 8 | byte(text.size() / 2) << 16 |
         byte(text.size() - 1) << 24;
}

} // namespace

EventReader::EventReader(std::string_view text, std::string file, Limits limits,
                         std::int64_t first_line)
    : m_parser(std::make_unique<Parser>()), m_file(std::move(file)), m_text(text),
      m_limits(limits), m_line_offset(first_line - 1) {
  if (yaml_parser_initialize(&m_parser->parser) == 0) {
    throw Error(m_file, {}, message("E062"));
  }
  yaml_parser_set_encoding(&m_parser->parser, YAML_UTF8_ENCODING);
  // Room for a typical answers file, so that reading one allocates here once.
  m_open.reserve(16);
  m_keys.reserve(128);
  m_key_text.reserve(2048);
  yaml_parser_set_input_string(&m_parser->parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
}

EventReader::~EventReader() = default;

void EventReader::fail(SourcePos pos, Message message) const {
  throw Error(m_file, pos, std::move(message));
}

void EventReader::parse_event() {
  m_parser->release();
  yaml_parser_t& parser = m_parser->parser;
  if (yaml_parser_parse(&parser, &m_parser->event) == 0) {
    SourcePos pos{static_cast<int>(parser.problem_mark.line) + 1,
                  static_cast<int>(parser.problem_mark.column) + 1};
    std::string problem = parser.problem != nullptr ? parser.problem : "syntax error";
    if (parser.error == YAML_READER_ERROR) {
      // Reader errors (bad bytes, control characters) have a byte offset only.
      pos = position_at(m_text, parser.problem_offset);
      fail({pos.line + m_line_offset, pos.column}, message("E063", problem));
    }
    if (parser.context != nullptr) {
      problem = fmt::format("{} {}", parser.context, problem);
    }
    bool tab = tab_at(m_text, pos);
    pos.line += m_line_offset;
    if (tab) {
      fail(pos, message("E064"));
    }
    fail(pos, message("E063", problem));
  }
  m_parser->has_event = true;
}

// Escapes such as "\e[31m" in a quoted scalar give control characters that
// would drive a terminal when printed: no medtime text needs them.
void EventReader::check_controls(std::string_view text, SourcePos pos) const {
  if (auto code = find_control(text)) {
    fail(pos, message("E065", fmt::format("{:04X}", *code), quote(text)));
  }
}

void EventReader::check_duplicates(std::uint32_t first_key) const {
  size_t n = m_keys.size() - first_key;
  const Key* keys = m_keys.data() + first_key;
  auto same = [&](size_t i, size_t j) {
    return keys[i].hash == keys[j].hash && keys[i].text(m_key_text) == keys[j].text(m_key_text);
  };
  if (n <= 64) {
    // Pairs compared by fingerprint first: a few hundred integer comparisons at most.
    for (size_t i = 1; i < n; ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (same(i, j)) {
          report_duplicate(keys[i], keys[j]);
        }
      }
    }
    return;
  }
  // Sort key indices by fingerprint then text, ties in file order.
  std::vector<std::uint32_t> order(n);
  for (size_t i = 0; i < n; ++i) {
    order[i] = static_cast<std::uint32_t>(i);
  }
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (keys[a].hash != keys[b].hash) {
      return keys[a].hash < keys[b].hash;
    }
    int c = keys[a].text(m_key_text).compare(keys[b].text(m_key_text));
    return c < 0 || (c == 0 && a < b);
  });
  // Equal keys sit together, in file order: report the second copy that
  // comes first in the file, as the pairwise search does.
  const Key* found = nullptr;
  const Key* first = nullptr;
  for (size_t i = 1; i < n; ++i) {
    bool second = same(order[i], order[i - 1]) && (i == 1 || !same(order[i - 1], order[i - 2]));
    if (second && (found == nullptr || &keys[order[i]] < found)) {
      found = &keys[order[i]];
      first = &keys[order[i - 1]];
    }
  }
  if (found != nullptr) {
    report_duplicate(*found, *first);
  }
}

void EventReader::report_duplicate(const Key& key, const Key& first) const {
  fail(key.pos, message("E066", quote(key.text(m_key_text)), first.pos.line));
}

bool EventReader::next_document() {
  if (m_finished) {
    return false;
  }
  if (!m_started) {
    parse_event(); // YAML_STREAM_START_EVENT
    m_started = true;
  }
  // Skip what is left of the current document, if its reader stopped early.
  while (m_parser->has_event && m_parser->event.type != YAML_DOCUMENT_END_EVENT &&
         m_parser->event.type != YAML_STREAM_START_EVENT) {
    next();
  }
  parse_event();
  const yaml_event_t& event = m_parser->event;
  if (event.type == YAML_STREAM_END_EVENT) {
    m_finished = true;
    return false;
  }
  m_document_line = static_cast<std::int64_t>(event.start_mark.line) + 1 + m_line_offset;
  m_nodes = 0;
  m_open.clear();
  m_keys.clear();
  m_key_text.clear();
  return true;
}

const Event& EventReader::next() {
  parse_event();
  const yaml_event_t& ev = m_parser->event;
  Event& e = m_event;
  e.pos = {static_cast<std::int64_t>(ev.start_mark.line) + 1 + m_line_offset,
           static_cast<int>(ev.start_mark.column) + 1};
  e.plain = false;
  e.text = {};
  switch (ev.type) {
  case YAML_DOCUMENT_END_EVENT:
    e.type = Event::Type::document_end;
    return e;
  case YAML_ALIAS_EVENT:
    fail(e.pos, message("E067"));
  case YAML_SEQUENCE_END_EVENT:
  case YAML_MAPPING_END_EVENT: {
    Open open = m_open.back();
    m_open.pop_back();
    if (open.mapping) {
      check_duplicates(open.first_key);
      if (open.first_key < m_keys.size()) {
        m_key_text.resize(m_keys[open.first_key].offset);
        m_keys.resize(open.first_key);
      }
    }
    e.type = open.mapping ? Event::Type::mapping_end : Event::Type::sequence_end;
    return e;
  }
  default:
    break;
  }
  if (++m_nodes > m_limits.max_nodes) {
    fail(e.pos, message("E068", m_limits.max_nodes));
  }
  bool key = false;
  if (!m_open.empty()) {
    Open& parent = m_open.back();
    key = parent.mapping && parent.children % 2 == 0;
    ++parent.children;
    if (key && ev.type != YAML_SCALAR_EVENT) {
      fail(e.pos, message("E069"));
    }
  }
  switch (ev.type) {
  case YAML_SCALAR_EVENT:
    e.type = Event::Type::scalar;
    e.plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    e.text = {reinterpret_cast<const char*>(ev.data.scalar.value), ev.data.scalar.length};
    if (ev.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE) {
      // libyaml rejects control characters in the text itself: only the
      // escapes of a double-quoted scalar can make them.
      check_controls(e.text, e.pos);
    }
    if (key) {
      m_keys.push_back({static_cast<std::uint32_t>(m_key_text.size()),
                        static_cast<std::uint32_t>(e.text.size()), key_hash(e.text), e.pos});
      m_key_text.append(e.text);
    }
    return e;
  case YAML_SEQUENCE_START_EVENT:
  case YAML_MAPPING_START_EVENT: {
    if (static_cast<int>(m_open.size()) >= m_limits.max_depth) {
      fail(e.pos, message("E070", m_limits.max_depth));
    }
    bool mapping = ev.type == YAML_MAPPING_START_EVENT;
    m_open.push_back({mapping, 0, static_cast<std::uint32_t>(m_keys.size())});
    e.type = mapping ? Event::Type::mapping_start : Event::Type::sequence_start;
    return e;
  }
  default:
    fail(e.pos, message("E071"));
  }
}

void EventReader::read_node(const Event& first, Node& node) {
  // `first` is m_event, which next() overwrites: read it before going on.
  node.pos = first.pos;
  if (first.type == Event::Type::scalar) {
    node.kind = Node::Kind::scalar;
    node.plain = first.plain;
    node.text.assign(first.text);
    node.children.clear();
    return;
  }
  if (!first.is_start()) {
    fail(first.pos, message("E072"));
  }
  node.kind = first.type == Event::Type::mapping_start ? Node::Kind::mapping : Node::Kind::sequence;
  node.plain = false;
  node.text.clear();
  // A tree reused for every answer stops allocating once warm. The depth
  // guard of next() bounds the recursion.
  ChildWriter children(node);
  for (;;) {
    const Event& e = next();
    if (e.is_end()) {
      break;
    }
    if (e.type == Event::Type::document_end) {
      fail(e.pos, message("E073"));
    }
    read_node(e, children.add());
  }
  children.finish();
}

void EventReader::skip(const Event& first) {
  if (!first.is_start()) {
    return;
  }
  for (int depth = 1; depth > 0;) {
    const Event& e = next();
    depth += e.is_start() ? 1 : e.is_end() ? -1 : 0;
  }
}

} // namespace medtime::yaml
