// A streamed output file written atomically: rows go to a temporary file
// next to the target, which replaces the target only when the batch ends
// (`commit`), so a reader never sees half an output and an interrupted run
// leaves the old file in place.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace medtime {

class OutputFile {
public:
  // Opens a temporary file in the folder of `path`. Throws `UsageError` when
  // the folder is not writable.
  explicit OutputFile(std::string path);
  // Removes the temporary file unless committed.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Appends `data` (buffered). Throws `UsageError` on a write error.
  void write(std::string_view data);
  // Flushes, syncs and renames the temporary file over the target.
  void commit();

private:
  std::string m_path;
  std::string m_temp;
  std::FILE* m_file = nullptr;
};

} // namespace medtime
