#include "util/temp_file.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <iterator>
#include <unistd.h>

#include "util/diagnostics.h"

namespace medtime {

std::string temp_dir() {
  const char* dir = std::getenv("TMPDIR");
  return dir != nullptr && *dir != '\0' ? dir : "/tmp";
}

TempFile::TempFile(std::string_view context) : m_path(temp_dir() + "/medtime-XXXXXX") {
  int fd = ::mkstemp(m_path.data());
  if (fd < 0) {
    throw Error("", {}, fmt::format("{}: temporary file in {}: {}", context, temp_dir(),
                                    std::strerror(errno)));
  }
  ::close(fd);
}

TempFile::~TempFile() {
  ::unlink(m_path.c_str());
}

std::string TempFile::read() const {
  std::ifstream in(m_path, std::ios::binary);
  if (!in) {
    throw Error(m_path, {}, "cannot read the temporary file back");
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace medtime
