#include "util/output_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>

#include "util/diagnostics.h"
#include "util/files.h"

namespace medtime {

namespace {

// Characters of the target's name kept in a temporary file's name, so that
// the name stays under the 255 bytes of a file name.
constexpr size_t k_name_in_temp = 200;
constexpr std::string_view k_temp_start = ".medtime-";
constexpr size_t k_temp_random = 6; // mkstemp's XXXXXX

std::string folder_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) {
    return ".";
  }
  return slash == 0 ? "/" : path.substr(0, slash);
}

// `.medtime-NAME.`: the start of the temporary files of `target`, which
// names the target so that stale ones can be told apart from another's.
std::string temp_prefix(const std::string& target) {
  auto slash = target.rfind('/');
  std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
  return std::string(k_temp_start) + name.substr(0, k_name_in_temp) + ".";
}

bool is_temp_of(std::string_view entry, const std::string& prefix) {
  if (entry.size() != prefix.size() + k_temp_random || !entry.starts_with(prefix)) {
    return false;
  }
  for (char c : entry.substr(prefix.size())) {
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum) {
      return false;
    }
  }
  return true;
}

// Opens `path`, which is not a regular file, for writing in place.
int open_in_place(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_TRUNC);
  if (fd < 0) {
    throw Error(path, {}, message("E055", error_text(errno)));
  }
  return fd;
}

} // namespace

std::string output_target(const std::string& path) {
  struct stat st {};
  char resolved[PATH_MAX];
  if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode) &&
      ::realpath(path.c_str(), resolved) != nullptr) {
    return resolved;
  }
  return path;
}

OutputFile::OutputFile(std::string path, unsigned mode) : m_path(std::move(path)) {
  std::string target = output_target(m_path);
  struct stat st {};
  bool exists = ::stat(target.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    throw Error(m_path, {}, message("E056"));
  }
  int fd = -1;
  if (exists && !S_ISREG(st.st_mode)) {
    fd = open_in_place(target);
  } else {
    std::string dir = folder_of(target);
    m_temp = dir + "/" + temp_prefix(target) + "XXXXXX";
    fd = ::mkstemp(m_temp.data());
    if (fd < 0) {
      throw UsageError(m_path, {}, message("E057", dir, error_text(errno)));
    }
    ::fchmod(fd, static_cast<mode_t>(mode));
    m_path = target;
  }
  m_file = ::fdopen(fd, "w");
  if (m_file == nullptr) {
    int saved = errno;
    ::close(fd);
    if (!m_temp.empty()) {
      ::unlink(m_temp.c_str());
    }
    throw Error(m_path, {}, message("E055", error_text(saved)));
  }
  std::setvbuf(m_file, nullptr, _IOFBF, 1 << 16);
}

OutputFile::~OutputFile() {
  if (m_file != nullptr) {
    std::fclose(m_file);
    if (!m_temp.empty()) {
      ::unlink(m_temp.c_str());
    }
  }
}

// `what` is the code of the message: E055 (write), E058 (sync), E059 (close).
void OutputFile::fail(const char* what, int error) {
  if (m_file != nullptr) {
    std::fclose(m_file);
    m_file = nullptr;
  }
  if (!m_temp.empty()) {
    ::unlink(m_temp.c_str());
  }
  throw Error(m_path, {}, message(what, error_text(error)));
}

void OutputFile::write(std::string_view data) {
  if (std::fwrite(data.data(), 1, data.size(), m_file) != data.size()) {
    fail("E055", errno);
  }
}

void OutputFile::commit() {
  if (std::fflush(m_file) != 0) {
    fail("E055", errno);
  }
  // A device or a pipe has nothing to sync (fsync fails with EINVAL).
  if (!m_temp.empty() && ::fsync(::fileno(m_file)) != 0) {
    fail("E058", errno);
  }
  std::FILE* file = m_file;
  m_file = nullptr;
  if (std::fclose(file) != 0) {
    fail("E059", errno);
  }
  if (!m_temp.empty() && ::rename(m_temp.c_str(), m_path.c_str()) != 0) {
    fail("E055", errno);
  }
}

int remove_stale_temporaries(const std::string& path) {
  std::string target = output_target(path);
  std::string dir = folder_of(target);
  std::string prefix = temp_prefix(target);
  int removed = 0;
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) {
    return 0;
  }
  while (dirent* entry = ::readdir(d)) {
    std::string file = dir + "/" + entry->d_name;
    struct stat st {};
    if (is_temp_of(entry->d_name, prefix) && ::lstat(file.c_str(), &st) == 0 &&
        S_ISREG(st.st_mode) && ::unlink(file.c_str()) == 0) {
      ++removed;
    }
  }
  ::closedir(d);
  return removed;
}

} // namespace medtime
