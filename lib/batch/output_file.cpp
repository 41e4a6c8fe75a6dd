#include "batch/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

#include "util/diagnostics.h"

namespace medtime {

OutputFile::OutputFile(std::string path) : m_path(std::move(path)) {
  std::string dir = ".";
  if (auto slash = m_path.rfind('/'); slash != std::string::npos) {
    dir = slash == 0 ? "/" : m_path.substr(0, slash);
  }
  m_temp = dir + "/.medtime-XXXXXX";
  int fd = ::mkstemp(m_temp.data());
  if (fd < 0) {
    throw UsageError(m_path, {}, fmt::format("cannot write in {}: {}", dir, std::strerror(errno)));
  }
  ::fchmod(fd, 0644);
  m_file = ::fdopen(fd, "w");
  if (m_file == nullptr) {
    ::close(fd);
    ::unlink(m_temp.c_str());
    throw UsageError(m_path, {}, fmt::format("cannot write file: {}", std::strerror(errno)));
  }
  std::setvbuf(m_file, nullptr, _IOFBF, 1 << 16);
}

OutputFile::~OutputFile() {
  if (m_file != nullptr) {
    std::fclose(m_file);
    ::unlink(m_temp.c_str());
  }
}

void OutputFile::write(std::string_view data) {
  if (std::fwrite(data.data(), 1, data.size(), m_file) != data.size()) {
    throw UsageError(m_path, {}, fmt::format("cannot write file: {}", std::strerror(errno)));
  }
}

void OutputFile::commit() {
  bool ok = std::fflush(m_file) == 0 && ::fsync(::fileno(m_file)) == 0;
  int saved = errno;
  ok = std::fclose(m_file) == 0 && ok;
  m_file = nullptr;
  if (!ok || ::rename(m_temp.c_str(), m_path.c_str()) != 0) {
    saved = ok ? errno : saved;
    ::unlink(m_temp.c_str());
    throw UsageError(m_path, {}, fmt::format("cannot write file: {}", std::strerror(saved)));
  }
}

} // namespace medtime
