#include "scoring/priority.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "util/files.h"
#include "util/messages.h"
#include "yaml/yaml_cpp.h"

namespace medtime {

LeverPriority lever_priority(const LeverScore& lever, const Profile& profile) {
  LeverPriority p;
  if (!lever.maturity.score) {
    return p;
  }
  double m = *lever.maturity.score;
  double r = lever.readiness.score.value_or(profile.default_readiness);
  p.readiness_assumed = !lever.readiness.score.has_value();
  double h = std::min(lever.potential_hours / profile.reference_hours, 1.0);
  p.maturity_term = 100 * profile.maturity_weight * (1 - m / 100);
  p.readiness_term = 100 * profile.readiness_weight * r / 100;
  p.hours_term = 100 * profile.hours_weight * h;
  p.priority = p.maturity_term + p.readiness_term + p.hours_term;
  return p;
}

std::vector<LeverPriority> prioritize(const ScoreSet& scores, const Profile& profile) {
  std::vector<LeverPriority> result;
  for (size_t i = 0; i < scores.levers.size(); ++i) {
    if (!scores.levers[i].is_lever()) {
      continue; // the time budget
    }
    LeverPriority p = lever_priority(scores.levers[i], profile);
    p.lever = i;
    result.push_back(p);
  }
  // Priorities equal on paper can differ in the last bits (0.5 × 0.6 is not
  // 0.3 in binary), so they are compared on a grid of 1e-6 points: a tie
  // written by hand stays a tie and keeps the set order.
  auto key = [](const LeverPriority& p) { return std::llround(*p.priority * 1e6); };
  auto before = [&](const LeverPriority& a, const LeverPriority& b) {
    if (a.priority.has_value() != b.priority.has_value()) {
      return a.priority.has_value();
    }
    return a.priority && key(a) > key(b);
  };
  std::stable_sort(result.begin(), result.end(), before);
  int rank = 0;
  for (auto& p : result) {
    if (p.priority) {
      p.rank = ++rank;
    }
  }
  return result;
}

Profile parse_profile(std::string_view text, const std::string& file, Diagnostics& diags) {
  Profile profile;
  profile.source = file;
  YAML::Node root = yaml::load_guarded(text, file);
  if (!root.IsDefined() || root.IsNull()) {
    // An empty profile would silently score with the defaults: say so.
    diags.error({1, 1}, message("E290"));
    return profile;
  }
  yaml::MapReader top(root, diags, tr_message("le profil de priorité", "the scoring profile"));
  YAML::Node weights = top.get("weights");
  if (weights.IsDefined() && !weights.IsNull()) {
    yaml::MapReader w(weights, diags, quote("weights"));
    profile.maturity_weight = w.number("maturity", false, 0.0, 1.0).value_or(profile.maturity_weight);
    profile.readiness_weight = w.number("readiness", false, 0.0, 1.0).value_or(profile.readiness_weight);
    profile.hours_weight = w.number("hours", false, 0.0, 1.0).value_or(profile.hours_weight);
    w.finish();
    double sum = profile.maturity_weight + profile.readiness_weight + profile.hours_weight;
    if (std::abs(sum - 1) > 1e-6) {
      // Priorities are points on 100: the three weights must share them.
      diags.error(yaml::pos_of(weights), message("E291", sum));
    }
  }
  auto reference = top.number("reference_hours", false, 0.0, 168.0);
  if (reference && *reference <= 0) {
    diags.error(yaml::pos_of(top.get("reference_hours")), message("E292"));
  } else if (reference) {
    profile.reference_hours = *reference;
  }
  profile.default_readiness =
      top.number("default_readiness", false, 0.0, 100.0).value_or(profile.default_readiness);
  top.finish();
  return profile;
}

Profile load_profile(const std::string& path) {
  Diagnostics diags(path);
  Profile profile = parse_profile(read_file(path), path, diags);
  diags.throw_if_errors();
  return profile;
}

} // namespace medtime
