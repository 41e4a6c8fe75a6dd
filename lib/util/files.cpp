#include "util/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

#include "util/diagnostics.h"

namespace medtime {

void read_file(const std::string& path, std::string& content, size_t max_size) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw UsageError(path, {}, fmt::format("cannot open file: {}", std::strerror(errno)));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw UsageError(path, {}, "cannot read file: it is a directory");
  }
  if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > max_size) {
    ::close(fd);
    throw Error(path, {},
                fmt::format("file is {} bytes, larger than the limit of {} bytes", st.st_size,
                            max_size));
  }
  // Read straight into `content`, asking for one byte more than the size
  // announced, so that a regular file takes a single read; pipes and files
  // that grow meanwhile take more, up to `max_size` + 1 bytes.
  size_t want = S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) + 1 : 65536;
  size_t size = 0;
  for (;;) {
    if (content.size() < size + want) {
      content.resize(size + want);
    }
    ssize_t n = ::read(fd, content.data() + size, want);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      int saved = errno;
      ::close(fd);
      content.clear();
      throw UsageError(path, {}, fmt::format("cannot read file: {}", std::strerror(saved)));
    }
    size += static_cast<size_t>(n);
    if (size > max_size) {
      ::close(fd);
      content.clear();
      throw Error(path, {}, fmt::format("file is larger than the limit of {} bytes", max_size));
    }
    if (static_cast<size_t>(n) < want) {
      if (n == 0 || S_ISREG(st.st_mode)) {
        break; // a short read of a regular file is its end
      }
    }
    want = 65536;
  }
  ::close(fd);
  content.resize(size);
}

std::string read_file(const std::string& path, size_t max_size) {
  std::string content;
  read_file(path, content, max_size);
  return content;
}

void write_file_atomically(const std::string& path, std::string_view content, unsigned mode) {
  std::string dir = ".";
  if (auto slash = path.rfind('/'); slash != std::string::npos) {
    dir = slash == 0 ? "/" : path.substr(0, slash);
  }
  std::string temp = dir + "/.medtime-XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    throw UsageError(path, {}, fmt::format("cannot write in {}: {}", dir, std::strerror(errno)));
  }
  auto fail = [&](const char* what) {
    int saved = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    throw UsageError(path, {}, fmt::format("cannot {} file: {}", what, std::strerror(saved)));
  };
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      fail("write");
    }
    done += static_cast<size_t>(n);
  }
  if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) {
    fail("set the mode of");
  }
  if (::fsync(fd) != 0) {
    fail("sync");
  }
  if (::close(fd) != 0) {
    int saved = errno;
    ::unlink(temp.c_str());
    throw UsageError(path, {}, fmt::format("cannot close file: {}", std::strerror(saved)));
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    int saved = errno;
    ::unlink(temp.c_str());
    throw UsageError(path, {}, fmt::format("cannot write file: {}", std::strerror(saved)));
  }
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {}, sb {};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) {
    return false;
  }
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace medtime
