// An empty temporary file for libraries that write only to a path
// (libxlsxwriter 1.1.4): made by mkstemp in $TMPDIR (else /tmp), read back,
// removed with the object.
#pragma once

#include <string>
#include <string_view>

namespace medtime {

// The folder of temporary files: $TMPDIR, else /tmp.
std::string temp_dir();

class TempFile {
public:
  // Throws `Error` "`context`: temporary file in DIR: why" when the file
  // cannot be made.
  explicit TempFile(std::string_view context);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::string& path() const { return m_path; }

  // The file's bytes; throws `Error` when it cannot be read.
  std::string read() const;

private:
  std::string m_path;
};

} // namespace medtime
