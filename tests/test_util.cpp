#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <dirent.h>
#include <filesystem>
#include <map>
#include <fstream>
#include <regex>
#include <set>

#include "helpers.h"
#include "util/diagnostics.h"
#include "util/files.h"
#include "util/sha256.h"
#include "util/i18n.h"
#include "util/messages.h"
#include "util/output_file.h"
#include "util/spell.h"
#include "util/terminal.h"
#include "util/utf8.h"

using namespace medtime;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The problem check_utf8 finds in `text`, as "line:col: message", or "ok".
std::string utf8_problem(std::string_view text) {
  auto problem = check_utf8(text);
  if (!problem) {
    return "ok";
  }
  return std::to_string(problem->first.line) + ":" + std::to_string(problem->first.column) + ": " +
         problem->second.text;
}

// Restores an environment variable when it goes out of scope.
class EnvGuard {
public:
  explicit EnvGuard(const char* name) : m_name(name) {
    const char* value = std::getenv(name);
    m_had = value != nullptr;
    m_value = m_had ? value : "";
  }
  ~EnvGuard() {
    if (m_had) {
      ::setenv(m_name, m_value.c_str(), 1);
    } else {
      ::unsetenv(m_name);
    }
  }
  EnvGuard(const EnvGuard&) = delete;
  EnvGuard& operator=(const EnvGuard&) = delete;

private:
  const char* m_name;
  bool m_had = false;
  std::string m_value;
};

} // namespace

namespace {

// The argument indices a message format uses: {0}, {1}... ({} counts up).
std::set<int> placeholders(std::string_view format) {
  std::set<int> out;
  int next = 0;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '{' && i + 1 < format.size() && format[i + 1] == '{') {
      ++i;
    } else if (format[i] == '{') {
      size_t end = format.find_first_of(":}", i);
      std::string_view index = format.substr(i + 1, end - i - 1);
      out.insert(index.empty() ? next++ : std::stoi(std::string(index)));
    }
  }
  return out;
}

// A message format for the documentation: its arguments as "…", `|` escaped.
std::string doc_text(std::string_view format) {
  std::string out = std::regex_replace(std::string(format), std::regex("\\{[0-9]*(:[^}]*)?\\}"), "…");
  out = std::regex_replace(out, std::regex("\\{\\{"), "{");
  out = std::regex_replace(out, std::regex("\\}\\}"), "}");
  return std::regex_replace(out, std::regex("\\|"), "\\|");
}

// The catalogue's tables of doc/diagnostics.md, one per range of codes.
std::string catalogue_tables() {
  std::string out;
  for (const auto& range : message_ranges()) {
    std::string rows;
    for (const auto& e : message_catalogue()) {
      if (e.code >= range.first && e.code <= range.last) {
        rows += fmt::format("| {} | {} | {} |\n", e.code, doc_text(e.fr), doc_text(e.en));
      }
    }
    if (rows.empty()) {
      continue;
    }
    out += fmt::format("\n## {} – {} : {}\n\n*{}*\n\n", range.first, range.last, range.fr, range.en);
    out += "| Code | Français | English |\n|---|---|---|\n" + rows;
  }
  return out;
}

// The files under `dir` where each "E123"/"W123" string literal appears.
void codes_in_sources(const std::filesystem::path& dir,
                      std::map<std::string, std::set<std::string>>& found) {
  static const std::regex k_code("\"([EW][0-9]{3})\"");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    auto ext = entry.path().extension();
    if (ext != ".cpp" && ext != ".h") {
      continue;
    }
    std::string text = slurp(entry.path().string());
    for (std::sregex_iterator it(text.begin(), text.end(), k_code), end; it != end; ++it) {
      found[(*it)[1].str()].insert(entry.path().filename().string());
    }
  }
}

} // namespace

