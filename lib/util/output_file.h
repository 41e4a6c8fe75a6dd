// An output file (`-o`), written so that nothing is half written or lost:
// a regular file (or a new one) is written to a temporary file next to it,
// which replaces it only at `commit`, so a reader never sees half an output
// and an interruption leaves the old file in place. A device node or a FIFO
// (`/dev/null`, `/dev/stdout`, a pipe) is written directly: renaming over it
// would replace the device with a plain file. A symbolic link is followed,
// so the file it names is replaced and the link kept.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace medtime {

class OutputFile {
public:
  // Opens the output `path` with permission `mode` (for a new or replaced
  // file). Throws `Error` when `path` is a directory or a device that cannot
  // be opened, `UsageError` when its folder is missing or not writable.
  explicit OutputFile(std::string path, unsigned mode = 0644);
  // Removes the temporary file unless committed.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Appends `data` (buffered). Throws `Error` on a write error.
  void write(std::string_view data);
  // Flushes and syncs the data, then renames the temporary file over the
  // target. Throws `Error` when any of it fails (disk full...).
  void commit();

private:
  [[noreturn]] void fail(const char* what, int error);

  std::string m_path;
  std::string m_temp; // empty when writing directly to a device or FIFO
  std::FILE* m_file = nullptr;
};

// The file `path` designates: the end of its symbolic links, else `path`.
std::string output_target(const std::string& path);

// Removes the temporary files that an `OutputFile` for `path` left behind
// when its process was killed (`kill -9`) between opening and commit. Call
// it only when no other process writes `path`. Returns how many it removed.
int remove_stale_temporaries(const std::string& path);

} // namespace medtime
