#include "load/data_dir.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <vector>

#include "util/diagnostics.h"

namespace medtime {

namespace {

bool is_dir(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace

std::string executable_dir() {
  std::vector<char> buffer(4096);
  ssize_t n = ::readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
  if (n <= 0) {
    return {};
  }
  std::string path(buffer.data(), static_cast<size_t>(n));
  auto slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::string find_data_dir() {
  if (const char* env = std::getenv("MEDTIME_DATA"); env != nullptr && *env != '\0') {
    if (!is_dir(std::string(env) + "/questionnaires")) {
      throw UsageError(env, {}, message("E090"));
    }
    return env;
  }
  std::string exe = executable_dir();
  if (!exe.empty() && is_dir(exe + "/../share/medtime/questionnaires")) {
    return exe + "/../share/medtime";
  }
  if (is_dir(std::string(MEDTIME_SOURCE_DATA_DIR) + "/questionnaires")) {
    return MEDTIME_SOURCE_DATA_DIR;
  }
  throw UsageError("", {}, message("E091"));
}

std::string questionnaires_dir(const std::string& override_dir) {
  if (!override_dir.empty()) {
    return override_dir;
  }
  return find_data_dir() + "/questionnaires";
}

const char* medtime_version() {
  return MEDTIME_VERSION;
}

} // namespace medtime