TEST_SUITE("util") {

TEST_CASE("medtime::Diagnostic::format") {
  SUBCASE("full position") {
    CHECK(Diagnostic{Severity::error, "f.yaml", {3, 4}, "bad"}.format() == "f.yaml:3:4: error: bad");
  }
  SUBCASE("line only") {
    CHECK(Diagnostic{Severity::error, "f.yaml", {3, 0}, "bad"}.format() == "f.yaml:3: error: bad");
  }
  SUBCASE("no position") {
    CHECK(Diagnostic{Severity::error, "f.yaml", {}, "bad"}.format() == "f.yaml: error: bad");
  }
  SUBCASE("no file") {
    CHECK(Diagnostic{Severity::error, "", {1, 2}, "bad"}.format() == "error: bad");
  }
  SUBCASE("warning") {
    CHECK(Diagnostic{Severity::warning, "f.yaml", {1, 1}, "odd"}.format() ==
          "f.yaml:1:1: warning: odd");
  }
  SUBCASE("code") {
    CHECK(Diagnostic{Severity::warning, "f.yaml", {1, 1}, "odd", "W100"}.format() ==
          "f.yaml:1:1: warning W100: odd");
  }
}

TEST_CASE("medtime::Error") {
  Error e("f.yaml", {2, 5}, message("E121"));
  CHECK(std::string(e.what()) == "f.yaml:2:5: error E121: no \"answers\" in this file");
  CHECK(e.diagnostic().code == "E121");
  CHECK(e.diagnostic().pos.line == 2);
  CHECK(e.diagnostic().pos.column == 5);
  UsageError u("", {}, message("E126"));
  CHECK(std::string(u.what()) == "error E126: -o takes one file only");
}

TEST_CASE("medtime::Diagnostics") {
  Diagnostics diags("x.yaml");
  CHECK_FALSE(diags.has_errors());
  CHECK_NOTHROW(diags.throw_if_errors());
  diags.warning({1, 1}, message("W202", quote("s")));
  CHECK_FALSE(diags.has_errors());
  CHECK_NOTHROW(diags.throw_if_errors());
  diags.error({2, 3}, message("E121"));
  diags.error({4, 1}, message("E126"));
  CHECK(diags.error_count() == 2);
  CHECK(diags.items().size() == 3);
  CHECK_THROWS_WITH_AS(diags.throw_if_errors(), "x.yaml:2:3: error E121: no \"answers\" in this file",
                       Error);

  Diagnostics other("y.yaml");
  other.append(diags);
  CHECK(other.error_count() == 2);
  CHECK(test::messages(other) ==
        "x.yaml:1:1: warning W202: section \"s\" has no questions\n"
        "x.yaml:2:3: error E121: no \"answers\" in this file\n"
        "x.yaml:4:1: error E126: -o takes one file only");
}

TEST_CASE("medtime::quote") {
  SUBCASE("plain") {
    CHECK(quote("abc") == "\"abc\"");
  }
  SUBCASE("escapes") {
    CHECK(quote("a\"b\\c\nd\te\x01") == "\"a\\\"b\\\\c\\nd\\te\\x01\"");
  }
  SUBCASE("long values are cut at 60 characters") {
    std::string long_text(61, 'x');
    CHECK(quote(long_text) == "\"" + std::string(60, 'x') + "...\"");
    CHECK(quote(std::string(60, 'y')) == "\"" + std::string(60, 'y') + "\"");
  }
}

TEST_CASE("messages: the catalogue") {
  auto catalogue = message_catalogue();
  REQUIRE(!catalogue.empty());
  for (size_t i = 0; i < catalogue.size(); ++i) {
    const auto& e = catalogue[i];
    CAPTURE(e.code);
    CHECK(std::regex_match(std::string(e.code), std::regex("[EW][0-9]{3}")));
    if (i > 0) {
      CHECK(catalogue[i - 1].code < e.code); // sorted, each code once
    }
    CHECK(!e.fr.empty());
    CHECK(!e.en.empty());
    // The same arguments in both languages, and each format works.
    CHECK(placeholders(e.fr) == placeholders(e.en));
    CHECK_NOTHROW((void)fmt::format(fmt::runtime(e.fr), "a", "b", "c", "d", "e", "f", "g"));
    CHECK_NOTHROW((void)fmt::format(fmt::runtime(e.en), "a", "b", "c", "d", "e", "f", "g"));
    // Every code belongs to a range.
    bool in_range = false;
    for (const auto& r : message_ranges()) {
      in_range = in_range || (e.code >= r.first && e.code <= r.last);
    }
    CHECK(in_range);
  }
  CHECK_THROWS_AS(message_entry("E999"), std::logic_error);
}

TEST_CASE("messages: every code is used by the code, and every code used is in the catalogue") {
  std::map<std::string, std::set<std::string>> found;
  codes_in_sources(std::filesystem::path(MEDTIME_SOURCE_DIR) / "lib", found);
  codes_in_sources(std::filesystem::path(MEDTIME_SOURCE_DIR) / "apps", found);
  for (auto& [code, files] : found) {
    files.erase("messages.cpp"); // the catalogue itself
    files.erase("messages.h");   // its examples
  }
  for (const auto& [code, files] : found) {
    if (!files.empty()) {
      CAPTURE(code);
      CHECK_NOTHROW((void)message_entry(code));
    }
  }
  for (const auto& e : message_catalogue()) {
    CAPTURE(e.code);
    auto it = found.find(std::string(e.code));
    CHECK((it != found.end() && !it->second.empty()));
  }
}

TEST_CASE("messages: the documentation lists the catalogue") {
  std::string path = (std::filesystem::path(MEDTIME_SOURCE_DIR) / "doc/diagnostics.md").string();
  std::string doc = slurp(path);
  const std::string begin_marker = "<!-- catalogue: generated";
  const std::string end_marker = "<!-- end of catalogue -->";
  size_t begin = doc.find(begin_marker);
  size_t end = doc.find(end_marker);
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  begin = doc.find('\n', begin) + 1;
  std::string expected = catalogue_tables() + "\n";
  if (std::getenv("MEDTIME_UPDATE_DOCS") != nullptr) {
    doc.replace(begin, end - begin, expected);
    std::ofstream(path, std::ios::binary) << doc;
  }
  CHECK_MESSAGE(doc.substr(begin, end - begin) == expected,
                "doc/diagnostics.md is out of date: rerun with MEDTIME_UPDATE_DOCS=1 build/tests/test_util");
}

TEST_CASE("messages: in the run's language, with the code") {
  struct Restore {
    ~Restore() { set_message_lang(Lang::en); }
  } restore;
  Message en = message("E024");
  CHECK(en.code == "E024");
  CHECK(en.text == "file exists; use --force to replace it");
  CHECK(Error("a.yaml", {}, en).diagnostic().code == "E024");
  CHECK(std::string(Error("a.yaml", {2, 3}, en).what()) ==
        "a.yaml:2:3: error E024: file exists; use --force to replace it");
  set_message_lang(Lang::fr);
  Message fr = message("E024");
  CHECK(fr.code == "E024");
  CHECK(std::string(Error("a.yaml", {2, 3}, fr).what()) ==
        "a.yaml:2:3: erreur E024 : le fichier existe ; --force pour le remplacer");
  Diagnostics diags("b.yaml");
  diags.warning({1, 1}, message("E004", "--format", "pdf", "{text,md}"));
  CHECK(diags.items()[0].format() ==
        "b.yaml:1:1: attention E004 : --format : la valeur « pdf » n'est pas parmi {text,md}");
  CHECK(quote("x") == "« x »");
  CHECK(did_you_mean("lsit", {"list"}) == " ; vouliez-vous dire « list » ?");
}

TEST_CASE("medtime::check_utf8") {
  SUBCASE("valid text") {
    CHECK(utf8_problem("") == "ok");
    CHECK(utf8_problem("a: café\nb: 😀\n") == "ok");
  }
  SUBCASE("utf-8 byte order mark") {
    CHECK(utf8_problem("\xEF\xBB\xBF" "a: b") == "ok");
    CHECK(skip_bom("\xEF\xBB\xBF" "a: b") == "a: b");
    CHECK(skip_bom("a: b") == "a: b");
  }
  SUBCASE("utf-16 byte order marks") {
    CHECK(utf8_problem(std::string_view("\xFF\xFE" "a\0:\0", 6)) ==
          "1:1: file is UTF-16 encoded; save it as UTF-8");
    CHECK(utf8_problem("\xFE\xFF") == "1:1: file is UTF-16 encoded; save it as UTF-8");
  }
  SUBCASE("nul byte") {
    CHECK(utf8_problem(std::string_view("a: b\0c", 6)) ==
          "1:5: NUL byte in text; the file is not UTF-8 text");
    CHECK(utf8_problem(std::string_view("\0a", 2)) ==
          "1:1: NUL byte in text; the file is not UTF-8 text");
  }
  SUBCASE("latin-1 byte, column counted in characters") {
    // "é" before it is one character: the bad byte is the 3rd character of line 2.
    CHECK(utf8_problem("ab\né-\xE9") == "2:3: invalid UTF-8 byte 0xE9; save the file as UTF-8");
  }
  SUBCASE("overlong forms, surrogates, beyond U+10FFFF") {
    CHECK(utf8_problem("\xC0\xAF") == "1:1: invalid UTF-8 byte 0xC0; save the file as UTF-8");
    CHECK(utf8_problem("\xE0\x80\xAF") == "1:1: invalid UTF-8 byte 0xE0; save the file as UTF-8");
    CHECK(utf8_problem("\xF0\x80\x80\xAF") == "1:1: invalid UTF-8 byte 0xF0; save the file as UTF-8");
    CHECK(utf8_problem("\xED\xA0\x80") == "1:1: invalid UTF-8 byte 0xED; save the file as UTF-8");
    CHECK(utf8_problem("\xF4\x90\x80\x80") == "1:1: invalid UTF-8 byte 0xF4; save the file as UTF-8");
    CHECK(utf8_problem("\xF5\x80\x80\x80") == "1:1: invalid UTF-8 byte 0xF5; save the file as UTF-8");
  }
  SUBCASE("truncated and stray bytes") {
    CHECK(utf8_problem("ok\xC3") == "1:3: invalid UTF-8 byte 0xC3; save the file as UTF-8");
    CHECK(utf8_problem("\xE2\x82") == "1:1: invalid UTF-8 byte 0xE2; save the file as UTF-8");
    CHECK(utf8_problem("\x80") == "1:1: invalid UTF-8 byte 0x80; save the file as UTF-8");
    // A 4-byte emoji is one column: the stray byte after it is at column 2.
    CHECK(utf8_problem("😀\xFF") == "1:2: invalid UTF-8 byte 0xFF; save the file as UTF-8");
  }
}

TEST_CASE("medtime::find_control") {
  CHECK_FALSE(find_control("plain text, tab\there, é, NEL \u0085, line\nbreak\r\n").has_value());
  CHECK(find_control("red \x1b[31m") == 0x1Bu);
  CHECK(find_control("bell \a") == 0x07u);
  CHECK(find_control(std::string_view("nul \0 inside", 12)) == 0u);
  CHECK(find_control("del \x7f") == 0x7Fu);
  CHECK(find_control("csi \u009b2J") == 0x9Bu);
  CHECK(find_control("\u0080") == 0x80u);
  CHECK(find_control("\u009f") == 0x9Fu);
  CHECK_FALSE(find_control("\u00a0 no-break space").has_value());
}

TEST_CASE("medtime::edit_distance") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("staff", "staf") == 1);
  SUBCASE("a transposition is one edit") {
    CHECK(edit_distance("lsit", "list") == 1);
    CHECK(edit_distance("scroe", "score") == 1);
  }
  SUBCASE("gives up above the maximum") {
    CHECK(edit_distance("abcdef", "uvwxyz", 2) == 3);
  }
}

