// Reading input files with a size cap, and writing outputs atomically.
#pragma once

#include <string>
#include <string_view>

namespace medtime {

// Largest input file read (questionnaire, answers, plan, CSV line source).
constexpr size_t k_max_file_size = 16 * 1024 * 1024;

// Contents of `path`. Throws `UsageError` when the file cannot be opened
// (missing, a directory, no permission) and `Error` when it is larger than
// `max_size` bytes.
std::string read_file(const std::string& path, size_t max_size = k_max_file_size);
// The same into `content`, whose buffer is reused (batch reads many files).
void read_file(const std::string& path, std::string& content, size_t max_size = k_max_file_size);

// Writes `content` to `path` through an `OutputFile` (util/output_file.h):
// atomically for a regular file (a temporary file in the same folder,
// flushed and synced, then renamed over `path`, so readers see the old or
// the new file, never a part), in place for a device or a FIFO. `mode` is
// the permission of the new file. Throws `UsageError` when the folder is
// missing or not writable, `Error` when `path` is a directory or the write
// fails (disk full...).
void write_file_atomically(const std::string& path, std::string_view content,
                           unsigned mode = 0644);

// The system's words for `error` (an errno value) in the message language:
// strerror's in English, French for the usual ones (the process keeps the C
// locale, whose strerror is English).
std::string error_text(int error);

// True when `a` and `b` name the same existing file.
bool same_file(const std::string& a, const std::string& b);

// Remembers the regular file `path` as an input of this process, like every
// file `read_file` reads (for files read otherwise: a CSV stream, stdin as
// "/dev/stdin"). Safe from several threads.
void remember_input(const std::string& path);
// True when `path` names, by device and inode (whatever the name, link or
// hard link), a file this process has read: an output must not replace it.
bool is_input(const std::string& path);
// From now on, remembers only reads of `path` (the output, when it exists):
// for a command that reads many files (batch), so that the inputs' record
// stays one entry whatever their number. Call it before reading starts.
void watch_output(const std::string& path);

} // namespace medtime
