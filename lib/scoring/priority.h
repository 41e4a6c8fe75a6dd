// Priority of each lever (doc/method.md#priority):
//
//   priority = 100 × (wm × (1 − M/100) + wr × R/100 + wh × min(H / Href, 1))
//
// with the weights and the reference hours from a scoring profile
// (defaults 0.5, 0.2, 0.3 and 5 h). R is 50 when the lever has no readiness
// score. Levers with a null maturity get no priority and rank last; ties
// keep the lever order of the questionnaire set.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scoring/score.h"
#include "util/diagnostics.h"

namespace medtime {

struct Profile {
  double maturity_weight = 0.5;
  double readiness_weight = 0.2;
  double hours_weight = 0.3;
  double reference_hours = 5;
  double default_readiness = 50;
  std::string source = "default"; // file it came from, or "default"
};

struct LeverPriority {
  size_t lever = 0;                // index into ScoreSet::levers
  std::optional<double> priority;  // null when maturity is null
  double maturity_term = 0;        // 100 × wm × (1 − M/100)
  double readiness_term = 0;       // 100 × wr × R/100
  double hours_term = 0;           // 100 × wh × min(H/Href, 1)
  bool readiness_assumed = false;  // R taken as the default (no readiness score)
  std::optional<int> rank;         // 1 = start here; null when not scored
};

// The priority of one lever's scores under `profile`.
LeverPriority lever_priority(const LeverScore& lever, const Profile& profile);

// Priorities of every lever of `scores` (the time budget is none), ordered by rank: scored levers by
// priority (highest first, ties in set order), then the others in set order.
std::vector<LeverPriority> prioritize(const ScoreSet& scores, const Profile& profile);

// Reads a scoring profile:
//   weights: {maturity: 0.5, readiness: 0.2, hours: 0.3}
//   reference_hours: 5
//   default_readiness: 50
// Every key optional, but an empty file is refused. Problems go to `diags`
// (weights must be >= 0 and add up to 1, reference_hours > 0).
Profile parse_profile(std::string_view text, const std::string& file, Diagnostics& diags);

// Loads the profile at `path`; throws `Error` with the first problem.
Profile load_profile(const std::string& path);

} // namespace medtime