TEST_CASE("medtime::closest_match") {
  std::vector<std::string> ids = {"staff", "tools", "burden", "phone_hours"};
  CHECK(closest_match("staf", ids) == "staff");
  CHECK(closest_match("phone_hour", ids) == "phone_hours");
  CHECK(closest_match("xyz", ids).empty());
  CHECK(closest_match("", ids).empty());
  CHECK(closest_match("staff", {}).empty());
}

TEST_CASE("medtime::did_you_mean") {
  std::vector<std::string> commands = {"list", "show", "template", "check", "score"};
  CHECK(did_you_mean("lsit", commands) == "; did you mean \"list\"?");
  CHECK(did_you_mean("shwo", commands) == "; did you mean \"show\"?");
  CHECK(did_you_mean("frobnicate", commands).empty());
}

TEST_CASE("medtime::read_file") {
  test::TempDir dir;
  SUBCASE("contents") {
    test::spit(dir.file("a.yaml"), std::string_view("a: 1\n\0x", 7));
    CHECK(read_file(dir.file("a.yaml")) == std::string_view("a: 1\n\0x", 7));
  }
  SUBCASE("missing file is a usage error") {
    CHECK_THROWS_WITH_AS(read_file(dir.file("none.yaml")),
                         (dir.file("none.yaml") + ": error E050: cannot open file: No such file or directory").c_str(),
                         UsageError);
  }
  SUBCASE("in French, the system's words too") {
    struct Restore {
      ~Restore() { set_message_lang(Lang::en); }
    } restore;
    set_message_lang(Lang::fr);
    CHECK_THROWS_WITH_AS(read_file(dir.file("none.yaml")),
                         (dir.file("none.yaml") +
                          ": erreur E050 : impossible d'ouvrir le fichier : fichier ou dossier introuvable")
                             .c_str(),
                         UsageError);
    CHECK(error_text(EACCES) == "permission refusée");
    CHECK(error_text(ENOSPC) == "plus de place sur le disque");
    set_message_lang(Lang::en);
    CHECK(error_text(ENOSPC) == "No space left on device");
  }
  SUBCASE("folder is a usage error") {
    CHECK_THROWS_WITH_AS(read_file(dir.path()),
                         (dir.path() + ": error E051: cannot read file: it is a directory").c_str(), UsageError);
  }
  SUBCASE("above the size limit") {
    test::spit(dir.file("big.yaml"), "0123456789A"); // 11 bytes
    CHECK_THROWS_WITH_AS(read_file(dir.file("big.yaml"), 10),
                         (dir.file("big.yaml") + ": error E052: file is 11 bytes, larger than the limit of 10 bytes").c_str(),
                         Error);
    CHECK(read_file(dir.file("big.yaml"), 11) == "0123456789A");
  }
  SUBCASE("the size limit is 16 MiB") {
    CHECK(k_max_file_size == 16u * 1024 * 1024);
  }
}

