// libFuzzer's entry point for one target, chosen at build time
// (MEDTIME_FUZZ_TARGET, see tests/fuzz/CMakeLists.txt).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const medtime::fuzz::Target* target = medtime::fuzz::find_target(MEDTIME_FUZZ_TARGET);
  target->run(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
