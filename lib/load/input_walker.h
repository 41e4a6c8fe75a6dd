// The input paths of `medtime batch` and `medtime check`, walked lazily:
// files as given, folders recursively (their `*.yaml` / `*.yml` files,
// hidden entries skipped, sorted by name at each level so the order is the
// same on every machine),
// and `-` passed through. Only the entry names of the folders being walked
// are held in memory, never the whole list of paths.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostics.h"

namespace medtime {

class InputWalker {
public:
  struct Item {
    std::string path;
    // A folder that could not be read: the item is an error, not a file.
    std::optional<Diagnostic> error;
  };

  explicit InputWalker(std::vector<std::string> inputs);
  ~InputWalker();
  InputWalker(const InputWalker&) = delete;
  InputWalker& operator=(const InputWalker&) = delete;

  // The next file (or `-`), or false at the end.
  bool next(Item& item);

private:
  struct Level;
  std::vector<std::string> m_inputs;
  size_t m_next_input = 0;
  std::vector<std::unique_ptr<Level>> m_stack;
};

// True for a name ending in `.yaml` or `.yml`.
bool is_yaml_name(std::string_view name);

} // namespace medtime