TEST_CASE("medtime::write_file_atomically") {
  test::TempDir dir;
  std::string path = dir.file("out.txt");
  SUBCASE("creates the file with its mode") {
    write_file_atomically(path, "hello\n", 0600);
    CHECK(slurp(path) == "hello\n");
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
  }
  SUBCASE("replaces the file instead of writing into it") {
    test::spit(path, "old");
    REQUIRE(::link(path.c_str(), dir.file("other-name.txt").c_str()) == 0);
    write_file_atomically(path, "new");
    CHECK(slurp(path) == "new");
    // A rename leaves the old inode, still named by the hard link, intact.
    CHECK(slurp(dir.file("other-name.txt")) == "old");
  }
  SUBCASE("leaves no temporary file") {
    write_file_atomically(path, "x");
    write_file_atomically(path, "y");
    size_t entries = 0;
    if (DIR* d = ::opendir(dir.path().c_str())) {
      while (dirent* entry = ::readdir(d)) {
        std::string_view name = entry->d_name;
        entries += name != "." && name != ".." ? 1 : 0;
      }
      ::closedir(d);
    }
    CHECK(entries == 1);
  }
  SUBCASE("missing folder is a usage error") {
    std::string bad = dir.file("no/such/out.txt");
    CHECK_THROWS_WITH_AS(write_file_atomically(bad, "x"),
                         (bad + ": error E057: cannot write in " + dir.file("no/such") +
                          ": No such file or directory").c_str(),
                         UsageError);
  }
}

