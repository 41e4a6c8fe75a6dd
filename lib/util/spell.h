// "Did you mean" suggestions for mistyped ids (after ninja's spellcheck).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace medtime {

// Edit distance between `a` and `b` (insertions, deletions, substitutions,
// swaps of two neighbouring characters),
// giving up with a value above `max_distance` once it cannot be reached.
int edit_distance(std::string_view a, std::string_view b, int max_distance = 100);

// The candidate closest to `word` if it is close enough to be a likely typo
// (distance at most 1/3 of the word, at least 1), else empty.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// `; did you mean "x"?` when a close candidate exists, else an empty string.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace medtime
