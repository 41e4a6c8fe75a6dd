#include "load/input_walker.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>

#include "util/files.h"

namespace medtime {

// One open folder: its entry names, sorted, kept in one buffer.
struct InputWalker::Level {
  std::string dir;           // with a trailing slash
  std::string names;         // NUL-separated
  std::vector<std::uint32_t> starts;
  size_t next = 0;
  bool read = false;
};

bool is_yaml_name(std::string_view name) {
  auto ends = [&](std::string_view suffix) {
    return name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
  };
  return ends(".yaml") || ends(".yml");
}

InputWalker::InputWalker(std::vector<std::string> inputs) : m_inputs(std::move(inputs)) {}

InputWalker::~InputWalker() = default;

namespace {

bool is_dir(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace

bool InputWalker::next(Item& item) {
  item.error.reset();
  for (;;) {
    if (m_stack.empty()) {
      if (m_next_input == m_inputs.size()) {
        return false;
      }
      std::string input = m_inputs[m_next_input++];
      if (input == "-" || !is_dir(input)) {
        item.path = std::move(input);
        return true;
      }
      auto level = std::make_unique<Level>();
      level->dir = input.back() == '/' ? input : input + "/";
      m_stack.push_back(std::move(level));
      // fall through to read it below
    }
    Level& top = *m_stack.back();
    if (!top.read) {
      top.read = true;
      DIR* d = ::opendir(top.dir.c_str());
      if (d == nullptr) {
        item.path = top.dir;
        Message error = message("E092", error_text(errno));
        item.error = Diagnostic{Severity::error, top.dir, {}, std::move(error.text), error.code};
        m_stack.pop_back();
        return true;
      }
      while (dirent* entry = ::readdir(d)) {
        if (entry->d_name[0] == '.') {
          continue; // ., .., hidden files and folders
        }
        bool folder = entry->d_type == DT_DIR;
        if (entry->d_type == DT_UNKNOWN || entry->d_type == DT_LNK) {
          struct stat st {};
          std::string path = top.dir + entry->d_name;
          // Symbolic links to files are followed, to folders not (no loops).
          folder = entry->d_type == DT_UNKNOWN && ::lstat(path.c_str(), &st) == 0 &&
                   S_ISDIR(st.st_mode);
        }
        if (folder || is_yaml_name(entry->d_name)) {
          top.starts.push_back(static_cast<std::uint32_t>(top.names.size()));
          top.names += entry->d_name;
          top.names += folder ? "/" : "";
          top.names += '\0';
        }
      }
      ::closedir(d);
      const char* base = top.names.data();
      std::sort(top.starts.begin(), top.starts.end(), [base](std::uint32_t a, std::uint32_t b) {
        return std::strcmp(base + a, base + b) < 0;
      });
      if (top.starts.empty()) {
        m_stack.pop_back();
        continue;
      }
    }
    if (top.next == top.starts.size()) {
      m_stack.pop_back();
      continue;
    }
    const char* name = top.names.data() + top.starts[top.next++];
    std::string path = top.dir + name;
    if (path.back() == '/') {
      auto level = std::make_unique<Level>();
      level->dir = std::move(path);
      m_stack.push_back(std::move(level));
      continue;
    }
    item.path = std::move(path);
    return true;
  }
}

} // namespace medtime