TEST_CASE("medtime::OutputFile") {
  test::TempDir dir;
  SUBCASE("a folder is refused, as a failed write") {
    CHECK_THROWS_WITH_AS(OutputFile(dir.path()),
                         (dir.path() + ": error E056: cannot write file: it is a directory").c_str(), Error);
  }
  SUBCASE("a link to a device is written through, not replaced") {
    std::string link = dir.file("null");
    REQUIRE(::symlink("/dev/null", link.c_str()) == 0);
    write_file_atomically(link, "x");
    struct stat st {};
    REQUIRE(::lstat(link.c_str(), &st) == 0);
    CHECK(S_ISLNK(st.st_mode));
    REQUIRE(::stat("/dev/null", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
  }
  SUBCASE("a FIFO is written into, not replaced") {
    std::string fifo = dir.file("fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK); // so that opening to write returns
    REQUIRE(reader >= 0);
    write_file_atomically(fifo, "through");
    char buffer[16] = {};
    CHECK(::read(reader, buffer, sizeof buffer) == 7);
    CHECK(std::string(buffer) == "through");
    ::close(reader);
    struct stat st {};
    REQUIRE(::lstat(fifo.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
  }
  SUBCASE("a link to a file replaces the file and keeps the link") {
    test::spit(dir.file("target.txt"), "old");
    REQUIRE(::symlink("target.txt", dir.file("link.txt").c_str()) == 0);
    write_file_atomically(dir.file("link.txt"), "new");
    struct stat st {};
    REQUIRE(::lstat(dir.file("link.txt").c_str(), &st) == 0);
    CHECK(S_ISLNK(st.st_mode));
    CHECK(slurp(dir.file("target.txt")) == "new");
  }
  SUBCASE("a full disk fails the write with exit 1, not 2") {
    OutputFile out("/dev/full");
    out.write("x");
    CHECK_THROWS_WITH_AS(out.commit(), "/dev/full: error E055: cannot write file: No space left on device",
                         Error);
    try {
      write_file_atomically("/dev/full", "x");
    } catch (const UsageError&) {
      FAIL("a failed write is not a usage error");
    } catch (const Error&) {
    }
  }
  SUBCASE("an interrupted output leaves the old file and no temporary") {
    test::spit(dir.file("out.txt"), "old");
    {
      OutputFile out(dir.file("out.txt"));
      out.write("half");
    }
    CHECK(slurp(dir.file("out.txt")) == "old");
    CHECK(remove_stale_temporaries(dir.file("out.txt")) == 0);
  }
}

TEST_CASE("medtime::remove_stale_temporaries") {
  test::TempDir dir;
  // What a process killed while saving out.yaml leaves, and look-alikes.
  for (const char* name : {".medtime-out.yaml.Ab12Cd", ".medtime-out.yaml.zz99ZZ",
                           ".medtime-other.yaml.Ab12Cd", ".medtime-out.yaml.Ab12Cd.bak",
                           ".medtime-out.yaml.Ab-2Cd", ".medtime-Ab12Cd"}) {
    test::spit(dir.file(name), "x");
  }
  ::mkdir(dir.file(".medtime-out.yaml.Folder").c_str(), 0700);
  CHECK(remove_stale_temporaries(dir.file("out.yaml")) == 2);
  CHECK(::access(dir.file(".medtime-out.yaml.Ab12Cd").c_str(), F_OK) != 0);
  CHECK(::access(dir.file(".medtime-out.yaml.zz99ZZ").c_str(), F_OK) != 0);
  for (const char* kept : {".medtime-other.yaml.Ab12Cd", ".medtime-out.yaml.Ab12Cd.bak",
                           ".medtime-out.yaml.Ab-2Cd", ".medtime-Ab12Cd", ".medtime-out.yaml.Folder"}) {
    CAPTURE(kept);
    CHECK(::access(dir.file(kept).c_str(), F_OK) == 0);
  }
  SUBCASE("the temporary file of a save is one of them") {
    OutputFile out(dir.file("out.yaml"));
    out.write("x"); // killed here: the temporary stays
    CHECK(remove_stale_temporaries(dir.file("out.yaml")) == 1);
  }
}

TEST_CASE("medtime::is_input") {
  test::TempDir dir;
  test::spit(dir.file("read.yaml"), "a");
  test::spit(dir.file("unread.yaml"), "a");
  test::spit(dir.file("streamed.csv"), "a");
  REQUIRE(::link(dir.file("read.yaml").c_str(), dir.file("hard.yaml").c_str()) == 0);
  REQUIRE(::symlink(dir.file("read.yaml").c_str(), dir.file("soft.yaml").c_str()) == 0);
  read_file(dir.file("read.yaml"));
  remember_input(dir.file("streamed.csv"));
  CHECK(is_input(dir.file("read.yaml")));
  CHECK(is_input(dir.file("hard.yaml")));
  CHECK(is_input(dir.file("soft.yaml")));
  CHECK(is_input(dir.path() + "/./read.yaml"));
  CHECK(is_input(dir.file("streamed.csv")));
  CHECK_FALSE(is_input(dir.file("unread.yaml")));
  CHECK_FALSE(is_input(dir.file("missing.yaml")));
}

TEST_CASE("medtime::same_file") {
  test::TempDir dir;
  test::spit(dir.file("a"), "a");
  test::spit(dir.file("b"), "a");
  REQUIRE(::symlink(dir.file("a").c_str(), dir.file("link").c_str()) == 0);
  CHECK(same_file(dir.file("a"), dir.file("a")));
  CHECK(same_file(dir.file("a"), dir.file("link")));
  CHECK(same_file(dir.file("a"), dir.path() + "/./a"));
  CHECK_FALSE(same_file(dir.file("a"), dir.file("b")));
  CHECK_FALSE(same_file(dir.file("a"), dir.file("missing")));
}

TEST_CASE("medtime::parse_lang") {
  CHECK(parse_lang("fr") == Lang::fr);
  CHECK(parse_lang("en") == Lang::en);
  CHECK_FALSE(parse_lang("de").has_value());
  CHECK_FALSE(parse_lang("").has_value());
  CHECK(lang_code(Lang::fr) == "fr");
  CHECK(lang_code(Lang::en) == "en");
}

TEST_CASE("medtime::lang_from_environment") {
  EnvGuard all("LC_ALL"), messages("LC_MESSAGES"), lang("LANG");
  ::unsetenv("LC_ALL");
  ::unsetenv("LC_MESSAGES");
  ::unsetenv("LANG");
  SUBCASE("french by default") {
    CHECK(lang_from_environment() == Lang::fr);
  }
  SUBCASE("english from lang") {
    ::setenv("LANG", "en_US.UTF-8", 1);
    CHECK(lang_from_environment() == Lang::en);
  }
  SUBCASE("lc_all wins over lang") {
    ::setenv("LANG", "en_US.UTF-8", 1);
    ::setenv("LC_ALL", "fr_FR.UTF-8", 1);
    CHECK(lang_from_environment() == Lang::fr);
  }
  SUBCASE("empty values are skipped") {
    ::setenv("LC_ALL", "", 1);
    ::setenv("LC_MESSAGES", "en_GB.UTF-8", 1);
    CHECK(lang_from_environment() == Lang::en);
  }
  SUBCASE("the c locale is french") {
    ::setenv("LANG", "C.UTF-8", 1);
    CHECK(lang_from_environment() == Lang::fr);
  }
}

TEST_CASE("medtime::LocalText::get") {
  LocalText both{"Oui", "Yes"};
  CHECK(both.get(Lang::fr) == "Oui");
  CHECK(both.get(Lang::en) == "Yes");
  LocalText french_only{"Oui", ""};
  CHECK(french_only.get(Lang::en) == "Oui");
  CHECK_FALSE(french_only.empty());
  CHECK(LocalText{}.empty());
  CHECK(std::string(tr(Lang::en, "Oui", "Yes")) == "Yes");
  CHECK(std::string(tr(Lang::fr, "Oui", "Yes")) == "Oui");
}

TEST_CASE("medtime::visible_controls") {
  // Issue 20, item 6: terminal controls from a file or a cell are shown, not obeyed.
  SUBCASE("plain text comes back unchanged") {
    CHECK(visible_controls("Dr Müller — délégation\tok\n") == "Dr Müller — délégation\tok\n");
    CHECK_FALSE(has_terminal_controls("é à ’ € … \u00A0"));
  }
  SUBCASE("C0, DEL and ESC") {
    CHECK(visible_controls("a\x1b[31mred") == "a\\e[31mred");
    CHECK(visible_controls("bell\x07, cr\r, nul" + std::string(1, '\0')) ==
          "bell\\u0007, cr\\u000D, nul\\u0000");
    CHECK(visible_controls("del\x7f") == "del\\u007F");
    CHECK(visible_controls("crlf\r\nok") == "crlf\r\nok");
    // An OSC 8 hyperlink: both ESCs and the BEL are shown.
    CHECK(visible_controls("\x1b]8;;http://x\x07" "click\x1b]8;;\x07") ==
          "\\e]8;;http://x\\u0007click\\e]8;;\\u0007");
  }
  SUBCASE("C1 and bidirectional controls") {
    CHECK(visible_controls("csi \xC2\x9B" "2J") == "csi \\u009B2J");
    CHECK(visible_controls("nel \xC2\x85") == "nel \\u0085");
    CHECK(visible_controls("abc\u202Efed") == "abc\\u202Efed");
    CHECK(visible_controls("\u202A\u2066x\u2069") == "\\u202A\\u2066x\\u2069");
    // Neighbours that are plain text: U+2029, U+202F, U+2065, U+206A, U+00A0.
    CHECK(visible_controls("\u2029\u202F\u2065\u206A\u00A0") == "\u2029\u202F\u2065\u206A\u00A0");
  }
  SUBCASE("our own colours may pass") {
    CHECK(visible_controls("\x1b[1;31mtitre\x1b[0m \x1b]8;;x\x07", true) ==
          "\x1b[1;31mtitre\x1b[0m \\e]8;;x\\u0007");
  }
  SUBCASE("append_visible") {
    std::string out = "source,";
    append_visible(out, "x\x1by");
    CHECK(out == "source,x\\ey");
  }
}

TEST_CASE("medtime::sha256") {
  // FIPS 180-4 examples (NIST "SHA256.pdf") and the million-'a' vector.
  CHECK(to_hex(sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(to_hex(sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(to_hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(to_hex(sha256(std::string(1000000, 'a'))) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  CHECK(to_hex(sha256("abc"), 4) == "ba7816bf");
}

TEST_CASE("medtime::hmac_sha256") {
  // RFC 4231 test cases 1, 2 and 6 (a key longer than the block).
  CHECK(to_hex(hmac_sha256(std::string(20, '\x0b'), "Hi There")) ==
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  CHECK(to_hex(hmac_sha256("Jefe", "what do ya want for nothing?")) ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  CHECK(to_hex(hmac_sha256(std::string(131, '\xaa'),
                           "Test Using Larger Than Block-Size Key - Hash Key First")) ==
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

} // TEST_SUITE
