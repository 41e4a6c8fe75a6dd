// Replays saved fuzz inputs through the same targets without libFuzzer:
//   medtime_fuzz_replay DIR   runs every file of DIR/<target>/ through <target>
// Exits 0 when every input went through; a finding aborts, as under the fuzzer.
#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "targets.h"
#include "util/files.h"

namespace {

std::vector<std::string> files_in(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = ::opendir(dir.c_str())) {
    while (dirent* e = ::readdir(d)) {
      if (e->d_name[0] != '.') {
        names.emplace_back(e->d_name);
      }
    }
    ::closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: medtime_fuzz_replay DIR\n");
    return 2;
  }
  size_t count = 0;
  for (const auto& target : medtime::fuzz::targets()) {
    std::string dir = std::string(argv[1]) + "/" + target.name;
    for (const auto& name : files_in(dir)) {
      std::string data;
      medtime::read_file(dir + "/" + name, data);
      std::fprintf(stderr, "%s/%s\n", target.name, name.c_str());
      target.run(data);
      ++count;
    }
  }
  std::printf("%zu inputs replayed\n", count);
  return 0;
}
