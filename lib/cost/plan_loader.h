// Reading a delegation plan (doc/formats.md#delegation-plan) from YAML: yaml-cpp behind the
// libyaml guard, every key checked with its position. Checks that need no
// parameter set happen here (ranges, ids, roles, aids, who takes each task);
// defaults are filled later by cost/inputs.h.
#pragma once

#include "cost/plan.h"
#include "util/diagnostics.h"

#include <optional>
#include <string>
#include <string_view>

namespace medtime {

// Reads a plan from `text` (named `file`). Every problem goes to `diags`
// with its position; returns nothing when there was an error. Throws `Error`
// only for malformed YAML.
std::optional<Plan> parse_plan(std::string_view text, const std::string& file, Diagnostics& diags);

// Reads the plan at `path`; throws `Error` (`UsageError` for a missing file)
// with the first problem. Warnings go to `diags`.
Plan load_plan(const std::string& path, Diagnostics& diags);

} // namespace medtime
