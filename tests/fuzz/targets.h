// The fuzz targets of medtime (tests/fuzz/README.md): each one feeds bytes
// to a loader through the entry points the commands use, and aborts on what
// must never happen (an exception other than `Error`, a diagnostic without
// `file:line:col:`, a raw yaml-cpp message, `inf` or `nan` in an output).
// libFuzzer drives them in the fuzz build (fuzz_main.cpp); the normal build
// replays the saved findings of tests/data/fuzz/ through them (replay.cpp).
#pragma once

#include <string_view>
#include <vector>

namespace medtime::fuzz {

struct Target {
  const char* name;
  void (*run)(std::string_view data);
};

// Every target, by name: answers, stream, questionnaire, when, plan,
// parameters, objectives, column_map, csv.
const std::vector<Target>& targets();

// The target called `name`, or null.
const Target* find_target(std::string_view name);

} // namespace medtime::fuzz
