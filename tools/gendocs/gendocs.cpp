// gendocs --bin DIR --data DIR --formats FILE --version V --out DIR CMD...
// Runs each command CMD of DIR with --dump-cli (in English and in French) and
// `medtime-list --format json` on the data folder DIR, then writes under the
// --out folder: man/man1 (medtime.1 and medtime-CMD.1), man/man5
// (medtime-files.5, from doc/formats.md), man/fr/man1 (the French pages),
// and completion/ (medtime for bash, _medtime for zsh, medtime.fish).
//
// Why a generator over the commands' own definitions rather than help2man
// over --help: --help is CLI11's layout, wrapped and in the terminal's
// language; help2man would parse that text back, guessing options, types and
// choices. The definitions carry them as data, and the same data gives the
// completions (choices of --format, positionals that take questionnaire ids),
// which help2man cannot.
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include "gendocs.h"
#include "render/wrap.h"

namespace {

using gendocs::json;

// The standard output of shell command `command`; throws when it fails.
std::string run(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) {
    throw std::runtime_error("cannot run " + command);
  }
  std::string out;
  char buffer[4096];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
    out.append(buffer, n);
  }
  if (::pclose(pipe) != 0) {
    throw std::runtime_error("failed: " + command);
  }
  return out;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read " + path);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write(const std::string& dir, const std::string& name, const std::string& content) {
  for (size_t slash = 0; (slash = dir.find('/', slash + 1)) != std::string::npos;) {
    ::mkdir(dir.substr(0, slash).c_str(), 0755);
  }
  ::mkdir(dir.c_str(), 0755);
  std::ofstream out(dir + "/" + name, std::ios::binary);
  out << content;
  if (!out.flush()) {
    throw std::runtime_error("cannot write " + dir + "/" + name);
  }
}

struct Args {
  std::string bin, data, formats, version, out;
  std::vector<std::string> commands;
};

Args parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    std::string* value = arg == "--bin" ? &a.bin : arg == "--data" ? &a.data
                         : arg == "--formats"                  ? &a.formats
                         : arg == "--version"                  ? &a.version
                         : arg == "--out"                      ? &a.out
                                                               : nullptr;
    if (value != nullptr && i + 1 < argc) {
      *value = argv[++i];
    } else {
      a.commands.push_back(arg);
    }
  }
  if (a.bin.empty() || a.data.empty() || a.formats.empty() || a.out.empty()) {
    throw std::runtime_error("usage: gendocs --bin DIR --data DIR --formats FILE --version V "
                             "--out DIR CMD...");
  }
  return a;
}

gendocs::Sources sources(const Args& a) {
  gendocs::Sources s;
  s.version = a.version;
  for (const auto& command : a.commands) {
    std::string program = medtime::shell_quote(a.bin + "/medtime-" + command);
    s.en.push_back(json::parse(run(program + " --lang en --dump-cli")));
    s.fr.push_back(json::parse(run(program + " --lang fr --dump-cli")));
  }
  json list = json::parse(run("MEDTIME_DATA=" + medtime::shell_quote(a.data) + " " + medtime::shell_quote(a.bin + "/medtime-list") +
                              " --format json --questionnaires " + medtime::shell_quote(a.data + "/questionnaires")));
  for (const auto& q : list["questionnaires"]) {
    s.questionnaires.push_back(q["id"]);
  }
  s.parameter_sets = list["parameter_sets"].get<std::vector<std::string>>();
  return s;
}

} // namespace

int main(int argc, char** argv) {
  try {
    Args a = parse(argc, argv);
    gendocs::Sources s = sources(a);
    for (bool french : {false, true}) {
      std::string dir = a.out + (french ? "/man/fr/man1" : "/man/man1");
      write(dir, "medtime.1", gendocs::medtime_page(french ? s.fr : s.en, french, s.version));
      for (const auto& c : french ? s.fr : s.en) {
        write(dir, "medtime-" + c["name"].get<std::string>() + ".1",
              gendocs::command_page(c, french, s.version));
      }
    }
    write(a.out + "/man/man5", "medtime-files.5", gendocs::files_page(read(a.formats), s.version));
    write(a.out + "/completion", "medtime", gendocs::bash_completion(s));
    write(a.out + "/completion", "_medtime", gendocs::zsh_completion(s));
    write(a.out + "/completion", "medtime.fish", gendocs::fish_completion(s));
  } catch (const std::exception& e) {
    std::cerr << "gendocs: error: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
