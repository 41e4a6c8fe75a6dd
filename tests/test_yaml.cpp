#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "helpers.h"
#include "yaml/events.h"
#include "yaml/node.h"
#include "yaml/stream.h"
#include "yaml/yaml_cpp.h"

using namespace medtime;
using medtime::yaml::Node;

namespace {

// The error `yaml::parse` throws for `text` (named "f.yaml"), or "ok".
std::string parse_error(std::string_view text, yaml::Limits limits = {}) {
  try {
    yaml::parse(text, "f.yaml", limits);
    return "ok";
  } catch (const Error& e) {
    return e.what();
  }
}

std::string pos_text(SourcePos pos) {
  return std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

// `levels` nested flow sequences: "[[[...]]]".
std::string nested(size_t levels) {
  return std::string(levels, '[') + std::string(levels, ']');
}

} // namespace

TEST_SUITE("yaml") {

TEST_CASE("medtime::yaml::parse") {
  SUBCASE("empty text is a null root") {
    CHECK(yaml::parse("", "f.yaml").kind == Node::Kind::null);
    CHECK(yaml::parse("# only a comment\n", "f.yaml").is_null());
    CHECK(yaml::parse("---\n", "f.yaml").is_null());
  }
  SUBCASE("a document that is just a scalar") {
    Node root = yaml::parse("hello", "f.yaml");
    CHECK(root.is_scalar());
    CHECK(root.plain);
    CHECK(root.text == "hello");
    CHECK(pos_text(root.pos) == "1:1");
    CHECK_FALSE(root.is_null());
  }
  SUBCASE("null and quoted null") {
    CHECK(yaml::parse("~", "f.yaml").is_null());
    CHECK(yaml::parse("null", "f.yaml").is_null());
    CHECK_FALSE(yaml::parse("'null'", "f.yaml").is_null());
    CHECK_FALSE(yaml::parse("\"\"", "f.yaml").is_null());
  }
  SUBCASE("positions are 1-based") {
    Node root = yaml::parse("a: 1\nb:\n  - x\n  - 'y'\n", "f.yaml");
    REQUIRE(root.is_mapping());
    REQUIRE(root.entry_count() == 2);
    CHECK(pos_text(root.key(0).pos) == "1:1");
    CHECK(pos_text(root.value(0).pos) == "1:4");
    const Node* b = root.find("b");
    REQUIRE(b != nullptr);
    REQUIRE(b->is_sequence());
    CHECK(pos_text(b->pos) == "3:3");
    CHECK(pos_text(b->children[0].pos) == "3:5");
    CHECK(b->children[1].text == "y");
    CHECK_FALSE(b->children[1].plain);
    CHECK(pos_text(b->children[1].pos) == "4:5");
    CHECK(root.find("zz") == nullptr);
  }
  SUBCASE("byte order mark") {
    Node root = yaml::parse("\xEF\xBB\xBF" "a: 1\n", "f.yaml");
    CHECK(root.find("a") != nullptr);
    CHECK(parse_error("\xEF\xBB\xBF" "a: 1\na: 2\n") == "f.yaml:2:1: error E066: duplicate key \"a\" (first at line 1)");
  }
  SUBCASE("several documents") {
    CHECK(parse_error("a: 1\n---\nb: 2\n") ==
          "f.yaml:2:1: error E074: several YAML documents in one file; expected one");
    CHECK(parse_error("---\na: 1\n...\n") == "ok");
  }
  SUBCASE("malformed yaml") {
    CHECK(parse_error("a: b: c\n") ==
          "f.yaml:1:5: error E063: invalid YAML: mapping values are not allowed in this context");
    CHECK(parse_error("a: [1, 2\nb: 3\n") ==
          "f.yaml:2:2: error E063: invalid YAML: while parsing a flow sequence did not find expected ',' or ']'");
    CHECK(parse_error("a:\n\t- b\n") == "f.yaml:2:1: error E064: invalid YAML: a tab character; indent with spaces");
    CHECK(parse_error("a: @b\n") ==
          "f.yaml:1:4: error E063: invalid YAML: while scanning for the next token found character that "
          "cannot start any token");
    CHECK(parse_error("a: \"open\n") ==
          "f.yaml:2:1: error E063: invalid YAML: while scanning a quoted scalar found unexpected end of stream");
  }
  SUBCASE("invalid utf-8 is reported before parsing") {
    CHECK(parse_error("a: caf\xE9\n") == "f.yaml:1:7: error E095: invalid UTF-8 byte 0xE9; save the file as UTF-8");
    CHECK(parse_error(std::string_view("\xFF\xFE" "a\0", 4)) ==
          "f.yaml:1:1: error E093: file is UTF-16 encoded; save it as UTF-8");
    CHECK(parse_error(std::string_view("a: x\0y\n", 7)) ==
          "f.yaml:1:5: error E094: NUL byte in text; the file is not UTF-8 text");
  }
  SUBCASE("control characters are reported where they are") {
    // libyaml's reader errors carry a byte offset, not a line and column.
    CHECK(parse_error("a: 1\nb: x\x01y\n") == "f.yaml:2:5: error E063: invalid YAML: control characters are not allowed");
    CHECK(parse_error("a: 1\nb: é\x7f\n") == "f.yaml:2:5: error E063: invalid YAML: control characters are not allowed");
  }
  SUBCASE("control characters from escapes are rejected") {
    // "\e" in a double-quoted scalar is ESC: printed raw, it would drive the terminal.
    CHECK(parse_error("id: \"dr\\e[31mX\"\n") ==
          "f.yaml:1:5: error E065: control character U+001B in text \"dr\\x1b[31mX\"; remove it");
    CHECK(parse_error("id: \"a\\x9b" "b\"\n") ==
          "f.yaml:1:5: error E065: control character U+009B in text \"a\xC2\x9B" "b\"; remove it");
    CHECK(parse_error("text: \"a\\tb\\nc\"\n") == "ok");
  }
  SUBCASE("a tab used for indentation") {
    CHECK(parse_error("a:\n\tb: 1\n") == "f.yaml:2:1: error E064: invalid YAML: a tab character; indent with spaces");
  }
  SUBCASE("duplicate keys") {
    CHECK(parse_error("a: 1\nb: 2\na: 3\n") == "f.yaml:3:1: error E066: duplicate key \"a\" (first at line 1)");
    CHECK(parse_error("{a: 1, a: 2}") == "f.yaml:1:8: error E066: duplicate key \"a\" (first at line 1)");
    CHECK(parse_error("x:\n  a: 1\n  'a': 2\n") == "f.yaml:3:3: error E066: duplicate key \"a\" (first at line 2)");
  }
  SUBCASE("duplicate keys in a large mapping") {
    // Above 64 keys the check sorts the keys instead of comparing every pair;
    // it reports the same duplicate: the first second copy in the file.
    std::string text;
    for (int i = 0; i < 100; ++i) {
      text += "k" + std::to_string(i) + ": 1\n";
    }
    CHECK(parse_error(text) == "ok");
    std::string twice = text + "k70: 2\nk5: 2\nk5: 3\n"; // lines 101 to 103
    CHECK(parse_error(twice) == "f.yaml:101:1: error E066: duplicate key \"k70\" (first at line 71)");
    CHECK(parse_error(text + "k5: 2\nk5: 3\n") == "f.yaml:101:1: error E066: duplicate key \"k5\" (first at line 6)");
  }
  SUBCASE("aliases are rejected") {
    CHECK(parse_error("a: &x 1\n") == "ok"); // an anchor alone is harmless
    CHECK(parse_error("a: &x 1\nb: *x\n") == "f.yaml:2:4: error E067: aliases (*name) are not allowed in this file");
    CHECK(parse_error("a: &a [1, *a]\n") == "f.yaml:1:11: error E067: aliases (*name) are not allowed in this file");
  }
  SUBCASE("alias bomb") {
    // The "billion laughs" shape: nine levels of nine aliases each.
    std::string text = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= 9; ++i) {
      std::string prev = "*l" + std::to_string(i - 1);
      text += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
      for (int j = 0; j < 9; ++j) {
        text += (j == 0 ? "" : ", ") + prev;
      }
      text += "]\n";
    }
    CHECK(parse_error(text) == "f.yaml:2:10: error E067: aliases (*name) are not allowed in this file");
  }
  SUBCASE("keys must be scalars") {
    CHECK(parse_error("? [a, b]\n: 1\n") ==
          "f.yaml:1:3: error E069: keys must be plain text, not a list or a mapping");
    CHECK(parse_error("{{a: 1}: 2}") == "f.yaml:1:2: error E069: keys must be plain text, not a list or a mapping");
  }
  SUBCASE("depth bound") {
    CHECK(parse_error(nested(64)) == "ok");
    CHECK(parse_error(nested(65)) == "f.yaml:1:65: error E070: nesting deeper than 64 levels");
    // 100,000 levels stop at the bound, long before the end of the text.
    CHECK(parse_error(std::string(100000, '[')) == "f.yaml:1:65: error E070: nesting deeper than 64 levels");
    std::string maps;
    for (int i = 0; i < 100000; ++i) {
      maps += "{a: ";
    }
    CHECK(parse_error(maps) == "f.yaml:1:257: error E070: nesting deeper than 64 levels");
  }
  SUBCASE("custom limits") {
    CHECK(parse_error("a: {b: {c: 1}}", {3, 100}) == "ok");
    CHECK(parse_error("a: {b: {c: {d: 1}}}", {3, 100}) == "f.yaml:1:12: error E070: nesting deeper than 3 levels");
    CHECK(parse_error("[1, 2, 3, 4]", {64, 5}) == "ok");
    CHECK(parse_error("[1, 2, 3, 4, 5]", {64, 5}) == "f.yaml:1:14: error E068: too many YAML nodes (limit 5)");
  }
}

TEST_CASE("medtime::yaml::EventReader") {
  using yaml::Event;
  SUBCASE("documents one at a time, events with positions") {
    yaml::EventReader events("a: 1\n---\nb: [x, 'y']\n", "s.yaml");
    REQUIRE(events.next_document());
    CHECK(events.document_line() == 1);
    CHECK(events.next().type == Event::Type::mapping_start);
    const Event& key = events.next();
    CHECK(key.type == Event::Type::scalar);
    CHECK(key.text == "a");
    CHECK(key.plain);
    CHECK(key.pos.line == 1);
    CHECK(key.pos.column == 1);
    // The rest of a document is skipped when the next one is asked for.
    REQUIRE(events.next_document());
    CHECK(events.document_line() == 2);
    CHECK(events.next().type == Event::Type::mapping_start);
    CHECK(events.next().text == "b");
    Node list;
    events.read_node(events.next(), list);
    REQUIRE(list.is_sequence());
    CHECK(list.children.size() == 2);
    CHECK(list.children[1].text == "y");
    CHECK_FALSE(list.children[1].plain);
    CHECK(list.children[1].pos.line == 3);
    CHECK(list.children[1].pos.column == 8);
    CHECK(events.next().type == Event::Type::mapping_end);
    CHECK(events.next().type == Event::Type::document_end);
    CHECK_FALSE(events.next_document());
    CHECK_FALSE(events.next_document()); // stays at the end
  }
  SUBCASE("positions start at first_line") {
    yaml::EventReader events("a: [\n", "<stdin>", {}, 40);
    REQUIRE(events.next_document());
    CHECK(events.document_line() == 40);
    events.next();
    events.next();
    CHECK_THROWS_WITH_AS(events.skip(events.next()),
                         "<stdin>:41:1: error E063: invalid YAML: while parsing a flow node did not find "
                         "expected node content",
                         Error);
  }
  SUBCASE("a duplicate key fails when its mapping ends, skipped or not") {
    yaml::EventReader events("a: {b: 1, c: 2, b: 3}\n", "s.yaml");
    REQUIRE(events.next_document());
    events.next();
    events.next();
    CHECK_THROWS_WITH_AS(events.skip(events.next()),
                         "s.yaml:1:17: error E066: duplicate key \"b\" (first at line 1)", Error);
  }
  SUBCASE("the same key in two mappings is no duplicate") {
    yaml::EventReader events("a: {x: 1}\nb: {x: 2}\n", "s.yaml");
    REQUIRE(events.next_document());
    Node root;
    CHECK_NOTHROW(events.read_node(events.next(), root));
    CHECK(root.entry_count() == 2);
  }
  SUBCASE("an empty text has no document") {
    yaml::EventReader events("", "s.yaml");
    CHECK_FALSE(events.next_document());
  }
}

namespace {

// The documents of `text` cut by DocumentSplitter, as "first_line/line/text".
std::vector<std::string> split(std::string text, size_t max_size = 1000) {
  std::FILE* stream = ::fmemopen(text.data(), text.size(), "r");
  REQUIRE(stream != nullptr);
  std::vector<std::string> docs;
  {
    yaml::DocumentSplitter splitter(stream, max_size);
    yaml::StreamDocument doc;
    while (splitter.next(doc)) {
      docs.push_back(fmt::format("{}/{}/{}{}", doc.first_line, doc.line, doc.text,
                                 doc.too_large ? " (too large)" : ""));
    }
  }
  std::fclose(stream);
  return docs;
}

} // namespace

TEST_CASE("medtime::yaml::DocumentSplitter") {
  using V = std::vector<std::string>;
  CHECK(split("") == V{});
  CHECK(split("# only a comment\n\n") == V{});
  CHECK(split("a: 1\n---\nb: 2\n") == V{"1/1/a: 1\n", "2/2/---\nb: 2\n"});
  // Leading comments are skipped, directives go with the first document;
  // its line is its `---`.
  CHECK(split("# cohort\n%YAML 1.1\n---\na: 1\n--- {b: 2}\n") ==
        V{"2/3/%YAML 1.1\n---\na: 1\n", "5/5/--- {b: 2}\n"});
  // Blank lines before a document do not count against its size (issue 20,
  // item 12: 16 MiB of them made the next document "too large").
  CHECK(split(std::string(50, '\n') + "a: 1\n---\n\n\n# c\nb: 2\n", 20) ==
        V{"51/51/a: 1\n", "52/52/---\n\n\n# c\nb: 2\n"});
  CHECK(split("a: 1\n...\n" + std::string(50, '\n') + "b: 2\n", 20) ==
        V{"1/1/a: 1\n...\n", "53/53/b: 2\n"});
  // `...` ends a document; a stray one is dropped; an empty document stays one.
  CHECK(split("...\na: 1\n...\n---\n---\nc: 3") == V{"2/2/a: 1\n...\n", "4/4/---\n", "5/5/---\nc: 3"});
  // Not markers: indented, or followed by text.
  CHECK(split("a: |\n  ---\nb: ---x\n") == V{"1/1/a: |\n  ---\nb: ---x\n"});
  // CRLF line ends and a byte order mark.
  CHECK(split("\xEF\xBB\xBF" "a: 1\r\n---\r\nb: 2\r\n") == V{"1/1/a: 1\r\n", "2/2/---\r\nb: 2\r\n"});
  // Old Mac line ends (a lone CR) are line breaks too, as for libyaml.
  CHECK(split("a: 1\r---\rb: 2\r") == V{"1/1/a: 1\r", "2/2/---\rb: 2\r"});
  // Directives alone at the end still make a document, for the parser to reject.
  CHECK(split("a: 1\n...\n%YAML 1.1\n") == V{"1/1/a: 1\n...\n", "3/3/%YAML 1.1\n"});
  // A stray `...` after an oversized run of comments forgets it.
  CHECK(split("# " + std::string(30, 'x') + "\n...\n---\nc: 1\n", 20) == V{"3/3/---\nc: 1\n"});
  // A NUL byte stays in the text, for the UTF-8 check to reject.
  CHECK(split(std::string("a: x\0y\n", 7)) == V{std::string("1/1/a: x\0y\n", 11)});
  // A document over the limit keeps its beginning and is flagged; the next is whole.
  CHECK(split("a: 1234567890\nb: 1234567890\n---\nc: 1\n", 20) ==
        V{"1/1/a: 1234567890\n (too large)", "3/3/---\nc: 1\n"});
}

TEST_CASE("medtime::yaml::StreamDocument") {
  // A stream on stdin may pass 2^31 lines: lines are counted on 64 bits
  // (an int wrapped to "<stdin>:-2147483593"); positions carry them whole.
  yaml::StreamDocument doc;
  CHECK(sizeof(doc.line) == 8);
  CHECK(sizeof(doc.first_line) == 8);
  CHECK(sizeof(SourcePos{}.line) == 8);
  Diagnostic d{Severity::error, "<stdin>", {std::int64_t{3'000'000'000}, 1}, "m"};
  CHECK(d.format() == "<stdin>:3000000000:1: error: m");
}

TEST_CASE("medtime::yaml::Node::describe") {
  CHECK(yaml::parse("a: 1", "f").describe() == "a mapping");
  CHECK(yaml::parse("[1]", "f").describe() == "a list");
  CHECK(yaml::parse("x\"y", "f").describe() == "text \"x\\\"y\"");
  CHECK(yaml::parse("~", "f").describe() == "nothing");
  CHECK(Node{}.describe() == "nothing");
}

TEST_CASE("medtime::yaml::load_guarded") {
  SUBCASE("loads") {
    YAML::Node node = yaml::load_guarded("\xEF\xBB\xBF" "a: [1, 2]\n", "f.yaml");
    CHECK(node.IsMap());
    CHECK(node["a"].size() == 2);
  }
  SUBCASE("the guard runs first") {
    CHECK_THROWS_WITH_AS(yaml::load_guarded("a: &x 1\nb: *x\n", "f.yaml"),
                         "f.yaml:2:4: error E067: aliases (*name) are not allowed in this file", Error);
    CHECK_THROWS_WITH_AS(yaml::load_guarded("a: 1\na: 2\n", "f.yaml"),
                         "f.yaml:2:1: error E066: duplicate key \"a\" (first at line 1)", Error);
    CHECK_THROWS_WITH_AS(yaml::load_guarded(std::string(1000, '['), "f.yaml"),
                         "f.yaml:1:65: error E070: nesting deeper than 64 levels", Error);
  }
}

TEST_CASE("medtime::yaml::pos_of") {
  YAML::Node root = YAML::Load("a: 1\nb:\n  c: x\n");
  CHECK(pos_text(yaml::pos_of(root["b"]["c"])) == "3:6");
  CHECK(pos_text(yaml::pos_of(root)) == "1:1");
  const YAML::Node& croot = root;
  CHECK(pos_text(yaml::pos_of(croot["missing"])) == "0:0");
}

TEST_CASE("medtime::yaml::parse_number") {
  CHECK(yaml::parse_number("2") == 2);
  CHECK(yaml::parse_number("2.5") == 2.5);
  CHECK(yaml::parse_number("-0.5") == -0.5);
  CHECK(yaml::parse_number("+3") == 3);
  CHECK(yaml::parse_number("1e3") == 1000);
  CHECK(yaml::parse_number(".5") == 0.5);
  CHECK_FALSE(yaml::parse_number("").has_value());
  CHECK_FALSE(yaml::parse_number("abc").has_value());
  CHECK_FALSE(yaml::parse_number("2,5").has_value());
  CHECK_FALSE(yaml::parse_number(" 2").has_value());
  CHECK_FALSE(yaml::parse_number("2 ").has_value());
  CHECK_FALSE(yaml::parse_number("++2").has_value());
  CHECK_FALSE(yaml::parse_number("0x10").has_value());
  CHECK_FALSE(yaml::parse_number("inf").has_value());
  CHECK_FALSE(yaml::parse_number("nan").has_value());
  CHECK_FALSE(yaml::parse_number("1e999").has_value());
  CHECK_FALSE(yaml::parse_number(std::string(41, '1')).has_value());
}

TEST_CASE("medtime::yaml::is_identifier") {
  CHECK(yaml::is_identifier("a"));
  CHECK(yaml::is_identifier("dr-martin_2"));
  CHECK(yaml::is_identifier(std::string(64, 'a')));
  CHECK_FALSE(yaml::is_identifier(std::string(65, 'a')));
  CHECK_FALSE(yaml::is_identifier(""));
  CHECK_FALSE(yaml::is_identifier("1abc"));
  CHECK_FALSE(yaml::is_identifier("_abc"));
  CHECK_FALSE(yaml::is_identifier("a b"));
  CHECK_FALSE(yaml::is_identifier("a.b"));
  CHECK_FALSE(yaml::is_identifier("café"));
}

TEST_CASE("medtime::yaml::MapReader") {
  Diagnostics diags("f.yaml");
  SUBCASE("not a mapping") {
    yaml::MapReader r(YAML::Load("[1, 2]"), diags, "the thing");
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.has("a"));
    CHECK_FALSE(r.string("a", true).has_value());
    r.finish();
    CHECK(test::messages(diags) == "f.yaml:1:1: error E075: the thing must be a mapping, got a list");
  }
  SUBCASE("text") {
    yaml::MapReader r(YAML::Load("name: Dupont\nlist: [1]\n"), diags, "the thing");
    CHECK(r.string("name") == "Dupont");
    CHECK_FALSE(r.string("list").has_value());
    CHECK_FALSE(r.string("missing", true).has_value());
    CHECK_FALSE(r.string("optional").has_value());
    CHECK(test::messages(diags) ==
          "f.yaml:2:7: error E077: \"list\" of the thing must be text, got a list\n"
          "f.yaml:1:1: error E076: the thing has no \"missing\"");
  }
  SUBCASE("identifiers") {
    yaml::MapReader r(YAML::Load("good: a-b_1\nbad: 1abc\n"), diags, "the thing");
    CHECK(r.id("good") == "a-b_1");
    CHECK_FALSE(r.id("bad").has_value());
    CHECK(test::messages(diags) ==
          "f.yaml:2:6: error E078: \"bad\" of the thing must be an identifier (letters, digits, _ and -, "
          "starting with a letter), got \"1abc\"");
  }
  SUBCASE("numbers and ranges") {
    yaml::MapReader r(YAML::Load("a: 0.5\nb: lots\nc: 2\nd: -1\ne: 200\n"), diags, "the thing");
    CHECK(r.number("a", false, 0.0, 1.0) == 0.5);
    CHECK_FALSE(r.number("b").has_value());
    CHECK_FALSE(r.number("c", false, 0.0, 1.0).has_value());
    CHECK_FALSE(r.number("d", false, 0.0).has_value());
    CHECK_FALSE(r.number("e", false, {}, 168.0).has_value());
    CHECK(test::messages(diags) ==
          "f.yaml:2:4: error E079: \"b\" of the thing must be a number, got text \"lots\"\n"
          "f.yaml:3:4: error E080: \"c\" of the thing must be from 0 to 1, got \"2\"\n"
          "f.yaml:4:4: error E080: \"d\" of the thing must be at least 0, got \"-1\"\n"
          "f.yaml:5:4: error E080: \"e\" of the thing must be at most 168, got \"200\"");
  }
  SUBCASE("in French, the fragments too") {
    struct Restore {
      ~Restore() { set_message_lang(Lang::en); }
    } restore;
    set_message_lang(Lang::fr);
    yaml::MapReader r(YAML::Load("b: [x]\nc: 2\nd: -1\ne: 200\nshare: 0,5\nf: {x: 1}\ng: ~\n"), diags,
                      "la chose");
    CHECK_FALSE(r.number("b").has_value());
    CHECK_FALSE(r.number("c", false, 0.0, 1.0).has_value());
    CHECK_FALSE(r.number("d", false, 0.0).has_value());
    CHECK_FALSE(r.number("e", false, {}, 168.0).has_value());
    CHECK_FALSE(r.number("share").has_value());
    CHECK_FALSE(r.boolean("f").has_value());
    CHECK_FALSE(r.string("h", true).has_value());
    CHECK(test::messages(diags) ==
          "f.yaml:1:4: erreur E079 : la chose : « b » doit être un nombre, pas une liste\n"
          "f.yaml:2:4: erreur E080 : la chose : « c » doit être entre 0 et 1, pas « 2 »\n"
          "f.yaml:3:4: erreur E080 : la chose : « d » doit être au moins 0, pas « -1 »\n"
          "f.yaml:4:4: erreur E080 : la chose : « e » doit être au plus 168, pas « 200 »\n"
          "f.yaml:5:8: erreur E079 : la chose : « share » doit être un nombre, pas le texte « 0,5 » ; "
          "écrivez 0.5 avec un point décimal\n"
          "f.yaml:6:4: erreur E083 : la chose : « f » doit valoir true ou false, pas un dictionnaire\n"
          "f.yaml:1:1: erreur E076 : la chose : il manque « h »");
    Node null_node;
    CHECK(null_node.describe() == "une valeur vide");
    Diagnostics texts("t.yaml");
    yaml::MapReader q(YAML::Load("title: Titre\n"), texts, "le questionnaire");
    CHECK(q.local_text("title").has_value());
    yaml::MapReader a(YAML::Load("title: Titre\n"), texts, "la question « a »");
    CHECK(a.local_text("title").has_value());
    CHECK(test::messages(texts) ==
          "t.yaml:1:8: attention W050 : « title » du questionnaire : il manque le texte anglais\n"
          "t.yaml:1:8: attention W050 : « title » de la question « a » : il manque le texte anglais");
  }
  SUBCASE("a decimal comma says how to write the number") {
    yaml::MapReader r(YAML::Load("share: 0,5\n"), diags, "the plan");
    CHECK_FALSE(r.number("share").has_value());
    CHECK(test::messages(diags) == "f.yaml:1:8: error E079: \"share\" of the plan must be a number, got text "
                                   "\"0,5\"; write 0.5 with a decimal point (écrivez 0.5)");
  }
  SUBCASE("whole numbers") {
    yaml::MapReader r(YAML::Load("a: 3\nb: 2.5\nc: 3000000000\nd: 1e300\ne: -3000000000\n"), diags,
                      "the thing");
    CHECK(r.integer("a") == 3);
    CHECK_FALSE(r.integer("b").has_value());
    CHECK_FALSE(r.integer("c").has_value());
    CHECK_FALSE(r.integer("d", false, 1).has_value());
    CHECK_FALSE(r.integer("e").has_value());
    CHECK(test::messages(diags) ==
          "f.yaml:2:4: error E082: \"b\" of the thing must be a whole number, got 2.5\n"
          "f.yaml:3:4: error E081: \"c\" of the thing must be a whole number from -2147483648 to 2147483647, "
          "got \"3000000000\"\n"
          "f.yaml:4:4: error E081: \"d\" of the thing must be a whole number from -2147483648 to 2147483647, "
          "got \"1e300\"\n"
          "f.yaml:5:4: error E081: \"e\" of the thing must be a whole number from -2147483648 to 2147483647, "
          "got \"-3000000000\"");
  }
  SUBCASE("booleans") {
    yaml::MapReader r(YAML::Load("a: true\nb: no\nc: maybe\n"), diags, "the thing");
    CHECK(r.boolean("a") == true);
    CHECK(r.boolean("b") == false);
    CHECK_FALSE(r.boolean("c").has_value());
    CHECK_FALSE(r.boolean("d").has_value());
    CHECK(test::messages(diags) == "f.yaml:3:4: error E083: \"c\" of the thing must be true or false, got text \"maybe\"");
  }
  SUBCASE("localised text") {
    yaml::MapReader r(YAML::Load("a: {fr: Oui, en: Yes}\n"
                                 "b: Oui\n"
                                 "c: {en: Yes}\n"
                                 "d: {fr: Oui, de: Ja}\n"
                                 "e: {fr: [x]}\n"
                                 "f: {fr: Oui}\n"),
                      diags, "the thing");
    auto a = r.local_text("a");
    REQUIRE(a.has_value());
    CHECK(a->fr == "Oui");
    CHECK(a->en == "Yes");
    auto b = r.local_text("b");
    REQUIRE(b.has_value());
    CHECK(b->fr == "Oui");
    CHECK(b->en.empty());
    CHECK_FALSE(r.local_text("c").has_value());
    r.local_text("d");
    CHECK_FALSE(r.local_text("e").has_value());
    CHECK(r.local_text("f").has_value());
    CHECK(r.local_text("f", false, false).has_value()); // no warning when English is not wanted
    CHECK(test::messages(diags) ==
          "f.yaml:2:4: warning W050: \"b\" of the thing has no English text\n"
          "f.yaml:3:4: error E087: \"c\" of the thing has no French text (\"fr\")\n"
          "f.yaml:4:14: error E086: \"d\" of the thing: unknown language \"de\"; expected \"fr\" or \"en\"\n"
          "f.yaml:4:4: warning W051: \"d\" of the thing has no English text (\"en\")\n"
          "f.yaml:5:9: error E085: \"e\" of the thing in \"fr\" must be text, got a list\n"
          "f.yaml:5:4: error E087: \"e\" of the thing has no French text (\"fr\")\n"
          "f.yaml:6:4: warning W051: \"f\" of the thing has no English text (\"en\")");
  }
  SUBCASE("choices") {
    yaml::MapReader r(YAML::Load("effort: medum\n"), diags, "the action");
    CHECK_FALSE(r.choice("effort", {"low", "medium", "high"}).has_value());
    CHECK(test::messages(diags) ==
          "f.yaml:1:9: error E088: \"effort\" of the action must be one of low, medium, high, got \"medum\"; "
          "did you mean \"medium\"?");
  }
  SUBCASE("unknown keys") {
    yaml::MapReader r(YAML::Load("titel: x\nid: a\n"), diags, "the thing");
    r.id("id");
    r.string("title");
    r.finish();
    CHECK(test::messages(diags) == "f.yaml:1:1: error E089: unknown key \"titel\" in the thing; did you mean \"title\"?");
  }
  SUBCASE("asking for a missing key does not insert it") {
    // yaml-cpp's non-const operator[] inserts a null entry for a missing
    // key; the reader must only look.
    YAML::Node node = YAML::Load("a: 1\n");
    yaml::MapReader r(node, diags, "the thing");
    CHECK_FALSE(r.has("b"));
    CHECK_FALSE(r.get("c").IsDefined());
    CHECK_FALSE(r.string("d").has_value());
    CHECK_FALSE(r.number("e").has_value());
    CHECK_FALSE(r.local_text("f").has_value());
    CHECK_FALSE(r.boolean("g").has_value());
    r.number("a");
    r.finish();
    CHECK(node.size() == 1);
    CHECK(YAML::Dump(node) == "a: 1");
    CHECK_FALSE(diags.has_errors());
  }
}

} // TEST_SUITE
