#include "util/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <atomic>
#include <mutex>
#include <optional>
#include <set>
#include <utility>

#include "util/diagnostics.h"
#include "util/output_file.h"

namespace medtime {

namespace {

// The identities (device, inode) of the files this process has read: batch
// reads from several threads, hence the lock. Once an output is watched
// (before any reading starts), only reads of that output are kept, so that
// memory stays flat however many files a batch reads.
class InputRegistry {
public:
  void watch(std::optional<std::pair<dev_t, ino_t>> output) {
    std::lock_guard lock(m_mutex);
    m_watched = output;
    m_watching.store(true, std::memory_order_release);
  }
  void add(const struct stat& st) {
    std::pair<dev_t, ino_t> id{ st.st_dev, st.st_ino };
    if (m_watching.load(std::memory_order_acquire) && m_watched != id) {
      return; // not the output: nothing to protect, no lock taken
    }
    std::lock_guard lock(m_mutex);
    m_files.insert(id);
  }
  bool contains(const struct stat& st) {
    std::lock_guard lock(m_mutex);
    return m_files.count({st.st_dev, st.st_ino}) > 0;
  }

private:
  std::mutex m_mutex;
  std::atomic<bool> m_watching{ false };
  std::optional<std::pair<dev_t, ino_t>> m_watched; // set before any concurrent read
  std::set<std::pair<dev_t, ino_t>> m_files;
};

InputRegistry& inputs() {
  static InputRegistry registry;
  return registry;
}

} // namespace

std::string error_text(int error) {
  if (message_lang() == Lang::fr) {
    switch (error) {
    case ENOENT:
      return "fichier ou dossier introuvable";
    case EACCES:
      return "permission refusée";
    case EPERM:
      return "opération non permise";
    case EISDIR:
      return "c'est un dossier";
    case ENOTDIR:
      return "un élément du chemin n'est pas un dossier";
    case ENOSPC:
      return "plus de place sur le disque";
    case EDQUOT:
      return "quota de disque dépassé";
    case EROFS:
      return "système de fichiers en lecture seule";
    case EEXIST:
      return "le fichier existe déjà";
    case ENAMETOOLONG:
      return "nom de fichier trop long";
    case ELOOP:
      return "trop de niveaux de liens symboliques";
    case EMFILE:
    case ENFILE:
      return "trop de fichiers ouverts";
    case EFBIG:
      return "fichier trop grand";
    case EIO:
      return "erreur d'entrée-sortie";
    case ENXIO:
    case ENODEV:
      return "périphérique introuvable";
    case EBUSY:
      return "périphérique ou ressource occupé";
    case EPIPE:
      return "tube fermé";
    default:
      break;
    }
  }
  return std::strerror(error);
}

void read_file(const std::string& path, std::string& content, size_t max_size) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw UsageError(path, {}, message("E050", error_text(errno)));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw UsageError(path, {}, message("E051"));
  }
  if (S_ISREG(st.st_mode)) {
    inputs().add(st);
  }
  if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > max_size) {
    ::close(fd);
    throw Error(path, {},
                message("E052", st.st_size, max_size));
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
      throw UsageError(path, {}, message("E053", error_text(saved)));
    }
    size += static_cast<size_t>(n);
    if (size > max_size) {
      ::close(fd);
      content.clear();
      throw Error(path, {}, message("E054", max_size));
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
  OutputFile file(path, mode);
  file.write(content);
  file.commit();
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {}, sb {};
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) {
    return false;
  }
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void remember_input(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    inputs().add(st);
  }
}

void watch_output(const std::string& path) {
  struct stat st {};
  bool exists = !path.empty() && path != "-" && ::stat(path.c_str(), &st) == 0;
  inputs().watch(exists ? std::optional<std::pair<dev_t, ino_t>>({ st.st_dev, st.st_ino })
                        : std::nullopt);
}

bool is_input(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && inputs().contains(st);
}

} // namespace medtime
