#include "util/temp_file.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <unistd.h>

#include "util/diagnostics.h"
#include "util/files.h"

namespace medtime {

std::string temp_dir() {
  const char* dir = std::getenv("TMPDIR");
  return dir != nullptr && *dir != '\0' ? dir : "/tmp";
}

TempFile::TempFile(std::string_view context) : m_path(temp_dir() + "/medtime-XXXXXX") {
  int fd = ::mkstemp(m_path.data());
  if (fd < 0) {
    throw Error("", {}, message("E060", context, temp_dir(), error_text(errno)));
  }
  ::close(fd);
}

TempFile::~TempFile() {
  ::unlink(m_path.c_str());
}

std::string TempFile::read() const {
  std::ifstream in(m_path, std::ios::binary);
  if (!in) {
    throw Error(m_path, {}, message("E061"));
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace medtime
